import Foundation

/// An xAPI 1.0.3 statement as Signaal sends it: who (a pseudonymous
/// account), did what (a verb), to what (an activity), with what result,
/// when, under a UUID chosen once (so a resend is idempotent). Encoded
/// with sorted keys, so the same statement is always the same bytes.
public struct XAPIStatement: Codable, Equatable, Sendable {
    public var id: String
    public var actor: XAPIAgent
    public var verb: XAPIVerb
    public var object: XAPIActivity
    public var result: XAPIResult?
    public var context: XAPIContext?
    /// ISO 8601 in UTC, whole seconds.
    public var timestamp: String
    public var version = "1.0.3"
}

public struct XAPIAgent: Codable, Equatable, Sendable {
    public var objectType = "Agent"
    /// The learner's name: only when the organisation chose to send names.
    public var name: String?
    public var account: XAPIAccount?

    public init(name: String? = nil, account: XAPIAccount?) {
        self.name = name
        self.account = account
    }
}

public struct XAPIAccount: Codable, Equatable, Sendable {
    public var homePage: String
    public var name: String
}

public struct XAPIVerb: Codable, Equatable, Sendable {
    public var id: String
    public var display: [String: String]
}

public struct XAPIActivity: Codable, Equatable, Sendable {
    public var objectType = "Activity"
    public var id: String
    public var definition: XAPIDefinition?

    public init(id: String, definition: XAPIDefinition?) {
        self.id = id
        self.definition = definition
    }
}

public struct XAPIDefinition: Codable, Equatable, Sendable {
    /// Language code (`nl`, `en`, …) → text.
    public var name: [String: String]
    public var type: String
}

public struct XAPIResult: Codable, Equatable, Sendable {
    public var score: XAPIScore?
    public var success: Bool?
    public var completion: Bool?
    public var response: String?
    /// IRI → value; Signaal puts only strings and whole numbers here.
    public var extensions: [String: XAPIExtensionValue]?
}

public struct XAPIScore: Codable, Equatable, Sendable {
    /// -1…1; Signaal's scores are 0…1.
    public var scaled: Double
    public var raw: Double
    public var min: Double
    public var max: Double
}

/// A string or a whole number in `result.extensions`.
public enum XAPIExtensionValue: Codable, Equatable, Sendable {
    case text(String)
    case number(Int)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        }
    }

    public var text: String? { if case .text(let text) = self { return text } else { return nil } }
    public var number: Int? { if case .number(let number) = self { return number } else { return nil } }
}

public struct XAPIContext: Codable, Equatable, Sendable {
    public var platform = "Signaal"
    /// The language the learner saw (RFC 5646 code).
    public var language: String?
    public var contextActivities: XAPIContextActivities?
}

public struct XAPIContextActivities: Codable, Equatable, Sendable {
    public var parent: [XAPIActivity]?
}

extension XAPIStatement {
    /// The statement as JSON bytes, keys sorted, no whitespace.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// "2026-03-01T09:30:00Z".
    public static func timestamp(_ date: Date) -> String {
        DateText.internet(date)
    }

    public static func date(_ timestamp: String) -> Date? {
        DateText.internet(timestamp)
    }
}
