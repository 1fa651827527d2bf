import Foundation

/// Assembles a PDF 1.4 file from numbered objects: header, objects, a
/// cross-reference table with each object's byte offset, and the trailer.
struct PDFWriter {
    private var bodies: [Data?] = []

    /// A new object number, to be filled with `set`. Numbers start at 1.
    mutating func reserve() -> Int {
        bodies.append(nil)
        return bodies.count
    }

    /// Sets an object's body: a dictionary, array or other direct object.
    mutating func set(_ number: Int, _ body: String) {
        bodies[number - 1] = Data(body.utf8)
    }

    /// Sets an object to a stream with these bytes (uncompressed).
    mutating func set(_ number: Int, stream: Data, dictionary: String = "") {
        var data = Data("<< /Length \(stream.count)\(dictionary.isEmpty ? "" : " " + dictionary) >>\nstream\n".utf8)
        data.append(stream)
        data.append(Data("\nendstream".utf8))
        bodies[number - 1] = data
    }

    /// Adds an object and returns its number.
    mutating func add(_ body: String) -> Int {
        let number = reserve()
        set(number, body)
        return number
    }

    /// The file. Every reserved object must have been set.
    func finish(root: Int, info: Int) -> Data {
        // The binary comment tells transfer tools the file is not text.
        var out = Data("%PDF-1.4\n%".utf8)
        out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        var offsets: [Int] = []
        for (index, body) in bodies.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n".utf8))
            out.append(body ?? Data("null".utf8))
            out.append(Data("\nendobj\n".utf8))
        }
        let xref = out.count
        // Each entry is exactly 20 bytes: 10 digits, 5 digits, type, space, LF.
        var table = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(bodies.count + 1) /Root \(root) 0 R /Info \(info) 0 R >>\n"
        table += "startxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }
}
