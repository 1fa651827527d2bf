import Foundation

/// One page of a `GET /statements` answer, read leniently: an LRS may hold
/// statements from other tools in other shapes, and one odd statement must
/// not hide the rest. Only what Signaal asks about is read.
public struct LRSStatementPage: Decodable, Sendable {
    public struct Statement: Decodable, Equatable, Sendable {
        public struct Agent: Decodable, Equatable, Sendable {
            public var name: String?
            public var account: XAPIAccount?
        }
        public struct Verb: Decodable, Equatable, Sendable { public var id: String? }
        public struct Object: Decodable, Equatable, Sendable { public var id: String? }
        public struct Result: Decodable, Equatable, Sendable {
            public var success: Bool?
            public var extensions: [String: XAPIExtensionValue]?
        }
        public var id: String?
        public var actor: Agent?
        public var verb: Verb?
        public var object: Object?
        public var result: Result?
        public var timestamp: String?
    }

    /// Statements that could be read; others are skipped.
    public var statements: [Statement]
    /// Where the next page is (a path on the LRS's host), if there is one.
    public var more: String?

    private enum CodingKeys: String, CodingKey { case statements, more }

    private struct Skippable: Decodable {
        let statement: Statement?
        init(from decoder: any Decoder) throws { statement = try? Statement(from: decoder) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statements = try container.decode([Skippable].self, forKey: .statements).compactMap(\.statement)
        let more = try container.decodeIfPresent(String.self, forKey: .more)
        self.more = more?.isEmpty == false ? more : nil
    }

    public static func parse(_ data: Data) -> LRSStatementPage? {
        try? JSONDecoder().decode(LRSStatementPage.self, from: data)
    }
}

/// What an LRS knows about a certificate code, from its `earned` statement.
public struct LRSCertificate: Equatable, Sendable {
    public let code: String
    public let kind: IssuedCertificate.Kind
    public let moduleID: String
    public let issued: Date?
    /// The learner's name (only when the organisation sends names) or the organisation's.
    public let recipient: String?
    public let scorePercent: Int?
    public let staffCompleted: Int?
    public let staffRostered: Int?

    /// The certificate in these statements, when one of them is an `earned`
    /// for this code's activity carrying the same code.
    public static func find(_ code: String, in statements: [LRSStatementPage.Statement]) -> LRSCertificate? {
        for statement in statements where statement.verb?.id == XAPIVocabulary.Verb.earned.id
            && statement.object?.id == XAPIVocabulary.certificate(code) {
            let extensions = statement.result?.extensions ?? [:]
            guard extensions[XAPIVocabulary.Extension.code]?.text == code,
                  let moduleID = extensions[XAPIVocabulary.Extension.module]?.text else { continue }
            let kind = IssuedCertificate.Kind(rawValue: extensions[XAPIVocabulary.Extension.kind]?.text ?? "") ?? .participant
            return LRSCertificate(code: code, kind: kind, moduleID: printable(moduleID), issued: statement.timestamp.flatMap(XAPIStatement.date),
                                  recipient: (extensions[XAPIVocabulary.Extension.recipient]?.text ?? statement.actor?.name).map(printable),
                                  scorePercent: extensions[XAPIVocabulary.Extension.scorePercent]?.number,
                                  staffCompleted: extensions[XAPIVocabulary.Extension.staffCompleted]?.number,
                                  staffRostered: extensions[XAPIVocabulary.Extension.staffRostered]?.number)
        }
        return nil
    }

    /// Text from the LRS as it may reach a terminal: without control and
    /// format characters (escape sequences, bidirectional overrides), at
    /// most 200 characters. Anyone who can write to the LRS wrote it.
    static func printable(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { !SafeText.isUnsafe($0) }
        return String(String.UnicodeScalarView(kept).prefix(200))
    }
}
