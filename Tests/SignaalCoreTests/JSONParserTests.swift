import Foundation
import Testing
@testable import SignaalCore

// MARK: - Helpers

private func parse(_ text: String) throws(JSONParseError) -> JSONNode {
    try JSONParser.parse(Data(text.utf8))
}

private func parseError(_ bytes: [UInt8]) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(Data(bytes))
        return nil
    } catch {
        return error
    }
}

private func parseError(_ text: String) -> JSONParseError? {
    parseError(Array(text.utf8))
}


/// Whether our tree holds the same values as what JSONSerialization made.
private func sameValues(_ node: JSONNode, _ any: Any) -> Bool {
    switch node.value {
    case .null:
        return any is NSNull
    case .bool(let b):
        if let n = any as? NSNumber { return n.boolValue == b }
        return (any as? Bool) == b
    case .number(let d):
        if let n = any as? NSNumber { return n.doubleValue == d }
        if let x = any as? Double { return x == d }
        if let i = any as? Int { return Double(i) == d }
        return false
    case .string(let s):
        return (any as? String) == s
    case .array(let elements):
        guard let other = any as? [Any], other.count == elements.count else { return false }
        return zip(elements, other).allSatisfy { sameValues($0, $1) }
    case .object(let members):
        guard let other = any as? [String: Any], other.count == members.count else { return false }
        return members.allSatisfy { member in
            other[member.key].map { sameValues(member.node, $0) } ?? false
        }
    }
}

/// The invariants every error must keep, whatever the input.
private func checkErrorIsSane(_ error: JSONParseError, input: [UInt8]) {
    let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    #expect(!error.message.isEmpty)
    #expect(error.line >= 1 && error.line <= lines)
    #expect(error.column >= 1 && error.column <= input.count + 1)
}

// MARK: - Values

struct JSONParserTests {
    struct ScalarCase: Sendable, CustomTestStringConvertible {
        let text: String
        let value: JSONValue
        let typeName: String
        var testDescription: String { text }
    }

    @Test("A single value of each type parses, at line 1 column 1", arguments: [
        ScalarCase(text: "null", value: .null, typeName: "null"),
        ScalarCase(text: "true", value: .bool(true), typeName: "true/false"),
        ScalarCase(text: "false", value: .bool(false), typeName: "true/false"),
        ScalarCase(text: "0", value: .number(0), typeName: "number"),
        ScalarCase(text: "-0", value: .number(-0.0), typeName: "number"),
        ScalarCase(text: "42", value: .number(42), typeName: "number"),
        ScalarCase(text: "-17", value: .number(-17), typeName: "number"),
        ScalarCase(text: "3.25", value: .number(3.25), typeName: "number"),
        ScalarCase(text: "-0.5e-3", value: .number(-0.0005), typeName: "number"),
        ScalarCase(text: "1E+2", value: .number(100), typeName: "number"),
        ScalarCase(text: "12345678901234567890", value: .number(12345678901234567890.0), typeName: "number"),
        ScalarCase(text: "1e-999", value: .number(0), typeName: "number"),
        ScalarCase(text: "\"\"", value: .string(""), typeName: "string"),
        ScalarCase(text: "\"hallo wereld\"", value: .string("hallo wereld"), typeName: "string"),
        ScalarCase(text: "\"café 🚦 日本\"", value: .string("café 🚦 日本"), typeName: "string"),
        ScalarCase(text: "[]", value: .array([]), typeName: "array"),
        ScalarCase(text: "{}", value: .object([]), typeName: "object"),
    ])
    func scalarValues(_ c: ScalarCase) throws {
        let node = try parse(c.text)
        #expect(node.value == c.value)
        #expect(node.line == 1)
        #expect(node.column == 1)
        #expect(node.typeName == c.typeName)
    }

