import Foundation

/// A TrueType font file, read as far as a certificate needs: which glyph
/// draws a character, how wide it is, where its outline is, and the few
/// numbers a PDF font descriptor asks for. `TrueTypeSubset` writes the
/// smaller font that is embedded.
struct TrueTypeFont: Sendable {
    enum Problem: Error, Equatable {
        case notTrueType(String)
    }

    let bytes: [UInt8]
    /// Table tag → byte range in `bytes`.
    let tables: [String: Range<Int>]
    let unitsPerEm: Int
    let glyphCount: Int
    /// Unicode scalar value → glyph id, from the (3,10) or (3,1) cmap (none in a subset).
    let glyphs: [UInt32: UInt16]
    /// `loca`: glyph g's outline is `glyf[offsets[g]..<offsets[g+1]]`.
    let outlineOffsets: [Int]
    let advances: [UInt16]
    let leftBearings: [Int16]
    let postScriptName: String
    let ascent: Int, descent: Int, capHeight: Int
    let boundingBox: [Int]

    init(_ data: Data) throws(Problem) {
        let bytes = [UInt8](data)
        self.bytes = bytes
        guard bytes.count > 12, [0x00010000, 0x74727565].contains(Self.u32(bytes, 0)) else {
            throw .notTrueType("not a TrueType font")
        }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<Int(Self.u16(bytes, 4)) {
            let entry = 12 + 16 * index
            guard entry + 16 <= bytes.count else { throw .notTrueType("table directory cut short") }
            let tag = String(decoding: bytes[entry..<entry + 4], as: UTF8.self)
            let offset = Int(Self.u32(bytes, entry + 8)), length = Int(Self.u32(bytes, entry + 12))
            guard offset + length <= bytes.count else { throw .notTrueType("table \(tag) outside the file") }
            tables[tag] = offset..<offset + length
        }
        for tag in ["head", "hhea", "maxp", "hmtx", "loca", "glyf"] where tables[tag] == nil {
            throw .notTrueType("no \(tag) table")
        }
        self.tables = tables
        let head = tables["head"]!.lowerBound, hhea = tables["hhea"]!.lowerBound
        unitsPerEm = Int(Self.u16(bytes, head + 18))
        boundingBox = [36, 38, 40, 42].map { Int(Self.i16(bytes, head + $0)) }
        let longLoca = Self.i16(bytes, head + 50) == 1
        glyphCount = Int(Self.u16(bytes, tables["maxp"]!.lowerBound + 4))
        ascent = Int(Self.i16(bytes, hhea + 4))
        descent = Int(Self.i16(bytes, hhea + 6))

        let loca = tables["loca"]!
        guard loca.count >= (glyphCount + 1) * (longLoca ? 4 : 2) else { throw .notTrueType("loca too short") }
        outlineOffsets = (0...glyphCount).map { glyph in
            longLoca ? Int(Self.u32(bytes, loca.lowerBound + 4 * glyph)) : 2 * Int(Self.u16(bytes, loca.lowerBound + 2 * glyph))
        }

        let metrics = max(1, Int(Self.u16(bytes, hhea + 34)))
        let hmtx = tables["hmtx"]!
        guard hmtx.count >= 4 * metrics + 2 * max(0, glyphCount - metrics) else { throw .notTrueType("hmtx too short") }
        var advances: [UInt16] = [], bearings: [Int16] = []
        for glyph in 0..<glyphCount {
            let long = min(glyph, metrics - 1)
            advances.append(Self.u16(bytes, hmtx.lowerBound + 4 * long))
            bearings.append(glyph < metrics ? Self.i16(bytes, hmtx.lowerBound + 4 * glyph + 2)
                                            : Self.i16(bytes, hmtx.lowerBound + 4 * metrics + 2 * (glyph - metrics)))
        }
        self.advances = advances
        leftBearings = bearings

        capHeight = tables["OS/2"].flatMap { os2 in
            os2.count >= 90 && Self.u16(bytes, os2.lowerBound) >= 2 ? Int(Self.i16(bytes, os2.lowerBound + 88)) : nil
        } ?? ascent
        glyphs = tables["cmap"].map { Self.characterMap(bytes, $0) } ?? [:]
        postScriptName = Self.postScriptName(bytes, tables["name"]) ?? "Font"
    }

    /// The glyph that draws `scalar`, if the font has one.
    func glyph(_ scalar: Unicode.Scalar) -> UInt16? {
        glyphs[scalar.value].flatMap { $0 == 0 || Int($0) >= glyphCount ? nil : $0 }
    }

    /// A glyph's advance in thousandths of an em, as PDF widths are given.
    func width(_ glyph: UInt16) -> Int {
        Int(glyph) < advances.count ? (Int(advances[Int(glyph)]) * 1000 + unitsPerEm / 2) / unitsPerEm : 0
    }

