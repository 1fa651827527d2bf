import Foundation

/// How a learner's name is matched to a roster row (issue 14 §3): the key
/// ignores case, accents and extra whitespace, and reads "Last, First" as
/// "First Last". "Ștefan Popescu", "stefan  popescu" and "Popescu, Stefan"
/// have one key. Names with the same key are linked automatically; names
/// one edit apart or one name part short are only *offered* (see `near`).
///
/// This is looser than `PersonKey`, which decides whether two roster rows
/// are the same person on import (there "Zoe" is not "Zoë").
public enum NameKey {
    /// Letters that carry no combining mark to strip, folded by hand.
    static let letters: [Character: String] = [
        "ł": "l", "đ": "d", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h",
    ]

    public static func of(_ name: String) -> String {
        // Most rosters are plain ASCII: no Foundation needed (100,000 keys in milliseconds).
        if PersonKey.isPlainASCII(name), !name.utf8.contains(UInt8(ascii: ",")) {
            return (PersonKey.hasExtraSpaces(name) ? PersonKey.collapsedSpaces(name) : name).lowercased()
        }
        var text = name
        // "Bakker, Marieke" → "Marieke Bakker" (one comma only: anything else is left as written).
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2 { text = parts[1] + " " + parts[0] }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        for character in folded {
            if let replacement = letters[character] { out += replacement } else { out.append(character) }
        }
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether two keys are close enough to offer (never to link silently):
    /// one letter added, dropped or changed, or one name part missing.
    public static func near(_ a: String, _ b: String) -> Bool {
        guard a != b, !a.isEmpty, !b.isEmpty else { return false }
        return withinOneEdit(Array(a), Array(b)) || onePartMissing(a, b)
    }

    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < short.count && j < long.count {
            if short[i] == long[j] {
                i += 1; j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if short.count == long.count { i += 1 }
            j += 1
        }
        return edits + (long.count - j) - (short.count - i) <= 1
    }

    static func onePartMissing(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " "), y = b.split(separator: " ")
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard !short.isEmpty, long.count == short.count + 1 else { return false }
        return long.indices.contains { skip in
            var rest = long
            rest.remove(at: skip)
            return rest == short
        }
    }
}
