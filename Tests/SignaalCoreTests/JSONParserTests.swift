import Foundation
import Testing
@testable import SignaalCore

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
}
