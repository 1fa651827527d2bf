import Foundation

/// One face as a PDF composite font (Type0, Identity-H, CIDFontType2) with
/// its TrueType subset embedded.
///
/// Each distinct piece of text a glyph stands for gets its own two-byte
/// code, 1 upwards; `/CIDToGIDMap` sends the code to the glyph and
/// `/ToUnicode` to the text, so `pdftotext` and copying give exactly what
/// was typed back — also ș and ş, and a character the font lacks, which
/// prints as the font's empty box (glyph 0) rather than a question mark.
struct PDFEmbeddedFont {
    let font: TrueTypeFont
    /// Code − 1 → (text, glyph).
    private(set) var units: [(text: String, glyph: UInt16)] = []
    private var codes: [String: UInt16] = [:]

    init(_ font: TrueTypeFont) {
        self.font = font
    }

    /// The codes that print `text` in this font, two bytes each.
    mutating func encode(_ text: String) -> [UInt16] {
        var out: [UInt16] = []
        for character in text {
            for unit in font.draw(character) ?? [(String(character), 0)] {
                if let code = codes[unit.text] {
                    out.append(code)
                } else {
                    units.append(unit)
                    let code = UInt16(units.count)
                    codes[unit.text] = code
                    out.append(code)
                }
            }
        }
        return out
    }

    /// Writes the font's objects; returns the number of the Type0 font.
    func write(to writer: inout PDFWriter) -> Int {
        let subset = TrueTypeSubset.make(font, glyphs: Set(units.map(\.glyph)))
        let name = subsetTag() + "+" + font.postScriptName
        let file = writer.reserve()
        writer.set(file, stream: Data(subset), dictionary: "/Length1 \(subset.count)")
        let scale = { (value: Int) in value * 1000 / max(1, font.unitsPerEm) }
        let descriptor = writer.add("""
            << /Type /FontDescriptor /FontName /\(name) /Flags 32 /FontBBox [\(font.boundingBox.map { String(scale($0)) }.joined(separator: " "))]
            /ItalicAngle 0 /Ascent \(scale(font.ascent)) /Descent \(scale(font.descent)) /CapHeight \(scale(font.capHeight))
            /StemV 80 /FontFile2 \(file) 0 R >>
            """)
        var map: [UInt8] = [0, 0]
        for unit in units { map += [UInt8(unit.glyph >> 8), UInt8(unit.glyph & 0xFF)] }
        let cidToGID = writer.reserve()
        writer.set(cidToGID, stream: Data(map))
        let widths = units.map { String(font.width($0.glyph)) }
        let cidFont = writer.add("""
            << /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name)
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>
            /FontDescriptor \(descriptor) 0 R /DW \(font.width(0)) /W [1 [\(lines(widths))]] /CIDToGIDMap \(cidToGID) 0 R >>
            """)
        let toUnicode = writer.reserve()
        writer.set(toUnicode, stream: Data(toUnicodeCMap.utf8))
        return writer.add("""
            << /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H
            /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>
            """)
    }

    /// Codes → the text each glyph stands for, in UTF-16BE.
    var toUnicodeCMap: String {
        var map = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        for start in stride(from: 0, to: units.count, by: 100) {
            let block = units[start..<min(start + 100, units.count)]
            map += "\(block.count) beginbfchar\n"
            for (offset, unit) in block.enumerated() {
                map += "<\(Self.hex(start + offset + 1))> <\(unit.text.utf16.map { Self.hex(Int($0)) }.joined())>\n"
            }
            map += "endbfchar\n"
        }
        return map + """
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
    }

    /// Six capital letters naming this subset, the same for the same glyphs
    /// (so the same certificate gives the same bytes).
    func subsetTag() -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in Array(font.postScriptName.utf8) + units.flatMap({ Array($0.text.utf8) }) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        var tag = ""
        for _ in 0..<6 {
            tag.unicodeScalars.append(Unicode.Scalar(UInt8(65 + hash % 26)))
            hash /= 26
        }
        return tag
    }

    /// A hex string `<…>` of two-byte codes, for `Tj`.
    static func hexString(_ codes: [UInt16]) -> String {
        "<" + codes.map { hex(Int($0)) }.joined() + ">"
    }

    static func hex(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func lines(_ items: [String]) -> String {
        stride(from: 0, to: items.count, by: 16)
            .map { items[$0..<min($0 + 16, items.count)].joined(separator: " ") }
            .joined(separator: "\n")
    }
}
