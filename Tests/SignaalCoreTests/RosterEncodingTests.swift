import Foundation
import Testing
@testable import SignaalCore

/// The roster's own Windows-1252 and UTF-16 decoding, checked against
/// Foundation's. Foundation cannot replace it: `String(data:encoding:)`
/// returns nil for a whole file with one of the five bytes Windows-1252
/// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) or with one unpaired
/// UTF-16 surrogate, where a roster should still read every other row.
@Suite("Roster encodings")
struct RosterEncodingTests {
    static let undefined: [UInt8] = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    static func decoded(_ bytes: [UInt8]) -> [UInt32] {
        String(decoding: RosterText.windows1252ToUTF8(bytes), as: UTF8.self).unicodeScalars.map(\.value)
    }

    @Test("every byte 0x80-0xFF reads as Foundation's Windows-1252 reads it; the five undefined ones as WHATWG says")
    func windows1252() throws {
        for byte in UInt8(0x80)...UInt8(0xFF) {
            if Self.undefined.contains(byte) {
                #expect(String(data: Data([byte]), encoding: .windowsCP1252) == nil, "Foundation now decodes \(byte)")
                // WHATWG: the C1 control of the same number (a roster refuses the row for it).
                #expect(Self.decoded([byte]) == [UInt32(byte)])
            } else {
                let foundation = try #require(String(data: Data([byte]), encoding: .windowsCP1252))
                #expect(Self.decoded([byte]) == foundation.unicodeScalars.map(\.value), "byte 0x\(String(byte, radix: 16))")
            }
        }
        #expect(Self.decoded(Array("Zo\u{EB}".unicodeScalars.map { UInt8($0.value) })) == [0x5A, 0x6F, 0xEB])
    }

    @Test("UTF-16 with a byte order mark reads as Foundation reads it; an unpaired surrogate costs one character, not the file")
    func utf16() throws {
        let text = "Naam;Afdeling\r\nZoë Brontë;Bar\r\n山田 太郎;Keuken\r\n"
        for (mark, encoding, little) in [([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian, true), ([0xFE, 0xFF], .utf16BigEndian, false)] {
            let body = try #require(text.data(using: encoding))
            let bytes = mark + [UInt8](body)
            #expect(String(decoding: RosterText.utf16ToUTF8(bytes, littleEndian: little), as: UTF8.self) == text)
            #expect(String(data: Data(bytes), encoding: .utf16) == text, "Foundation reads the same file the same way")
        }
        let lone: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(String(data: Data(lone.dropFirst(2)), encoding: .utf16LittleEndian) == nil, "Foundation now decodes a lone surrogate")
        #expect(String(decoding: RosterText.utf16ToUTF8(lone, littleEndian: true), as: UTF8.self) == "A\u{FFFD}B")
    }

    @Test("recorded Windows-1252 characters: the euro, curly quotes, Ÿ and Latin-1 letters")
    func windows1252Recorded() {
        #expect(Self.decoded([0x80, 0x92, 0x93, 0x94, 0x9F, 0xE9, 0xEB, 0xFF]) == [0x20AC, 0x2019, 0x201C, 0x201D, 0x0178, 0xE9, 0xEB, 0xFF])
        let file: [UInt8] = Array("Naam\r\nZo".utf8) + [0xEB] + Array(" Bront".utf8) + [0xEB, 0x0D, 0x0A, 0x81]
        let decoded = RosterText.decode(file)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.firstInvalidLine == 2)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "Naam\r\nZo\u{EB} Bront\u{EB}\r\n\u{81}")
    }

    @Test("the first byte that is not UTF-8, and whether real UTF-8 was seen, decide how a roster is read")
    func utf8Scan() {
        func scan(_ bytes: [UInt8]) -> (Int?, Bool) {
            let result = bytes.withUnsafeBufferPointer(UTF8Bytes.scan)
            return (result.firstInvalid, result.sawValidMultibyte)
        }
        #expect(scan(Array("plain ascii".utf8)) == (nil, false))
        #expect(scan(Array("Zoë 😀".utf8)) == (nil, true))
        for invalid: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]] {
            #expect(scan([0x61] + invalid + [0x62]) == (1, false), "\(invalid)")
            #expect(scan([0x61] + invalid + Array("é".utf8)) == (1, true), "\(invalid)")
        }
        #expect(RosterText.decode(Array("Zoë;".utf8) + [0xFF]).encoding == .utf8WithReplacements)
    }
}
