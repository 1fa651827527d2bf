/// A JSON value read from a content file, as `JSONParser` produces it.
///
/// Every value inside an array or object is a `JSONNode`, so that the
/// content validator can say where a problem is (`path:line: message`).
/// Numbers are `Double`s, as in JavaScript; use `JSONNode.int` for counts.
public indirect enum JSONValue: Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSONNode]), object([JSONMember])
}

/// A value and the 1-based line and column where it starts.
///
/// The column counts Unicode scalars from the start of the line (a tab
/// counts as one), so it matches what an editor shows for text in any
/// script; a UTF-8 byte order mark at the start of the file is not counted.
public struct JSONNode: Equatable, Sendable {
    public let value: JSONValue
    public let line: Int
    public let column: Int
}

/// One `"key": value` member of an object. Members keep their source order
/// and duplicate keys are kept, so that the validator can report them.
public struct JSONMember: Equatable, Sendable {
    public let key: String
    /// The line of the key.
    public let line: Int
    public let node: JSONNode
}

/// Why a file is not valid JSON, with the 1-based line and column of the
/// offending byte. The message is written for content editors, not for
/// programmers: "expected ',' or '}' after object member, found '\"'".
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int

    /// `line:column: message`, so that `"\(path):\(error)"` reads like a
    /// compiler diagnostic.
    public var description: String { "\(line):\(column): \(message)" }
}

extension JSONNode {
    /// The first member with that key; nil if there is none or this is not an object.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.node
    }

    public var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    public var number: Double? {
        if case .number(let d) = value { return d }
        return nil
    }

    /// The number as an `Int`, only when it is integral and fits (`2.0` yes, `2.5` no).
    public var int: Int? {
        if case .number(let d) = value { return Int(exactly: d) }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    public var array: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// What kind of value this is, in words for messages:
    /// "object", "array", "string", "number", "true/false" or "null".
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
