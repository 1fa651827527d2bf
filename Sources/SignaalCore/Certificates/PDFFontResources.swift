import Foundation

/// Writes the font objects: per typeface a WinAnsi font and an extended
/// font (see `PDFTextEncoding`), both the standard font itself, not embedded,
/// with explicit `/Widths` so every reader advances text exactly as laid out.
enum PDFFontResources {
    /// Adds the fonts of `faces` to `writer`; returns the page's `/Font` dictionary.
    static func add(_ faces: [PDFFontFace], to writer: inout PDFWriter) -> String {
        let encoding = writer.add(differencesEncoding)
        let toUnicode = writer.reserve()
        writer.set(toUnicode, stream: Data(toUnicodeCMap.utf8))
        var entries: [String] = []
        for face in faces {
            let winAnsiWidths = (32...255).map { face.advance(UInt8($0), .winAnsi) }
            let winAnsi = writer.add("""
                << /Type /Font /Subtype /Type1 /BaseFont /\(face.baseFont) /Encoding /WinAnsiEncoding
                /FirstChar 32 /LastChar 255 /Widths \(array(winAnsiWidths)) >>
                """)
            let first = PDFTextEncoding.extendedFirstCode, last = PDFTextEncoding.extendedLastCode
            let extendedWidths = (first...last).map { face.advance($0, .extended) }
            let extended = writer.add("""
                << /Type /Font /Subtype /Type1 /BaseFont /\(face.baseFont) /Encoding \(encoding) 0 R
                /FirstChar \(first) /LastChar \(last) /Widths \(array(extendedWidths)) /ToUnicode \(toUnicode) 0 R >>
                """)
            entries.append("/\(face.resourceName(.winAnsi)) \(winAnsi) 0 R /\(face.resourceName(.extended)) \(extended) 0 R")
        }
        return "<< " + entries.joined(separator: " ") + " >>"
    }

    /// WinAnsiEncoding with codes 128 and up given to the extended letters.
    static var differencesEncoding: String {
        let names = PDFTextEncoding.extended.map { "/" + $0.name }
        return "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [\(PDFTextEncoding.extendedFirstCode)\n"
            + lines(names, perLine: 8) + "] >>"
    }

    /// A CMap from the extended codes to Unicode, so that text copied from
    /// the certificate, and `pdftotext`, give ș and ț (comma below) back
    /// exactly, not the cedilla forms the glyph names stand for.
    static var toUnicodeCMap: String {
        var map = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Signaal-LatinExtended-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <00> <FF>
            endcodespacerange

            """
        let glyphs = PDFTextEncoding.extended
        // At most 100 entries per block.
        for start in stride(from: 0, to: glyphs.count, by: 100) {
            let block = glyphs[start..<min(start + 100, glyphs.count)]
            map += "\(block.count) beginbfchar\n"
            for (offset, glyph) in block.enumerated() {
                let code = Int(PDFTextEncoding.extendedFirstCode) + start + offset
                map += "<\(hex(code, digits: 2))> <\(hex(Int(glyph.scalar.value), digits: 4))>\n"
            }
            map += "endbfchar\n"
        }
        map += """
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
        return map
    }

    private static func array(_ numbers: [Int]) -> String {
        "[" + lines(numbers.map(String.init), perLine: 16) + "]"
    }

    private static func lines(_ items: [String], perLine: Int) -> String {
        stride(from: 0, to: items.count, by: perLine)
            .map { items[$0..<min($0 + perLine, items.count)].joined(separator: " ") }
            .joined(separator: "\n")
    }

    private static func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
