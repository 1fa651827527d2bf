import Foundation
import Testing
@testable import SignaalCore

extension JSONParserTests {
    // MARK: - UTF-8, BOM and lines

    struct BytesCase: Sendable, CustomTestStringConvertible {
        let bytes: [UInt8]
        let line: Int
        let column: Int
        var testDescription: String { bytes.map { String($0, radix: 16) }.joined(separator: " ") }
    }

    @Test("Invalid UTF-8 is reported with its line", arguments: [
        BytesCase(bytes: [0x22, 0xFF, 0x22], line: 1, column: 2),                     // "\xFF"
        BytesCase(bytes: Array("{\n\"a\": \"caf".utf8) + [0xE9, 0x22, 0x7D], line: 2, column: 10), // Latin-1 é
        BytesCase(bytes: Array("[1,\n2,\n".utf8) + [0xC3], line: 3, column: 1),      // truncated at the end
        BytesCase(bytes: [0x22, 0xC0, 0x80, 0x22], line: 1, column: 2),               // overlong NUL
        BytesCase(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], line: 1, column: 2),         // UTF-8 encoded surrogate
        BytesCase(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], line: 1, column: 2),   // above U+10FFFF
        BytesCase(bytes: [0x22, 0xE2, 0x82, 0x22], line: 1, column: 2),               // cut-short sequence
        BytesCase(bytes: [0x22, 0x80, 0x22], line: 1, column: 2),                     // lone continuation
        BytesCase(bytes: [0x5B, 0xF5, 0x5D], line: 1, column: 2),                     // outside a string
        BytesCase(bytes: Array("{}\n".utf8) + [0xFE], line: 2, column: 1),            // after the document
        BytesCase(bytes: Array("\"é\" ".utf8) + [0xFF], line: 1, column: 5),
        BytesCase(bytes: Array("\"\\".utf8) + [0xFF, 0x22], line: 1, column: 3),      // escaped
    ])
    func invalidUTF8(_ c: BytesCase) throws {
        let error = try #require(parseError(c.bytes))
        #expect(error.message.contains("not valid UTF-8"), "\(error.message)")
        #expect(error.line == c.line)
        #expect(error.column == c.column)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let node = try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)))
        #expect(node.line == 1 && node.column == 1)
        #expect(node["a"]?.column == 7)
        #expect(parseError([0xEF, 0xBB, 0xBF])?.message == "empty file")
        #expect(parseError([0xEF, 0xBB])?.message.contains("not valid UTF-8") == true)
        let late = try #require(parseError([0x20, 0xEF, 0xBB, 0xBF, 0x31]))
        #expect(late.message.contains("U+FEFF"))
        #expect(late.column == 2)
    }

    @Test func crlfCountsAsOneLine() throws {
        let root = try parse("{\r\n  \"a\": 1,\r\n\r\n  \"b\": [\r\n    true\r\n  ]\r\n}\r\n")
        #expect(root["a"]?.line == 2)
        #expect(root["a"]?.column == 8)
        #expect(root.members?.map(\.line) == [2, 4])
        #expect(root["b"]?.array?.first?.line == 5)
        #expect(root["b"]?.array?.first?.column == 5)
        // A lone CR is whitespace but does not start a line.
        #expect(try parse("[1,\r2]").array?.last?.line == 1)
        let error = try #require(parseError("[1,\r\n2,\r\n]"))
        #expect(error.line == 2 && error.message == "trailing comma before ']'")
    }

    // MARK: - Surrogates

    @Test("Surrogate pairs make one scalar", arguments: [
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud83d\ude00""#, "😀"),
        (#""a\uD834\uDD1Eb""#, "a𝄞b"),
        (#""\uDBFF\uDFFF""#, "\u{10FFFF}"),
        (#""\uD800\uDC00""#, "\u{10000}"),
    ])
    func surrogatePairs(_ text: String, _ expected: String) throws {
        #expect(try parse(text).string == expected)
    }

    @Test("Unpaired surrogates are errors", arguments: [
        (#""\uD83D""#, "\\uD83D", 2),
        (#""ab\uD83Dx""#, "\\uD83D", 4),
        (#""\uDE00""#, "\\uDE00", 2),
        (#""\uDE00\uD83D""#, "\\uDE00", 2),
        (#""\uD83D\uD83D""#, "\\uD83D", 2),
        (#""\uD83D\n""#, "\\uD83D", 2),
        (#""\uD83D\u0041""#, "\\uD83D", 2),
        (#""\uD83D"#, "\\uD83D", 2),
    ])
    func unpairedSurrogates(_ text: String, _ code: String, _ column: Int) throws {
        let error = try #require(parseError(text))
        #expect(error.message == "unpaired surrogate \(code) in string")
        #expect(error.column == column)
    }

    // MARK: - Limits

    @Test func nestingIsLimitedTo256() throws {
        let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(throws: Never.self) { try parse(ok) }

        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        let error = try #require(parseError(tooDeep))
        #expect(error.message.contains("nesting too deep"))
        #expect(error.column == 257)

        let objects = String(repeating: #"{"a":"#, count: 300) + "1" + String(repeating: "}", count: 300)
        #expect(parseError(objects)?.message.contains("nesting too deep") == true)

        // Far deeper than any stack allows: still an error, not a crash.
        #expect(parseError(String(repeating: "[", count: 1_000_000))?.message.contains("nesting too deep") == true)
        #expect(parseError(String(repeating: "[{\"k\":", count: 200_000))?.message.contains("nesting too deep") == true)
    }

    @Test func aTenMegabyteDocumentParses() throws {
        var text = "[\n"
        let count = 115_000
        for i in 0..<count {
            text += #"  {"id": \#(i), "name": "item \#(i) é\n", "tags": ["a", "b"], "ok": true, "v": -1.5e3},"#
            text += "\n"
        }
        text += "  null\n]\n"
        let data = Data(text.utf8)
        #expect(data.count > 10_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let root = try JSONParser.parse(data)
        let elapsed = clock.now - start
        let elements = try #require(root.array)
        #expect(elements.count == count + 1)
        #expect(elements[count - 1]["id"]?.int == count - 1)
        #expect(elements[count - 1].line == count + 1)
        #expect(elements[count - 1]["name"]?.string == "item \(count - 1) é\n")
        // Generous, for unoptimised builds on a busy machine: this is a guard against quadratic behaviour.
        #expect(elapsed < .seconds(30), "parsed in \(elapsed)")
    }
}