    @Test func positionsOfNestedValues() throws {
        let text = """
        {
          "title": "Hulp",
          "count": 3,
        \t"tags": ["a", true, null],
          "nested": {"deep": [1.5]}
        }
        """
        let root = try parse(text)
        #expect(root.line == 1 && root.column == 1)
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["title", "count", "tags", "nested"])
        #expect(members.map(\.line) == [2, 3, 4, 5])

        let title = try #require(root["title"])
        #expect(title.string == "Hulp")
        #expect(title.line == 2 && title.column == 12)

        let count = try #require(root["count"])
        #expect(count.int == 3 && count.column == 12)

        // A tab counts as one column.
        let tags = try #require(root["tags"]?.array)
        #expect(tags.map(\.line) == [4, 4, 4])
        #expect(tags.map(\.column) == [11, 16, 22])
        #expect(tags.map(\.value) == [.string("a"), .bool(true), .null])

        let deep = try #require(root["nested"]?["deep"])
        #expect(deep.line == 5 && deep.column == 22)
        #expect(deep.array?.first?.number == 1.5)
        #expect(deep.array?.first?.column == 23)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try parse(#"["é日🚦", 1]"#)
        let elements = try #require(root.array)
        #expect(elements[1].column == 9)
        #expect(parseError(#"["é日🚦" 1]"#)?.column == 8)
    }

    @Test func accessors() throws {
        let root = try parse(#"{"a": 1, "b": 2.5, "c": "x", "d": false, "e": [], "f": {}, "g": null, "h": 1e300, "a": 9}"#)
        #expect(root["a"]?.int == 1, "first of duplicate keys")
        #expect(root.members?.filter { $0.key == "a" }.count == 2, "duplicates are kept")
        #expect(root["b"]?.int == nil)
        #expect(root["b"]?.number == 2.5)
        #expect(root["c"]?.string == "x")
        #expect(root["c"]?.number == nil)
        #expect(root["d"]?.bool == false)
        #expect(root["e"]?.array == [])
        #expect(root["f"]?.members == [])
        #expect(root["g"]?.value == .null)
        #expect(root["h"]?.int == nil, "out of Int range")
        #expect(root["missing"] == nil)
        #expect(root["c"]?["a"] == nil, "not an object")
        #expect(root.string == nil && root.array == nil && root.bool == nil)
        #expect(try parse("-4.0").int == -4)
        #expect(try parse("9223372036854775808").int == nil)
    }

    @Test func stringEscapes() throws {
        let node = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u00C9 \u0000 \u20AC""#)
        #expect(node.string == "q\" b\\ s/ \u{08}\u{0C}\n\r\t éÉ \u{0} €")
    }

    @Test func zeroWidthNoBreakSpaceInsideStringsIsKept() throws {
        // Only a byte order mark at the very start of the file is skipped.
        #expect(try parse("[\"\u{FEFF}\\\\\", \"\\uFEFFa\"]").array?.map(\.string) == ["\u{FEFF}\\", "\u{FEFF}a"])
    }

    @Test func longStringsWithAndWithoutEscapes() throws {
        let plain = String(repeating: "abcdéfgh🚦", count: 200_000)
        #expect(try JSONParser.parse(Data("\"\(plain)\"".utf8)).string == plain)
        let escapedText = String(repeating: #"ab\n\u00e9"#, count: 200_000)
        let expected = String(repeating: "ab\né", count: 200_000)
        #expect(try parse("\"\(escapedText)\"").string == expected)
    }

    // MARK: - Errors

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let input: String
        let message: String
        let line: Int
        let column: Int
        init(_ input: String, _ message: String, line: Int = 1, column: Int) {
            self.input = input
            self.message = message
            self.line = line
            self.column = column
        }
        var testDescription: String { input.debugDescription }
    }

    @Test("Malformed input gives a clear message at the offending byte", arguments: [
        ErrorCase("", "empty file", column: 1),
        ErrorCase("  \n\t \r\n", "empty file", column: 1),
        ErrorCase("{", "unexpected end of file: the object opened on line 1 is not closed", column: 2),
        ErrorCase("[1, 2", "unexpected end of file: the array opened on line 1 is not closed", column: 6),
        ErrorCase("{\n\"a\": [\n1,\n", "the array opened on line 2 is not closed", line: 4, column: 1),
        ErrorCase(#"{"a": 1,}"#, "trailing comma before '}'", column: 8),
        ErrorCase("[1,\n2,\n]", "trailing comma before ']'", line: 2, column: 2),
        ErrorCase("[1,]", "trailing comma before ']'", column: 3),
        ErrorCase(#"{"a": 1 "b": 2}"#, "expected ',' or '}' after object member", column: 9),
        ErrorCase(#"{"a": 1 "b": 2}"#, "missing comma?", column: 9),
        ErrorCase(#"{"a": 1]"#, "expected ',' or '}' after object member, found ']'", column: 8),
        ErrorCase("[1 2]", "expected ',' or ']' after array element, found '2'", column: 4),
        ErrorCase(#"{"a" 1}"#, "expected ':' after object key 'a'", column: 6),
        ErrorCase("{a: 1}", "object key 'a' must be in double quotes", column: 2),
        ErrorCase("{,}", "expected an object key in double quotes, found ','", column: 2),
        ErrorCase(#"{"a":}"#, "expected a value, found '}'", column: 6),
        ErrorCase("{\n  \"a\": [1, 2,, 3]\n}", "expected a value, found ','", line: 2, column: 14),
        ErrorCase("['a']", "not single quotes", column: 2),
        ErrorCase("// note\n{}", "comments are not allowed", column: 1),
        ErrorCase("{/* note */}", "comments are not allowed", column: 2),
        ErrorCase("[01]", "numbers must not have leading zeros", column: 2),
        ErrorCase("-012", "numbers must not have leading zeros", column: 2),
        ErrorCase("[-]", "expected a digit after '-', found ']'", column: 3),
        ErrorCase("-", "unexpected end of file: expected a digit after '-'", column: 2),
        ErrorCase("1.", "expected a digit after the decimal point", column: 3),
        ErrorCase("[1.e5]", "expected a digit after the decimal point, found 'e'", column: 4),
        ErrorCase("1e", "expected a digit in the exponent", column: 3),
        ErrorCase("[1e+]", "expected a digit in the exponent", column: 5),
        ErrorCase("+1", "a number must not start with '+'", column: 1),
        ErrorCase(".5", "a number must start with a digit", column: 1),
        ErrorCase("[0x1F]", "expected ',' or ']' after array element, found 'x'", column: 3),
        ErrorCase("1e999", "number out of range", column: 1),
        ErrorCase("[-1e999]", "number out of range", column: 2),
        ErrorCase("1" + String(repeating: "0", count: 400), "number out of range", column: 1),
        ErrorCase("NaN", "'NaN' is not allowed in JSON", column: 1),
        ErrorCase("[Infinity]", "'Infinity' is not allowed in JSON", column: 2),
        ErrorCase("[-Infinity]", "'-Infinity' is not allowed in JSON", column: 2),
        ErrorCase("True", "'True' must be written in lowercase: 'true'", column: 1),
        ErrorCase("[nul]", "unexpected word 'nul'", column: 2),
        ErrorCase("[truex]", "unexpected word 'truex'", column: 2),
        ErrorCase("undefined", "use null", column: 1),
        ErrorCase(#""abc"#, "unterminated string", column: 1),
        ErrorCase("{\"a\": \"abc\n}", "unterminated string", column: 7),
        ErrorCase("\"abc\\", "unterminated string", column: 1),
        ErrorCase("\"\\u12", "unterminated string", column: 1),
        ErrorCase("\"a\tb\"", "tab character in string", column: 3),
        ErrorCase("\"a\u{01}\"", "control character U+0001 in string", column: 3),
        ErrorCase("\"a\u{1F}\"", "control character U+001F in string", column: 3),
        ErrorCase(#""\x""#, "invalid escape '\\x' in string", column: 2),
        ErrorCase(#""\'""#, "invalid escape '\\'' in string", column: 2),
        ErrorCase(#""\u12G4""#, "invalid \\u escape", column: 2),
        ErrorCase(#""\u12""#, "invalid \\u escape", column: 2),
        ErrorCase("{} {}", "unexpected '{' after the end of the JSON document", column: 4),
        ErrorCase("[1]]", "unexpected ']' after the end of the JSON document", column: 4),
        ErrorCase("{\"a\":1}\r\n}", "after the end of the JSON document", line: 2, column: 1),
        ErrorCase("\"café\" x", "unexpected 'x' after the end", column: 8),
        ErrorCase("[\u{0C}]", "expected a value, found U+000C", column: 2),
        ErrorCase("[\u{A0}1]", "expected a value, found '\u{A0}' (U+00A0)", column: 2),
        ErrorCase("\u{201C}title\u{201D}", "curly quotes are not allowed", column: 1),
        ErrorCase("{\u{201C}title\u{201D}: 1}", "curly quotes are not allowed", column: 2),
        ErrorCase("\u{FEFF}\u{FEFF}{}", "expected a value, found '\u{FEFF}' (U+FEFF)", column: 1),
    ])
    func malformed(_ c: ErrorCase) throws {
        let error = try #require(parseError(c.input), "should not parse")
        #expect(error.message.contains(c.message), "\(error.message)")
        #expect(error.line == c.line, "\(error)")
        #expect(error.column == c.column, "\(error)")
    }

    @Test func errorDescriptionIsLineColonColumnColonMessage() {
        let error = parseError("{\n  \"a\" 1\n}")
        #expect(error?.description == "2:7: expected ':' after object key 'a', found '1'")
    }

    @Test func messagesQuoteLongWordsShortly() throws {
        let error = try #require(parseError("[" + String(repeating: "a", count: 100_000) + "]"))
        #expect(error.message.count < 120)
        #expect(error.message.hasSuffix("…': text must be in double quotes"))
        // Messages stay on one line, whatever the key holds.
        let key = try #require(parseError(#"{"line\nbreak\u0001" 1}"#))
        #expect(key.message == #"expected ':' after object key 'line\nbreak\u0001', found '1'"#)
    }

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

    // MARK: - Fuzz

    @Test func randomBytesNeverCrash() {
        var rng = SplitMix64(seed: 0x5167_6E61_616C)
        let alphabet = Array(#"{}[]:,"\ -+.eE0123456789tfnrulsaxu"#.utf8) + [0x0A, 0x0D, 0x09, 0x00, 0xC3, 0xA9, 0xFF]
        var parsed = 0
        for i in 0..<2_000 {
            let length = Int.random(in: 0...64, using: &rng)
            let bytes: [UInt8] = (0..<length).map { _ in
                i.isMultiple(of: 2)
                    ? UInt8.random(in: 0...255, using: &rng)
                    : alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
            }
            do {
                _ = try JSONParser.parse(Data(bytes))
                parsed += 1
            } catch {
                checkErrorIsSane(error, input: bytes)
            }
        }
        #expect(parsed < 2_000)
    }

    @Test func mutationsOfAValidDocumentNeverCrash() throws {
        let document = Array("""
        \u{FEFF}{
          "id": "signal-01",
          "title": "Paspoort ingehouden door werkgever",
          "weight": 0.75, "order": -12, "big": 1.5e300,
          "flags": [true, false, null, {"nested": ["\\u00e9\\uD83D\\uDE00\\n", []]}],
          "text": "Café 日本 🚦 \\"quoted\\" \\\\ \\/",
          "empty": {}
        }

        """.utf8)
        #expect(throws: Never.self) { try JSONParser.parse(Data(document)) }
        var rng = SplitMix64(seed: 42)
        var stillValid = 0
        for _ in 0..<2_000 {
            var bytes = document
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<max(1, bytes.count), using: &rng)
                switch Int.random(in: 0..<6, using: &rng) {
                case 0 where !bytes.isEmpty:
                    bytes[at] = UInt8.random(in: 0...255, using: &rng)
                case 1:
                    bytes.insert(UInt8.random(in: 0...255, using: &rng), at: min(at, bytes.count))
                case 2 where !bytes.isEmpty:
                    bytes.remove(at: at)
                case 3:
                    bytes = Array(bytes.prefix(at))
                case 4 where !bytes.isEmpty:
                    let to = Int.random(in: at...bytes.count, using: &rng)
                    bytes.insert(contentsOf: bytes[at..<to], at: to)
                default:
                    let structural = Array(#"{}[],:"\"#.utf8)
                    bytes.insert(structural[Int.random(in: 0..<structural.count, using: &rng)], at: min(at, bytes.count))
                }
            }
            do {
                _ = try JSONParser.parse(Data(bytes))
                stillValid += 1
            } catch {
                checkErrorIsSane(error, input: bytes)
            }
        }
        #expect(stillValid < 2_000)
    }

    // MARK: - Agreement with Foundation

    @Test("Same values as JSONSerialization", arguments: [
        #"{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\u00e9\n\"\/"}, "e": ""}"#,
        #"[0, -0, 1e-7, 123456789012345678, 0.1, 1.7976931348623157e308, 5e-324]"#,
        #"{"emoji": "\uD83D\uDE00 🚦", "nul": "a\u0000b", "tab": "a\tb", "empty": [], "obj": {}}"#,
        """
        {
          "id": "signal-01",
          "title": "Werkgever houdt paspoort in",
          "questions": [
            {"text": "Heeft u uw eigen paspoort?", "answers": ["ja", "nee"], "weight": 0.75}
          ]
        }
        """,
        #"[[[[[["deep"]]]]], {"x": {"y": {"z": null}}}]"#,
    ])
    func agreesWithJSONSerialization(_ text: String) throws {
        let data = Data(text.utf8)
        let ours = try JSONParser.parse(data)
        let theirs = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(sameValues(ours, theirs))
    }

    @Test func randomDocumentsWrittenByJSONSerializationReadBackTheSame() throws {
        var rng = SplitMix64(seed: 7)
        // No U+FEFF: on Linux, JSONSerialization drops it from strings that
        // also hold an escape (see zeroWidthNoBreakSpaceInsideStringsIsKept).
        let pieces = ["a", "é", "日本", "🚦", "\"", "\\", "/", "\n", "\t", "\u{1}", " ", "\u{7F}", "\u{200B}", "x y"]
        func randomString() -> String {
            (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
        }
        func randomValue(depth: Int) -> Any {
            switch Int.random(in: 0..<(depth > 4 ? 5 : 7), using: &rng) {
            case 0: return NSNull()
            case 1: return Bool.random(using: &rng)
            case 2: return Int.random(in: -1_000_000...1_000_000, using: &rng)
            case 3: return Double(Int.random(in: -100_000...100_000, using: &rng)) / 64
            case 4: return randomString()
            case 5: return (0..<Int.random(in: 0...4, using: &rng)).map { _ in randomValue(depth: depth + 1) }
            default:
                var object: [String: Any] = [:]
                for _ in 0..<Int.random(in: 0...4, using: &rng) { object[randomString()] = randomValue(depth: depth + 1) }
                return object
            }
        }
        for _ in 0..<200 {
            let value: Any = Bool.random(using: &rng) ? [randomValue(depth: 0)] : ["k": randomValue(depth: 0)]
            let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted])
            let ours = try JSONParser.parse(data)
            let theirs = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            #expect(sameValues(ours, theirs), "\(String(decoding: data, as: UTF8.self))")
        }
    }
}
