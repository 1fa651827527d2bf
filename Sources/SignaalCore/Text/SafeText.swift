/// The one sanitiser for text that came from a file or a person on its way
/// out: to a terminal, a message, a certificate (text or PDF), a CSV or JSON.
///
/// Unsafe are the characters that can change what a reader sees rather than
/// show themselves: C0 and C1 control characters and DEL (an `ESC ] 0 ;` can
/// retitle a terminal, `ESC [2J` clear it, U+009B start a command on some
/// terminals), invisible format characters (U+200B…U+200F, U+FEFF, tags) and
/// the bidirectional overrides and isolates (U+202A…U+202E, U+2066…U+2069,
/// U+061C) that make text read backwards, and the line and paragraph
/// separators U+2028 and U+2029. The zero-width joiner U+200D is kept: some
/// scripts need it inside names, and it moves nothing.
///
/// Unsafe characters are written as `\uXXXX` (a surrogate pair above
/// U+FFFF), or `\n`, `\r`, `\t`: visible, on one line, and the same escape
/// JSON uses, so JSON output stays valid and decodes to the original.
public enum SafeText {
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Printable ASCII and Latin-1 letters: the common case, decided without a table.
        if value >= 0x20 && value < 0x7F { return false }
        if value < 0xA0 { return true }
        if value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// The first unsafe character, for a message that names it.
    public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isUnsafe)
    }

    public static func isSafe(_ text: String) -> Bool { firstUnsafe(in: text) == nil }

    /// The text with every unsafe character escaped. With `keepingLineBreaks`
    /// a `\n` (and the `\r` of a `\r\n`) stays, and so does a byte order mark
    /// at the very start: for whole documents, such as a CSV for Excel.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard !isSafe(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if keepingLineBreaks {
                if scalar == "\n" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
                    || (scalar == "\u{FEFF}" && index == 0) {
                    result.append(scalar)
                    continue
                }
            }
            guard isUnsafe(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: escape(scalar).unicodeScalars)
        }
        return String(result)
    }

    /// A short quotation for a message: escaped, and cut after `limit`
    /// characters so that a 10 MB key does not become a 10 MB message.
    public static func quoted(_ text: String, limit: Int = 40) -> String {
        "'" + escaped(shortened(text, limit: limit)) + "'"
    }

    /// The first `limit` characters and "…", or the text when it is short enough.
    public static func shortened(_ text: String, limit: Int = 40) -> String {
        let scalars = text.unicodeScalars
        return scalars.count > limit ? String(String.UnicodeScalarView(scalars.prefix(limit))) + "…" : text
    }

    /// `\n`, `\r`, `\t`, or `\uXXXX` (two of them, a surrogate pair, above U+FFFF).
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return String(scalar).utf16.map { "\\u" + hex4(UInt32($0)) }.joined()
        }
    }

    /// Four upper-case hex digits: `001B`.
    public static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
