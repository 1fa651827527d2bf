import Foundation

/// A strict RFC 8259 JSON parser that remembers where every value starts.
///
/// Foundation's `JSONSerialization` gives no line numbers, and the content
/// validator must report `path:line: message`. This parser works on the
/// UTF-8 bytes directly and stops at the first problem with a message a
/// content editor can act on.
///
/// Strict means: no comments, no trailing commas, no leading zeros, no
/// NaN or Infinity, no single quotes, only space, tab, CR and LF as
/// whitespace, nothing after the top-level value, and the file must be
/// valid UTF-8. A UTF-8 byte order mark at the start is skipped.
/// Lines count LF, so CRLF counts once.
///
/// It never traps on bad input: nesting deeper than 256 levels is an error
/// rather than a stack overflow, and numbers outside `Double`'s range are
/// an error rather than infinity.
public enum JSONParser {
    /// Arrays and objects may nest this deep; one more is an error.
    static let maximumDepth = 256

    public static func parse(_ data: Data) throws(JSONParseError) -> JSONNode {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<JSONNode, JSONParseError> in
            var reader = JSONByteReader(raw.assumingMemoryBound(to: UInt8.self))
            do throws(JSONParseError) {
                return .success(try reader.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

// MARK: - Bytes

private extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let digit0 = UInt8(ascii: "0")
    static let digit9 = UInt8(ascii: "9")
    static let colon = UInt8(ascii: ":")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    var isDigit: Bool { self >= .digit0 && self <= .digit9 }

    /// Letters, digits, `_` and `$`: what a bare word such as `True`,
    /// `NaN` or an unquoted key is made of.
    var isWordByte: Bool {
        let lower = self | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
            || isDigit || self == UInt8(ascii: "_") || self == UInt8(ascii: "$")
    }

    var hexValue: UInt32? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(self - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(self - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(self - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

private func hex4(_ value: UInt32) -> String { SafeText.hex4(value) }

/// Quotes user text for a message (see `SafeText.quoted`).
private func quoted(_ text: String) -> String { SafeText.quoted(text) }

// MARK: - Reader

/// The parser's state over one buffer. Every read checks `pos < end`
/// first; positions only move forward.
private struct JSONByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var pos = 0
    /// 1-based line of `pos`, and the offset where that line starts.
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    /// Columns of node starts are counted incrementally from the last one,
    /// so that a 10 MB single-line file stays linear.
    private var columnCachePos = 0
    private var columnCacheValue = 1
    /// Reused for strings that contain escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.end = bytes.count
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
            columnCachePos = 3
        }
    }

    // MARK: Document

    mutating func parseDocument() throws(JSONParseError) -> JSONNode {
        skipWhitespace()
        guard pos < end else {
            throw JSONParseError(message: "empty file", line: 1, column: 1)
        }
        let node = try parseValue()
        skipWhitespace()
        if pos < end {
            let found = try describe(at: pos)
            throw failure("unexpected \(found) after the end of the JSON document", at: pos)
        }
        return node
    }

    // MARK: Positions and errors

    private mutating func skipWhitespace() {
        while pos < end {
            switch bytes[pos] {
            case .space, .tab, .carriageReturn:
                pos += 1
            case .lineFeed:
                pos += 1
                line += 1
                lineStart = pos
            default:
                return
            }
        }
    }

    /// 1-based column of `position` on the line starting at `start`:
    /// one per Unicode scalar (UTF-8 continuation bytes do not count).
    private func column(of position: Int, lineStart start: Int) -> Int {
        var column = 1
        var i = start
        let stop = min(position, end)
        while i < stop {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// The column of a node start on the current line, counted on from the
    /// previous node start.
    private mutating func nodeColumn(at position: Int) -> Int {
        if columnCachePos < lineStart || position < columnCachePos {
            columnCachePos = lineStart
            columnCacheValue = 1
        }
        var column = columnCacheValue
        var i = columnCachePos
        while i < position {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnCachePos = position
        columnCacheValue = column
        return column
    }

    /// An error at `position` on the current line.
    private func failure(_ message: String, at position: Int) -> JSONParseError {
        JSONParseError(message: message, line: line, column: column(of: position, lineStart: lineStart))
    }

    private func endOfFileInside(_ kind: String, openedOn openLine: Int) -> JSONParseError {
        failure("unexpected end of file: the \(kind) opened on line \(openLine) is not closed", at: end)
    }

    /// The length of the valid UTF-8 sequence at `position`, or a
    /// "not valid UTF-8" error pointing at its first byte.
    private func utf8Length(at position: Int) throws(JSONParseError) -> Int {
        guard let length = UTF8Bytes.sequenceLength(in: bytes, at: position) else {
            throw failure("not valid UTF-8 (save the file as UTF-8)", at: position)
        }
        return length
    }

    /// The Unicode scalar at `position`, checking that it is valid UTF-8.
    private func scalar(at position: Int) throws(JSONParseError) -> (value: UInt32, text: String) {
        let length = try utf8Length(at: position)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
        return (text.unicodeScalars.first?.value ?? 0, text)
    }

    /// The byte at `position` in words for a message: `'x'`, `'é' (U+00E9)`
    /// or `U+0007`. Throws if it starts invalid UTF-8.
    private func describe(at position: Int) throws(JSONParseError) -> String {
        let b = bytes[position]
        if b >= 0x80 {
            let (value, text) = try scalar(at: position)
            return "'\(text)' (U+\(hex4(value)))"
        }
        if b < 0x20 || b == 0x7F {
            return "U+\(hex4(UInt32(b)))"
        }
        return "'\(Character(Unicode.Scalar(b)))'"
    }

    private func isCurlyQuote(at position: Int) throws(JSONParseError) -> Bool {
        guard bytes[position] >= 0x80 else { return false }
        let value = try scalar(at: position).value
        return [0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E].contains(value)
    }

    private func word(at position: Int) -> String {
        var i = position
        while i < end, bytes[i].isWordByte { i += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<i]), as: UTF8.self)
    }

    // MARK: Values

    /// Parses the value at `pos`; the caller has skipped whitespace and
    /// checked that the file does not end here.
    private mutating func parseValue() throws(JSONParseError) -> JSONNode {
        let start = pos
        let startLine = line
        let startColumn = nodeColumn(at: start)
        let value: JSONValue
        switch bytes[start] {
        case .openBrace:
            value = try parseObject()
        case .openBracket:
            value = try parseArray()
        case .quote:
            value = .string(try parseString())
        case .minus, UInt8.digit0...UInt8.digit9:
            value = .number(try parseNumber())
        case let b where b.isWordByte:
            value = try parseWord()
        default:
            throw try unexpectedValueStart()
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    /// Why the byte at `pos` cannot start a value.
    private func unexpectedValueStart() throws(JSONParseError) -> JSONParseError {
        switch bytes[pos] {
        case .apostrophe:
            return failure("text must be in double quotes (\"), not single quotes (')", at: pos)
        case .slash:
            return failure("comments are not allowed in JSON", at: pos)
        case .plus:
            return failure("a number must not start with '+'", at: pos)
        case .dot:
            return failure("a number must start with a digit (write 0.5, not .5)", at: pos)
        default:
            if try isCurlyQuote(at: pos) {
                return failure("curly quotes are not allowed; use straight double quotes (\")", at: pos)
            }
            let found = try describe(at: pos)
            return failure("expected a value, found \(found)", at: pos)
        }
    }

    /// `true`, `false` or `null`, or a clear error for any other bare word.
    private mutating func parseWord() throws(JSONParseError) -> JSONValue {
        let start = pos
        let text = word(at: start)
        switch text {
        case "true": pos += 4; return .bool(true)
        case "false": pos += 5; return .bool(false)
        case "null": pos += 4; return .null
        default: break
        }
        switch text.lowercased() {
        case "true", "false", "null":
            throw failure("\(quoted(text)) must be written in lowercase: '\(text.lowercased())'", at: start)
        case "nan", "infinity", "inf":
            throw failure("\(quoted(text)) is not allowed in JSON: numbers must be finite", at: start)
        case "undefined", "none", "nil":
            throw failure("\(quoted(text)) is not a JSON value; use null", at: start)
        default:
            throw failure("unexpected word \(quoted(text)): text must be in double quotes", at: start)
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        let openLine = line
        try enterContainer()
        defer { depth -= 1 }
        pos += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if pos < end, bytes[pos] == .closeBracket {
            pos += 1
            return .array(elements)
        }
        while true {
            guard pos < end else { throw endOfFileInside("array", openedOn: openLine) }
            elements.append(try parseValue())
            skipWhitespace()
            guard pos < end else { throw endOfFileInside("array", openedOn: openLine) }
            switch bytes[pos] {
            case .closeBracket:
                pos += 1
                return .array(elements)
            case .comma:
                let comma = (pos: pos, line: line, lineStart: lineStart)
                pos += 1
                skipWhitespace()
                if pos < end, bytes[pos] == .closeBracket {
                    throw JSONParseError(
                        message: "trailing comma before ']'", line: comma.line,
                        column: column(of: comma.pos, lineStart: comma.lineStart))
                }
            default:
                let found = try describe(at: pos)
                throw failure("expected ',' or ']' after array element, found \(found)", at: pos)
            }
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        let openLine = line
        try enterContainer()
        defer { depth -= 1 }
        pos += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if pos < end, bytes[pos] == .closeBrace {
            pos += 1
            return .object(members)
        }
        while true {
            guard pos < end else { throw endOfFileInside("object", openedOn: openLine) }
            guard bytes[pos] == .quote else { throw try unexpectedKeyStart() }
            let keyLine = line
            let key = try parseString()
            skipWhitespace()
            guard pos < end else { throw endOfFileInside("object", openedOn: openLine) }
            guard bytes[pos] == .colon else {
                let found = try describe(at: pos)
                throw failure("expected ':' after object key \(quoted(key)), found \(found)", at: pos)
            }
            pos += 1
            skipWhitespace()
            guard pos < end else { throw endOfFileInside("object", openedOn: openLine) }
            let node = try parseValue()
            members.append(JSONMember(key: key, line: keyLine, node: node))
            skipWhitespace()
            guard pos < end else { throw endOfFileInside("object", openedOn: openLine) }
            switch bytes[pos] {
            case .closeBrace:
                pos += 1
                return .object(members)
            case .comma:
                let comma = (pos: pos, line: line, lineStart: lineStart)
                pos += 1
                skipWhitespace()
                if pos < end, bytes[pos] == .closeBrace {
                    throw JSONParseError(
                        message: "trailing comma before '}'", line: comma.line,
                        column: column(of: comma.pos, lineStart: comma.lineStart))
                }
            case .quote:
                throw failure("expected ',' or '}' after object member, found '\"' (missing comma?)", at: pos)
            default:
                let found = try describe(at: pos)
                throw failure("expected ',' or '}' after object member, found \(found)", at: pos)
            }
        }
    }

    /// Why the byte at `pos` cannot start an object key.
    private func unexpectedKeyStart() throws(JSONParseError) -> JSONParseError {
        let b = bytes[pos]
        if b == .apostrophe {
            return failure("object keys must be in double quotes (\"), not single quotes (')", at: pos)
        }
        if b == .slash {
            return failure("comments are not allowed in JSON", at: pos)
        }
        if b.isWordByte {
            return failure("object key \(quoted(word(at: pos))) must be in double quotes", at: pos)
        }
        if try isCurlyQuote(at: pos) {
            return failure("curly quotes are not allowed; use straight double quotes (\")", at: pos)
        }
        let found = try describe(at: pos)
        return failure("expected an object key in double quotes, found \(found)", at: pos)
    }

    private mutating func enterContainer() throws(JSONParseError) {
        guard depth < JSONParser.maximumDepth else {
            throw failure(
                "nesting too deep: more than \(JSONParser.maximumDepth) levels of arrays and objects", at: pos)
        }
        depth += 1
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = pos
        let negative = bytes[pos] == .minus
        if negative {
            pos += 1
            if pos < end, bytes[pos].isWordByte, !bytes[pos].isDigit {
                let text = word(at: pos)
                if text.lowercased() == "infinity" || text.lowercased() == "inf" {
                    throw failure("'-\(text)' is not allowed in JSON: numbers must be finite", at: start)
                }
            }
            try expectDigit("after '-'")
        }
        let integerStart = pos
        if bytes[pos] == .digit0 {
            pos += 1
            if pos < end, bytes[pos].isDigit {
                throw failure("numbers must not have leading zeros", at: integerStart)
            }
        } else {
            while pos < end, bytes[pos].isDigit { pos += 1 }
        }
        let integerDigits = pos - integerStart
        var isInteger = true
        if pos < end, bytes[pos] == .dot {
            isInteger = false
            pos += 1
            try expectDigit("after the decimal point")
            while pos < end, bytes[pos].isDigit { pos += 1 }
        }
        if pos < end, bytes[pos] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            pos += 1
            if pos < end, bytes[pos] == .plus || bytes[pos] == .minus { pos += 1 }
            try expectDigit("in the exponent")
            while pos < end, bytes[pos].isDigit { pos += 1 }
        }
        if isInteger, integerDigits <= 15 {
            // Exact in a Double: no need for the general conversion.
            var value = 0
            for i in integerStart..<pos { value = value * 10 + Int(bytes[i] &- .digit0) }
            return negative ? -Double(value) : Double(value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("number out of range", at: start)
        }
        return value
    }

    private func expectDigit(_ where: String) throws(JSONParseError) {
        guard pos < end else {
            throw failure("unexpected end of file: expected a digit \(`where`)", at: pos)
        }
        guard bytes[pos].isDigit else {
            let found = try describe(at: pos)
            throw failure("expected a digit \(`where`), found \(found)", at: pos)
        }
    }

    // MARK: Strings

    /// Parses the string whose opening quote is at `pos`. Runs without
    /// escapes are copied in one piece; the scratch buffer is only used
    /// once an escape is seen.
    private mutating func parseString() throws(JSONParseError) -> String {
        let quote = pos
        pos += 1
        var runStart = pos
        var escaped = false
        while true {
            guard pos < end else { throw failure("unterminated string", at: quote) }
            let b = bytes[pos]
            if b == .quote {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<pos])
                pos += 1
                if !escaped { return String(decoding: run, as: UTF8.self) }
                scratch.append(contentsOf: run)
                return String(decoding: scratch, as: UTF8.self)
            } else if b == .backslash {
                if !escaped {
                    scratch.removeAll(keepingCapacity: true)
                    escaped = true
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                try parseEscape(stringStart: quote)
                runStart = pos
            } else if b < 0x20 {
                throw controlCharacterInString(b, stringStart: quote)
            } else if b < 0x80 {
                pos += 1
            } else {
                pos += try utf8Length(at: pos)
            }
        }
    }

    private func controlCharacterInString(_ b: UInt8, stringStart quote: Int) -> JSONParseError {
        switch b {
        case .lineFeed, .carriageReturn:
            return failure(
                "unterminated string: a string cannot contain a line break (write \\n for a new line)", at: quote)
        case .tab:
            return failure("tab character in string (write \\t instead)", at: pos)
        default:
            let code = hex4(UInt32(b))
            return failure("control character U+\(code) in string (write \\u\(code) instead)", at: pos)
        }
    }

    /// Parses the escape whose backslash is at `pos` into `scratch`.
    private mutating func parseEscape(stringStart quote: Int) throws(JSONParseError) {
        let backslash = pos
        guard pos + 1 < end else { throw failure("unterminated string", at: quote) }
        let replacement: UInt8
        switch bytes[pos + 1] {
        case .quote: replacement = .quote
        case .backslash: replacement = .backslash
        case .slash: replacement = .slash
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = .lineFeed
        case UInt8(ascii: "r"): replacement = .carriageReturn
        case UInt8(ascii: "t"): replacement = .tab
        case UInt8(ascii: "u"):
            try parseUnicodeEscape(stringStart: quote)
            return
        case let c where c >= 0x21 && c < 0x7F:
            throw failure("invalid escape '\\\(Character(Unicode.Scalar(c)))' in string", at: backslash)
        default:
            let found = try describe(at: pos + 1)
            throw failure("invalid escape in string: '\\' followed by \(found)", at: backslash)
        }
        scratch.append(replacement)
        pos += 2
    }

    /// The value of the four hex digits at `position`, if they are there.
    private func hexQuad(at position: Int) -> UInt32? {
        guard position + 4 <= end else { return nil }
        var value: UInt32 = 0
        for i in position..<position + 4 {
            guard let digit = bytes[i].hexValue else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `pos`.
    private mutating func parseUnicodeEscape(stringStart quote: Int) throws(JSONParseError) {
        let backslash = pos
        for i in pos + 2..<pos + 6 {
            guard i < end else { throw failure("unterminated string", at: quote) }
            guard bytes[i].hexValue != nil else {
                throw failure("invalid \\u escape in string: expected 4 hex digits", at: backslash)
            }
        }
        guard let unit = hexQuad(at: pos + 2) else {
            throw failure("invalid \\u escape in string: expected 4 hex digits", at: backslash)
        }
        pos += 6
        var units = [UInt16(unit)]
        switch unit {
        case 0xD800...0xDBFF:
            guard pos + 1 < end, bytes[pos] == .backslash, bytes[pos + 1] == UInt8(ascii: "u"),
                  let low = hexQuad(at: pos + 2), (0xDC00...0xDFFF).contains(low)
            else {
                throw failure("unpaired surrogate \\u\(hex4(unit)) in string", at: backslash)
            }
            units.append(UInt16(low))
            pos += 6
        case 0xDC00...0xDFFF:
            throw failure("unpaired surrogate \\u\(hex4(unit)) in string", at: backslash)
        default:
            break
        }
        // The standard library joins the pair and writes the UTF-8.
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { scratch.append($0) }
    }
}
