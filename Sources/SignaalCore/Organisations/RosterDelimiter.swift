/// Which character separates the fields of a roster file.
enum RosterDelimiter {
    static let semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ","), tab: UInt8 = 0x09

    /// Excel's `sep=;` first line, when there is one: the delimiter it names
    /// and where the line after it starts.
    static func declared(in bytes: UnsafeBufferPointer<UInt8>) -> (delimiter: UInt8, next: Int)? {
        guard bytes.count >= 5 else { return nil }
        let prefix = bytes[0..<4].map { $0 | 0x20 }  // ASCII lower case for letters; "=" is 0x3D either way
        guard prefix == Array("sep=".utf8) else { return nil }
        let delimiter = bytes[4]
        guard [semicolon, comma, tab, UInt8(ascii: "|")].contains(delimiter) else { return nil }
        var next = 5
        if next < bytes.count {
            if bytes[next] == 0x0D { next += 1; if next < bytes.count && bytes[next] == 0x0A { next += 1 } }
            else if bytes[next] == 0x0A { next += 1 }
            else { return nil }
        }
        return (delimiter, next)
    }

    /// Counts `;`, `,` and tab outside quotes on the first line (the header)
    /// and takes the most frequent; `;` wins ties, then tab. None at all
    /// (a single column): `;`, so that "Jansen, Piet" stays one name.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var semicolons = 0, commas = 0, tabs = 0
        var index = start
        // Blank lines before the header do not count.
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x20 { index += 1 }
        var quoted = false
        scan: while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x22 { quoted.toggle(); continue }
            if quoted { continue }
            switch byte {
            case 0x0A, 0x0D: break scan
            case semicolon: semicolons += 1
            case comma: commas += 1
            case tab: tabs += 1
            default: break
            }
        }
        if semicolons >= commas && semicolons >= tabs { return semicolon }
        return tabs >= commas ? tab : comma
    }
}
