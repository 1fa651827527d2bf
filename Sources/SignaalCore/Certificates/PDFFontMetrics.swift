/// Advance widths of the standard PDF fonts, in 1/1000 em.
///
/// The values are those of Adobe's public AFM files for the standard 14 fonts
/// (Helvetica, Helvetica-Bold; Courier is 600 throughout), laid out in
/// WinAnsiEncoding order from code 32 to 255. Codes WinAnsi leaves undefined
/// have width 0 and are never written. The letters of the extended encoding
/// (`PDFTextEncoding.extended`) take the width of their base letter, which is
/// what the AFM files give, except for the four listed in `extendedWidth`.
enum PDFFontMetrics {
    /// Width of `code` in the face's WinAnsi font.
    static func winAnsiWidth(_ code: UInt8, face: PDFFontFace) -> Int {
        guard code >= 32 else { return 0 }
        switch face {
        case .regular: return helvetica[Int(code) - 32]
        case .bold: return helveticaBold[Int(code) - 32]
        case .mono: return code == 0x7F ? 0 : 600
        }
    }

    /// Width of an extended letter: the AFM value where it differs from the
    /// base letter (dotless i, and the carons drawn as an apostrophe), else
    /// the base letter's.
    static func extendedWidth(_ glyph: PDFTextEncoding.ExtendedGlyph, face: PDFFontFace) -> Int {
        switch face {
        case .mono:
            return 600
        case .regular:
            switch glyph.name {
            case "dotlessi": return 278
            case "dcaron": return 643
            case "lcaron": return 299
            case "tcaron": return 317
            default: break
            }
        case .bold:
            switch glyph.name {
            case "dotlessi": return 278
            case "dcaron": return 743
            case "lcaron": return 400
            case "tcaron": return 389
            default: break
            }
        }
        return winAnsiWidth(glyph.base, face: face)
    }

    /// Helvetica, WinAnsiEncoding 32...255.
    static let helvetica: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // 0x20
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0x30
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // 0x40
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 0x50
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // 0x60
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,  // 0x70
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,  // 0x80
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,  // 0x90
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // 0xA0
        400, 584, 333, 333, 333, 578, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // 0xB0
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 0xC0
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // 0xD0
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,  // 0xE0
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,  // 0xF0
    ]

    /// Helvetica-Bold, WinAnsiEncoding 32...255.
    static let helveticaBold: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  // 0x20
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  // 0x30
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  // 0x40
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  // 0x50
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  // 0x60
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,  // 0x70
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,  // 0x80
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,  // 0x90
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // 0xA0
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // 0xB0
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 0xC0
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // 0xD0
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,  // 0xE0
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,  // 0xF0
    ]
}
