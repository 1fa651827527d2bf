import Foundation

/// How the same person is recognised across a roster, a re-import and the
/// training records: values compared after these normalisations.
///
/// Each has a fast path for plain ASCII (most rosters), so keys for 100,000
/// people take milliseconds; other text goes through Foundation.
enum PersonKey {
    /// A name: whitespace runs made one space, case folded; compared as
    /// `LearnerName.key` compares learners (plus the spaces). Swift's `==`
    /// and hashing already treat canonically equivalent strings as equal
    /// ("zoe\u{308}" and "zoë"), so no Foundation normalisation is needed
    /// for keys. Diacritics count: "Zoe" is not "Zoë".
    static func name(_ name: String) -> String {
        if isPlainASCII(name) {
            return (hasExtraSpaces(name) ? collapsedSpaces(name) : name).lowercased()
        }
        return name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// An e-mail address: trimmed, case folded.
    static func email(_ email: String) -> String {
        trimmed(email).lowercased()
    }

    /// A staff number: trimmed, spaces removed, case folded; an all-digit
    /// number without its leading zeros, because a spreadsheet that took the
    /// column for numbers drops them ("00123" and "123" are one person).
    static func staffNumber(_ number: String) -> String {
        let compact: String
        if isPlainASCII(number) {
            compact = number.utf8.contains(0x20) ? String(decoding: number.utf8.filter { $0 != 0x20 }, as: UTF8.self).uppercased() : number.uppercased()
        } else {
            compact = String(String.UnicodeScalarView(number.unicodeScalars.filter { !$0.properties.isWhitespace })).uppercased()
        }
        guard !compact.isEmpty, compact.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return compact }
        let stripped = compact.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }

    /// Without whitespace and line breaks at either end.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return text }
        if isPlainASCII(text) {
            let utf8 = text.utf8
            guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return "" }
            let end = utf8.lastIndex { $0 != 0x20 } ?? start
            return String(text[start...end])
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Printable ASCII only (space to tilde): no control characters, no
    /// line breaks or tabs, nothing Unicode normalisation could change.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Two spaces in a row, or one at either end.
    static func hasExtraSpaces(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            let space = byte == 0x20
            if space && previousSpace { return true }
            previousSpace = space
        }
        return previousSpace && !text.isEmpty
    }

    /// Plain ASCII with runs of spaces made one and none at the ends.
    static func collapsedSpaces(_ text: String) -> String {
        text.split(separator: " ").joined(separator: " ")
    }
}
