import Foundation

/// Turns text into the bytes of PDF simple fonts, one run per font.
///
/// Each typeface is used through two font resources:
/// - the **WinAnsi** font (`/Encoding /WinAnsiEncoding`): ASCII, the Latin-1
///   letters of Dutch, German, French and Spanish (ë é ï ö ü ç ñ ß …), and
///   typographic marks (‘ ’ “ ” – — … € •);
/// - the **extended** font: the same standard font with an `/Encoding`
///   dictionary whose `/Differences` give codes 128 and up to the Central
///   European, Baltic, Romanian and Turkish letters the standard fonts carry
///   (ł ś ż ź ń ć ę ą ș ț ş ă ı İ ğ č ř ě ů ő ű ā ē ī ū ģ ķ ļ ņ …), with a
///   `/ToUnicode` map so that copying and `pdftotext` give the letters back.
///
/// Text is taken per character in canonical composed form, so a name typed
/// with combining accents prints the same as a precomposed one. A character
/// that neither font covers (another script, an emoji, a letter with an
/// accent the standard fonts lack) is printed as "?".
enum PDFTextEncoding {
    /// Which of a typeface's two font resources a run uses.
    enum Variant: Equatable, Sendable {
        case winAnsi
        case extended
    }

    /// A stretch of text in one font resource, as the bytes written in `Tj`.
    struct Run: Equatable, Sendable {
        var variant: Variant
        var bytes: [UInt8]
    }

    /// A letter of the extended encoding: its Adobe glyph name and the
    /// WinAnsi code of the letter whose width it takes.
    struct ExtendedGlyph: Sendable {
        let scalar: Unicode.Scalar
        let name: String
        let base: UInt8
    }

    /// The first code of the extended encoding.
    static let extendedFirstCode: UInt8 = 128

    /// The extended letters, code 128 upwards in this order. Every glyph name
    /// is in the character set of the standard Helvetica, Times and Courier
    /// fonts. Romanian ș ț (comma below) and the older ş ţ (cedilla) share
    /// the glyphs the fonts have; `/ToUnicode` keeps them apart.
    static let extended: [ExtendedGlyph] = {
        let table: [(UInt32, String, Character)] = [
            (0x0100, "Amacron", "A"), (0x0101, "amacron", "a"),
            (0x0102, "Abreve", "A"), (0x0103, "abreve", "a"),
            (0x0104, "Aogonek", "A"), (0x0105, "aogonek", "a"),
            (0x0106, "Cacute", "C"), (0x0107, "cacute", "c"),
            (0x010C, "Ccaron", "C"), (0x010D, "ccaron", "c"),
            (0x010E, "Dcaron", "D"), (0x010F, "dcaron", "d"),
            (0x0110, "Dcroat", "D"), (0x0111, "dcroat", "d"),
            (0x0112, "Emacron", "E"), (0x0113, "emacron", "e"),
            (0x0116, "Edotaccent", "E"), (0x0117, "edotaccent", "e"),
            (0x0118, "Eogonek", "E"), (0x0119, "eogonek", "e"),
            (0x011A, "Ecaron", "E"), (0x011B, "ecaron", "e"),
            (0x011E, "Gbreve", "G"), (0x011F, "gbreve", "g"),
            (0x0122, "Gcommaaccent", "G"), (0x0123, "gcommaaccent", "g"),
            (0x012A, "Imacron", "I"), (0x012B, "imacron", "i"),
            (0x012E, "Iogonek", "I"), (0x012F, "iogonek", "i"),
            (0x0130, "Idotaccent", "I"), (0x0131, "dotlessi", "i"),
            (0x0136, "Kcommaaccent", "K"), (0x0137, "kcommaaccent", "k"),
            (0x0139, "Lacute", "L"), (0x013A, "lacute", "l"),
            (0x013B, "Lcommaaccent", "L"), (0x013C, "lcommaaccent", "l"),
            (0x013D, "Lcaron", "L"), (0x013E, "lcaron", "l"),
            (0x0141, "Lslash", "L"), (0x0142, "lslash", "l"),
            (0x0143, "Nacute", "N"), (0x0144, "nacute", "n"),
            (0x0145, "Ncommaaccent", "N"), (0x0146, "ncommaaccent", "n"),
            (0x0147, "Ncaron", "N"), (0x0148, "ncaron", "n"),
            (0x014C, "Omacron", "O"), (0x014D, "omacron", "o"),
            (0x0150, "Ohungarumlaut", "O"), (0x0151, "ohungarumlaut", "o"),
            (0x0154, "Racute", "R"), (0x0155, "racute", "r"),
            (0x0156, "Rcommaaccent", "R"), (0x0157, "rcommaaccent", "r"),
            (0x0158, "Rcaron", "R"), (0x0159, "rcaron", "r"),
            (0x015A, "Sacute", "S"), (0x015B, "sacute", "s"),
            (0x015E, "Scedilla", "S"), (0x015F, "scedilla", "s"),
            (0x0162, "Tcommaaccent", "T"), (0x0163, "tcommaaccent", "t"),
            (0x0164, "Tcaron", "T"), (0x0165, "tcaron", "t"),
            (0x016A, "Umacron", "U"), (0x016B, "umacron", "u"),
            (0x016E, "Uring", "U"), (0x016F, "uring", "u"),
            (0x0170, "Uhungarumlaut", "U"), (0x0171, "uhungarumlaut", "u"),
            (0x0172, "Uogonek", "U"), (0x0173, "uogonek", "u"),
            (0x0179, "Zacute", "Z"), (0x017A, "zacute", "z"),
            (0x017B, "Zdotaccent", "Z"), (0x017C, "zdotaccent", "z"),
            (0x0218, "Scommaaccent", "S"), (0x0219, "scommaaccent", "s"),
            (0x021A, "Tcommaaccent", "T"), (0x021B, "tcommaaccent", "t"),
        ]
        return table.map { scalar, name, base in
            ExtendedGlyph(scalar: Unicode.Scalar(scalar)!, name: name, base: base.asciiValue!)
        }
    }()

