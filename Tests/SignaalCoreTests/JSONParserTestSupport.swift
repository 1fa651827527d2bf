import Foundation
import Testing
@testable import SignaalCore

// Helpers for the JSON parser tests.

func parse(_ text: String) throws(JSONParseError) -> JSONNode {
    try JSONParser.parse(Data(text.utf8))
}

func parseError(_ bytes: [UInt8]) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(Data(bytes))
        return nil
    } catch {
        return error
    }
}

func parseError(_ text: String) -> JSONParseError? {
    parseError(Array(text.utf8))
}


/// Whether our tree holds the same values as what JSONSerialization made.
func sameValues(_ node: JSONNode, _ any: Any) -> Bool {
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
func checkErrorIsSane(_ error: JSONParseError, input: [UInt8]) {
    let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    #expect(!error.message.isEmpty)
    #expect(error.line >= 1 && error.line <= lines)
    #expect(error.column >= 1 && error.column <= input.count + 1)
}
