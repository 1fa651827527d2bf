import Foundation

/// How the same person is recognised across a roster, a re-import and the
/// training records: values compared after these normalisations.
enum PersonKey {
    /// A name: whitespace runs made one space, canonical Unicode form, case
    /// folded, as `LearnerName.key` compares learners (plus the spaces).
    /// Diacritics count: "Zoe" is not "Zoë".
    static func name(_ name: String) -> String {
        var ascii = true
        var needsSpaces = false
        var previousSpace = true
        for byte in name.utf8 {
            if byte >= 0x80 { ascii = false; break }
            let space = byte == 0x20 || (0x09...0x0D).contains(byte)
            if space && (previousSpace || byte != 0x20) { needsSpaces = true }
            previousSpace = space
        }
        if previousSpace { needsSpaces = true }
        let spaced = needsSpaces || !ascii ? name.split(whereSeparator: \.isWhitespace).joined(separator: " ") : name
        return ascii ? spaced.lowercased() : LearnerName.key(spaced)
    }

    /// An e-mail address: trimmed, case folded.
    static func email(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A staff number: trimmed, spaces removed, case folded; an all-digit
    /// number without its leading zeros, because a spreadsheet that took the
    /// column for numbers drops them ("00123" and "123" are one person).
    static func staffNumber(_ number: String) -> String {
        let compact = String(number.unicodeScalars.filter { !$0.properties.isWhitespace }).uppercased()
        guard !compact.isEmpty, compact.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return compact }
        let stripped = compact.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }
}
