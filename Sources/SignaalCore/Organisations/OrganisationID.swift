import Foundation

/// Organisation ids: a readable slug of the name, unique in the records.
public enum OrganisationID {
    public static let maximumLength = 60

    /// "Hotel De Zeeuwse Stromen!" → "hotel-de-zeeuwse-stromen": letters
    /// without diacritics and digits, anything else one hyphen. A name with
    /// no such character gives "organisation".
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for byte in folded.lowercased().utf8 {
            let keep = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            if keep {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(Character(Unicode.Scalar(byte)))
                if slug.utf8.count >= maximumLength { break }
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "organisation" : slug
    }

    /// The slug of `name`, or with "-2", "-3" … when an id is taken.
    public static func unique(for name: String, taken: Set<String>) -> String {
        let base = slug(name)
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
