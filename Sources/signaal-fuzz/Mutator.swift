import SignaalCore

/// Ways to break a file as an attacker, a bad editor or a bad disk would.
struct Mutator {
    var random: SplitMix64

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ oneIn: Int) -> Bool { int(1...oneIn) == 1 }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// One to four mutations; `csv` adds the ones that matter to rosters.
    mutating func mutate(_ original: [UInt8], csv: Bool) -> [UInt8] {
        var bytes = original
        for _ in 0..<int(1...4) {
            guard !bytes.isEmpty else { bytes = Array("{".utf8); continue }
            let at = int(0...bytes.count - 1)
            switch int(0...(csv ? 13 : 14)) {
            case 0: bytes[at] ^= 1 << UInt8(int(0...7))
            case 1: bytes[at] = UInt8(int(0...255))
            case 2: bytes.removeSubrange(at...)
            case 3: bytes.removeSubrange(at..<min(bytes.count, at + int(1...64)))
            case 4:
                let span = bytes[at..<min(bytes.count, at + int(1...200))]
                bytes.insert(contentsOf: span, at: int(0...bytes.count))
            case 5: bytes.insert(contentsOf: pick(Self.invalidUTF8), at: at)
            case 6: bytes.insert(contentsOf: Array(pick(Self.hostileText).utf8), at: at)
            case 7: duplicateLine(&bytes, at: at)
            case 8: bytes.insert(contentsOf: nesting(depth: int(200...400)), at: at)
            case 9: hugeNumber(&bytes, from: at)
            case 10: bytes.insert(contentsOf: hugeString(), at: at)
            case 11: bytes.insert(contentsOf: Array(pick(Self.structure).utf8), at: at)
            case 12: duplicateID(&bytes)
            case 13 where csv: bytes = utf16(bytes, byteOrderMark: chance(2))
            default: bytes.insert(contentsOf: Array(pick(Self.escapes).utf8), at: at)
            }
        }
        return bytes
    }

    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00], [0xC0, 0xAF]]
    static let hostileText = ["\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{202E}", "\u{9B}31m", "\u{200B}", "\u{2066}", "\r", "\n", "\t",
                              "\u{FEFF}", "=HYPERLINK(\"x\")", "\u{7F}", "👩‍👩‍👧", "e\u{301}"]
    static let structure = ["\"", ",", ";", ":", "{", "}", "[", "]", "\"\":", "null", "true", "\"id\": \"x\",", "\\", "\r\n", "sep=,\n"]
    static let escapes = ["\\u0000", "\\u001B]0;x\\u0007", "\\u202E", "\\uD800", "\\uDC00\\uD800", "\\n", "\\\"", "\\u0085"]

    /// A line written twice: in JSON, a key or an id given twice.
    func duplicateLine(_ bytes: inout [UInt8], at: Int) {
        let start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let end = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        bytes.insert(contentsOf: bytes[start..<end], at: end)
    }

    /// One id's value copied over another's.
    mutating func duplicateID(_ bytes: inout [UInt8]) {
        let needle = Array("\"id\": \"".utf8)
        var values: [Range<Int>] = []
        var index = 0
        while index + needle.count <= bytes.count, values.count < 2_000 {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle {
                let start = index + needle.count
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) ?? start
                values.append(start..<end)
                index = end
            } else {
                index += 1
            }
        }
        guard values.count >= 2 else { return }
        let from = pick(values), to = pick(values)
        guard from != to else { return }
        let value = Array(bytes[from])
        bytes.replaceSubrange(to, with: value)
    }

    mutating func nesting(depth: Int) -> [UInt8] {
        let open = chance(2) ? "[" : "{\"a\":"
        return Array(String(repeating: open, count: depth).utf8)
    }

    /// A run of digits replaced by a number no Int or Double holds.
    mutating func hugeNumber(_ bytes: inout [UInt8], from at: Int) {
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        guard let start = bytes[at...].firstIndex(where: isDigit) else { return }
        let end = bytes[start...].firstIndex { !isDigit($0) } ?? bytes.count
        let huge = pick(["1e999", "-1e999", "99999999999999999999999999", "9223372036854775808", "-9223372036854775809",
                         "1e-999", "4.9e-324", "1" + String(repeating: "0", count: 400), "-0", "0.5", "1e2"])
        bytes.replaceSubrange(start..<end, with: Array(huge.utf8))
    }

    mutating func hugeString() -> [UInt8] {
        let unit = pick(["x", "é", "\\u0041", "漢", " "])
        return Array(String(repeating: unit, count: int(10_000...100_000)).utf8)
    }

    func utf16(_ bytes: [UInt8], byteOrderMark: Bool) -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xFF, 0xFE] : []
        for unit in String(decoding: bytes, as: UTF8.self).utf16 {
            out.append(UInt8(unit & 0xFF))
            out.append(UInt8(unit >> 8))
        }
        return out
    }

    /// A module with one chat of `count` nodes in a row (the last may loop
    /// back to the first): the input that once overflowed the stack.
    static func chain(nodes count: Int, loop: Bool) -> [UInt8] {
        var text = """
        {"id": "chain", "languages": ["nl", "en"], "title": {"nl": "K", "en": "C"}, "summary": {"nl": "K", "en": "C"},
         "audience": "professional", "minutes": 5, "sources": ["s"], "characters": [{"id": "sam", "name": {"nl": "Sam", "en": "Sam"}}],
         "units": [{"id": "talk", "type": "chat", "title": {"nl": "K", "en": "C"}, "clock": "16:05", "start": "n0", "nodes": [

        """
        let message = "\"messages\": [{\"from\": \"sam\", \"text\": {\"nl\": \"x\", \"en\": \"x\"}}]"
        for index in 0..<count {
            let next = index + 1 < count ? "n\(index + 1)" : (loop ? "n0" : "")
            text += index > 0 ? ",\n" : ""
            text += next.isEmpty
                ? "{\"id\": \"n\(index)\", \(message), \"end\": true, \"outcome\": {\"nl\": \"x\", \"en\": \"x\"}}"
                : "{\"id\": \"n\(index)\", \(message), \"replies\": [{\"text\": {\"nl\": \"y\", \"en\": \"y\"}, \"next\": \"\(next)\"}]}"
        }
        return Array((text + "\n]}]}\n").utf8)
    }
}
