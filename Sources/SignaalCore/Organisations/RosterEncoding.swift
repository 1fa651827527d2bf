import Foundation

/// How the bytes of a roster file were read.
public enum RosterEncoding: String, Equatable, Sendable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// Mostly UTF-8, with invalid bytes shown as U+FFFD (a problem says where).
    case utf8WithReplacements
    /// No valid UTF-8 beyond ASCII and some bytes that are not: read as
    /// Windows-1252, which Excel's plain "CSV" uses on Dutch Windows.
    case windows1252
    /// UTF-16 with a byte order mark: Excel's "Unicode text".
    case utf16
}

/// Turns a roster file into UTF-8 bytes to parse. Line breaks stay where
/// they were, so line numbers refer to the file as it is.
enum RosterText {
    struct Decoded {
        var bytes: [UInt8]
        var encoding: RosterEncoding
        /// The line of the first byte that was not UTF-8, when there was one.
        var firstInvalidLine: Int?
    }

    static func decode(_ input: [UInt8]) -> Decoded {
        if input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            return Decoded(bytes: utf16ToUTF8(input, littleEndian: input[0] == 0xFF), encoding: .utf16)
        }
        let start = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF ? 3 : 0
        let body = start == 0 ? input : Array(input[start...])
        let scan = body.withUnsafeBufferPointer(UTF8Bytes.scan)
        guard let invalid = scan.firstInvalid else { return Decoded(bytes: body, encoding: .utf8) }
        let line = lineNumber(at: invalid, in: body)
        if scan.sawValidMultibyte {
            // Parsing works on ASCII bytes only; fields are decoded with replacement.
            return Decoded(bytes: body, encoding: .utf8WithReplacements, firstInvalidLine: line)
        }
        return Decoded(bytes: windows1252ToUTF8(body), encoding: .windows1252, firstInvalidLine: line)
    }

    /// UTF-16 saved without a byte order mark: among the first 4,000 bytes,
    /// at least half of the odd (little-endian) or even (big-endian) ones are
    /// zero, as they are for text in Latin letters. UTF-8 and Windows-1252
    /// text has no zero bytes at all.
    static func isUTF16WithoutByteOrderMark(_ input: [UInt8]) -> Bool {
        guard input.count >= 4, !(input[0] == 0xFF && input[1] == 0xFE), !(input[0] == 0xFE && input[1] == 0xFF) else { return false }
        let sample = input.prefix(4_000)
        var zeroEven = 0, zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        return max(zeroEven, zeroOdd) * 2 >= pairs && min(zeroEven, zeroOdd) * 8 < max(zeroEven, zeroOdd)
    }

    /// The line (from 1) of a byte offset: LF, CRLF and a lone CR each end a line.
    static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A {
                line += 1
            } else if bytes[index] == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                line += 1
            }
            index += 1
        }
        return line
    }

    /// The character of every byte 0x80–0xFF: Foundation's Windows-1252 for
    /// each byte it defines; the five it leaves undefined (0x81, 0x8D, 0x8F,
    /// 0x90, 0x9D) are the C1 control of the same number, as the WHATWG
    /// Encoding Standard maps them. Not `String(data:encoding: .windowsCP1252)`
    /// on the file: it gives nil for a whole file with one of those five bytes
    /// (RosterEncodingTests), where a roster should still read every other row.
    private static let high: [Unicode.Scalar] = (0x80...0xFF).map { (byte: UInt8) in
        String(data: Data([byte]), encoding: .windowsCP1252)?.unicodeScalars.first ?? Unicode.Scalar(byte)
    }

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                UTF8.encode(high[Int(byte - 0x80)]) { output.append($0) }
            }
        }
        return output
    }

    static func utf16ToUTF8(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
