import Foundation

/// The line format of the records folder's logs, name index and rosters:
/// one record a line, fields separated by tabs. Hand-split rather than
/// decoded as JSON, because `org status` reads 100,000s of these lines and
/// `JSONDecoder` costs far more than the records themselves.
///
/// A field is written with `\` as `\\`, tab as `\t`, line feed as `\n` and
/// carriage return as `\r`, so any text fits; a missing value (nil) is
/// `\0`, which no escaped text can be. Dates are whole seconds since 1970,
/// as the JSON files keep them to the second.
enum RecordLines {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let backslash: UInt8 = 0x5C

    static func field(_ text: String?) -> String {
        guard let text else { return "\\0" }
        guard text.utf8.contains(where: { $0 == backslash || $0 == tab || $0 == newline || $0 == 0x0D }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 4)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func field(_ date: Date) -> String { String(Int64(date.timeIntervalSince1970.rounded(.down))) }

    static func field(_ date: Date?) -> String { date.map(field) ?? "\\0" }

    /// One record's line, ending with a line feed.
    static func line(_ fields: [String]) -> String { fields.joined(separator: "\t") + "\n" }

    /// The text of an escaped field; nil for `\0`.
    static func text(_ field: Substring) -> String? {
        if field == "\\0" { return nil }
        guard field.utf8.contains(backslash) else { return String(field) }
        // By scalars, as `field` escapes: a `Character` would join the escaped
        // letter to a combining mark after it ("n" + U+0301 is one "ń").
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in field.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func date(_ field: Substring) -> Date? {
        Int64(field).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// The tab-separated fields of a line.
    static func fields(_ line: Substring) -> [Substring] {
        split(line, at: tab)
    }

    /// The complete lines of `data` (each ended by a line feed), without
    /// their line feeds. Bytes after the last line feed are a line a
    /// writer was cut off in (kill -9, power loss): they are not a record.
    static func completeLines(_ data: Data) -> [Substring] {
        let text = String(decoding: data, as: UTF8.self)
        guard let end = text.utf8.lastIndex(of: newline) else { return [] }
        return split(text[..<end], at: newline)
    }

    /// Split at an ASCII byte, by bytes: `Character`s would join "\r\n".
    /// The separators are found in the contiguous bytes (most of `org
    /// status`'s time is here), then the parts cut by offset.
    private static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        let utf8 = text.utf8
        let offsets = utf8.withContiguousStorageIfAvailable { bytes in
            var found: [Int] = []
            for index in bytes.indices where bytes[index] == separator { found.append(index) }
            return found
        } ?? utf8.enumerated().compactMap { $0.element == separator ? $0.offset : nil }
        var parts: [Substring] = []
        parts.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for offset in offsets {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            parts.append(text[start..<end])
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        parts.append(text[start...])
        return parts
    }

    /// A name safe in any file system for an id: the id itself when it is
    /// short and plain (letters, digits, `-`, `_`), else `h-` and a hash with
    /// the id's length. The file also holds the id, which readers check.
    static func fileName(for id: String) -> String {
        let plain = !id.isEmpty && id.utf8.count <= 80 && id.first != "." && id.utf8.allSatisfy {
            (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x5F
        }
        if plain { return id }
        return "h-" + String(StableHash.fnv1a(id), radix: 16) + "-" + String(id.utf8.count)
    }
}