    /// A glyph's outline bytes in `glyf` (empty for a space).
    func outline(_ glyph: UInt16) -> ArraySlice<UInt8> {
        let glyf = tables["glyf"]!, g = Int(glyph)
        guard g < glyphCount, outlineOffsets[g] < outlineOffsets[g + 1],
              glyf.lowerBound + outlineOffsets[g + 1] <= glyf.upperBound else { return [] }
        return bytes[glyf.lowerBound + outlineOffsets[g]..<glyf.lowerBound + outlineOffsets[g + 1]]
    }

    /// The glyphs a composite glyph is built from (none for a simple one).
    func components(_ glyph: UInt16) -> [UInt16] {
        let outline = outline(glyph)
        guard outline.count >= 10, Self.i16(bytes, outline.startIndex) < 0 else { return [] }
        var found: [UInt16] = [], at = outline.startIndex + 10
        while at + 4 <= outline.endIndex {
            let flags = Self.u16(bytes, at)
            found.append(Self.u16(bytes, at + 2))
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { at += 2 } else if flags & 0x0040 != 0 { at += 4 } else if flags & 0x0080 != 0 { at += 8 }
            if flags & 0x0020 == 0 { break }
        }
        return found
    }

    // MARK: - Reading

    static func u16(_ b: [UInt8], _ at: Int) -> UInt16 {
        at + 2 <= b.count ? UInt16(b[at]) << 8 | UInt16(b[at + 1]) : 0
    }

    static func i16(_ b: [UInt8], _ at: Int) -> Int16 { Int16(bitPattern: u16(b, at)) }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(u16(b, at)) << 16 | UInt32(u16(b, at + 2))
    }

    /// Unicode → glyph from the Windows subtables: format 12 when there is
    /// one (all planes), else format 4 (the Basic Multilingual Plane).
    private static func characterMap(_ b: [UInt8], _ cmap: Range<Int>) -> [UInt32: UInt16] {
        var format4: Int?, format12: Int?
        for index in 0..<Int(u16(b, cmap.lowerBound + 2)) {
            let entry = cmap.lowerBound + 4 + 8 * index
            let platform = u16(b, entry), encoding = u16(b, entry + 2)
            let table = cmap.lowerBound + Int(u32(b, entry + 4))
            guard platform == 3 || platform == 0, table < cmap.upperBound else { continue }
            if u16(b, table) == 12 { format12 = table } else if u16(b, table) == 4, encoding <= 3 { format4 = format4 ?? table }
        }
        var map: [UInt32: UInt16] = [:]
        if let table = format12 {
            for group in 0..<Int(u32(b, table + 12)) {
                let at = table + 16 + 12 * group
                let first = u32(b, at), last = u32(b, at + 4), glyph = u32(b, at + 8)
                guard last >= first, last - first < 0x10000 else { continue }
                for code in first...last { map[code] = UInt16(truncatingIfNeeded: glyph + code - first) }
            }
            return map
        }
        guard let table = format4 else { return map }
        let segments = Int(u16(b, table + 6)) / 2
        let ends = table + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        for segment in 0..<segments {
            let end = u16(b, ends + 2 * segment), start = u16(b, starts + 2 * segment)
            let delta = u16(b, deltas + 2 * segment), rangeAt = rangeOffsets + 2 * segment
            let rangeOffset = Int(u16(b, rangeAt))
            guard start <= end, start != 0xFFFF else { continue }
            for code in start...end {
                var glyph: UInt16
                if rangeOffset == 0 {
                    glyph = code &+ delta
                } else {
                    glyph = u16(b, rangeAt + rangeOffset + 2 * Int(code - start))
                    if glyph != 0 { glyph = glyph &+ delta }
                }
                if glyph != 0 { map[UInt32(code)] = glyph }
            }
        }
        return map
    }

    /// Name id 6 from the `name` table, in ASCII.
    private static func postScriptName(_ b: [UInt8], _ name: Range<Int>?) -> String? {
        guard let name else { return nil }
        let count = Int(u16(b, name.lowerBound + 2)), strings = name.lowerBound + Int(u16(b, name.lowerBound + 4))
        for index in 0..<count {
            let record = name.lowerBound + 6 + 12 * index
            guard u16(b, record + 6) == 6 else { continue }
            let platform = u16(b, record), length = Int(u16(b, record + 8)), at = strings + Int(u16(b, record + 10))
            guard at + length <= b.count else { continue }
            let raw = Array(b[at..<at + length])
            let text = platform == 1 ? String(decoding: raw, as: UTF8.self)
                : String(decoding: stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }, as: UTF16.self)
            let clean = text.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            if !clean.isEmpty { return clean }
        }
        return nil
    }
}
