/// The font embedded in a certificate: the same glyph ids, but only the
/// outlines of the glyphs the page uses (and the glyphs those are built
/// from), so a PDF carries a few kilobytes of font instead of 700.
///
/// Written without compression (the design card has no zlib). Kept: the
/// tables PDF readers need for a TrueType font in a PDF (head, hhea, maxp,
/// hmtx, loca, glyf and the hinting tables cvt, fpgm, prep); the glyph count
/// ends at the highest glyph used, and `loca` is rewritten (in the short
/// format whenever the outlines fit, as they do for a certificate's few).
enum TrueTypeSubset {
    static func make(_ font: TrueTypeFont, glyphs used: Set<UInt16>) -> [UInt8] {
        // Every glyph drawn, with the glyphs composites refer to; always .notdef.
        var keep: Set<UInt16> = [0]
        var queue = Array(used)
        while let glyph = queue.popLast() {
            guard Int(glyph) < font.glyphCount, keep.insert(glyph).inserted || glyph == 0 else { continue }
            queue.append(contentsOf: font.components(glyph))
        }
        let count = Int(keep.max() ?? 0) + 1

        var glyf: [UInt8] = [], offsets: [Int] = [], hmtx: [UInt8] = []
        for glyph in 0..<count {
            offsets.append(glyf.count)
            let kept = keep.contains(UInt16(glyph))
            if kept {
                glyf += font.outline(UInt16(glyph))
                while glyf.count % 4 != 0 { glyf.append(0) }
            }
            append16(&hmtx, kept ? font.advances[glyph] : 0)
            append16(&hmtx, kept ? UInt16(bitPattern: font.leftBearings[glyph]) : 0)
        }
        offsets.append(glyf.count)
        // Short offsets count 2-byte words; every outline was padded to 4 bytes.
        let short = glyf.count <= 2 * 0xFFFF
        var loca: [UInt8] = []
        for offset in offsets {
            if short { append16(&loca, UInt16(offset / 2)) } else { append32(&loca, UInt32(offset)) }
        }

        var head = table(font, "head"), hhea = table(font, "hhea"), maxp = table(font, "maxp")
        put32(&head, 8, 0)            // checkSumAdjustment, set below
        put16(&head, 50, short ? 0 : 1)  // indexToLocFormat
        put16(&hhea, 34, UInt16(count))
        put16(&maxp, 4, UInt16(count))
        var tables: [(String, [UInt8])] = [("glyf", glyf), ("head", head), ("hhea", hhea), ("hmtx", hmtx), ("loca", loca), ("maxp", maxp)]
        for tag in ["cvt ", "fpgm", "prep"] where font.tables[tag] != nil {
            tables.append((tag, table(font, tag)))
        }
        tables.sort { $0.0 < $1.0 }

        var file = directory(count: tables.count)
        var offset = file.count + 16 * tables.count
        var records: [UInt8] = [], bodies: [UInt8] = [], headAt = 0
        for (tag, body) in tables {
            records += Array(tag.utf8)
            append32(&records, checksum(body))
            append32(&records, UInt32(offset))
            append32(&records, UInt32(body.count))
            if tag == "head" { headAt = offset }
            var padded = body
            while padded.count % 4 != 0 { padded.append(0) }
            bodies += padded
            offset += padded.count
        }
        file += records + bodies
        put32(&file, headAt + 8, 0xB1B0_AFBA &- checksum(file))
        return file
    }

    /// The offset table: version, table count and the binary-search fields.
    private static func directory(count: Int) -> [UInt8] {
        var power = 1, log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        var out: [UInt8] = []
        append32(&out, 0x0001_0000)
        for value in [count, power * 16, log, count * 16 - power * 16] { append16(&out, UInt16(value)) }
        return out
    }

    private static func table(_ font: TrueTypeFont, _ tag: String) -> [UInt8] {
        font.tables[tag].map { Array(font.bytes[$0]) } ?? []
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0, index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(index + k < bytes.count ? bytes[index + k] : 0) }
            sum = sum &+ word
            index += 4
        }
        return sum
    }

    private static func append16(_ out: inout [UInt8], _ value: UInt16) {
        out += [UInt8(value >> 8), UInt8(value & 0xFF)]
    }

    private static func append32(_ out: inout [UInt8], _ value: UInt32) {
        append16(&out, UInt16(value >> 16))
        append16(&out, UInt16(value & 0xFFFF))
    }

    private static func put16(_ out: inout [UInt8], _ at: Int, _ value: UInt16) {
        guard at + 2 <= out.count else { return }
        out[at] = UInt8(value >> 8)
        out[at + 1] = UInt8(value & 0xFF)
    }

    private static func put32(_ out: inout [UInt8], _ at: Int, _ value: UInt32) {
        put16(&out, at, UInt16(value >> 16))
        put16(&out, at + 2, UInt16(value & 0xFFFF))
    }
}