    /// The last code of the extended encoding.
    static var extendedLastCode: UInt8 { extendedFirstCode + UInt8(extended.count - 1) }

    /// The glyph behind an extended code.
    static func extendedGlyph(_ code: UInt8) -> ExtendedGlyph? {
        guard code >= extendedFirstCode else { return nil }
        let index = Int(code - extendedFirstCode)
        return index < extended.count ? extended[index] : nil
    }

    /// The extended code of a scalar, if it has one.
    static func extendedCode(_ scalar: Unicode.Scalar) -> UInt8? {
        extendedCodes[scalar.value]
    }

    private static let extendedCodes: [UInt32: UInt8] = {
        var codes: [UInt32: UInt8] = [:]
        for (index, glyph) in extended.enumerated() {
            codes[glyph.scalar.value] = extendedFirstCode + UInt8(index)
        }
        return codes
    }()

    /// The WinAnsiEncoding code of a scalar, if it has one.
    static func winAnsiCode(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if (0x20...0x7E).contains(v) || (0xA0...0xFF).contains(v) { return UInt8(v) }
        return winAnsiHigh[v]
    }

    /// WinAnsi's codes 0x80–0x9F (Windows code page 1252).
    private static let winAnsiHigh: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85,
        0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A,
        0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92,
        0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
        0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C,
        0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Characters printed as a near equivalent the fonts have: other spaces
    /// as a space, other hyphens and the minus sign as a hyphen.
    private static let equivalents: [UInt32: UInt8] = [
        0x09: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2007: 0x20, 0x2009: 0x20,
        0x200A: 0x20, 0x202F: 0x20, 0x2010: 0x2D, 0x2011: 0x2D, 0x2212: 0x2D,
    ]

    /// The font resource and code for one character; "?" when neither font has it.
    static func encode(_ character: Character) -> (Variant, UInt8) {
        if let found = encodeSingle(character.unicodeScalars) { return found }
        let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        return encodeSingle(composed) ?? (.winAnsi, questionMark)
    }

    private static func encodeSingle(_ scalars: String.UnicodeScalarView) -> (Variant, UInt8)? {
        guard scalars.count == 1, let scalar = scalars.first else { return nil }
        if let code = winAnsiCode(scalar) { return (.winAnsi, code) }
        if let code = extendedCode(scalar) { return (.extended, code) }
        if let code = equivalents[scalar.value] { return (.winAnsi, code) }
        return nil
    }

    /// `text` split into runs of one font resource each.
    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        for character in text {
            let (variant, code) = encode(character)
            if let last = runs.indices.last, runs[last].variant == variant {
                runs[last].bytes.append(code)
            } else {
                runs.append(Run(variant: variant, bytes: [code]))
            }
        }
        return runs
    }

    /// Whether every character of `text` prints as itself (nothing becomes "?").
    static func covers(_ text: String) -> Bool {
        text.allSatisfy { character in
            let (variant, code) = encode(character)
            return character == "?" || variant != .winAnsi || code != questionMark
        }
    }

    static let questionMark = UInt8(ascii: "?")
}
