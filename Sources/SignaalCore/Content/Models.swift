import Foundation

/// The content model: plain values, read from `Content/` by `ContentLoader`.

public enum Strength: String, CaseIterable, Sendable, Comparable {
    case strong, medium, weak

    /// Strongest first.
    public var rank: Int {
        switch self {
        case .strong: return 0
        case .medium: return 1
        case .weak: return 2
        }
    }

    public static func < (a: Strength, b: Strength) -> Bool { a.rank > b.rank }
}

/// The form of exploitation a checklist is about; referral depends on it.
public enum ExploitationForm: String, CaseIterable, Sendable {
    case criminal, sexual, labour
}

public struct Source: Equatable, Sendable {
    public let id: String
    public let title: String
    public let publisher: String
    public let year: Int?
    public let url: String
}

public struct SignalGroup: Equatable, Sendable {
    public let id: String
    public let title: LocalizedText
}

/// What a signal is a sign of. The scoring rules combine kinds (after the
/// ILO/EC indicators): for an adult, serious concern needs a sign of control
/// or deception, and vulnerability is context that never raises the level
/// on its own.
public enum SignalKind: String, CaseIterable, Sendable {
    /// Control, coercion, threats, violence, restriction, documents held,
    /// debt bondage, being watched or directed by someone.
    case control
    /// Recruitment, grooming, deception, being approached or lured.
    case recruitment
    /// Money, goods, pay, debts owed to others.
    case money
    /// Behaviour, health, school or work changes, going missing.
    case behaviour
    /// Places, bookings, circumstances observed around the person.
    case context
    /// What makes someone more vulnerable; not a sign of exploitation.
    case vulnerability
}

public struct Signal: Equatable, Sendable {
    public let id: String
    public let group: String
    public let strength: Strength
    public let kind: SignalKind
    /// The signal describes a minor being exploited now: with a minor (or an
    /// unknown age) the referral puts "call 112" first.
    public let urgentForMinor: Bool
    public let text: LocalizedText
    public let why: LocalizedText
    public let sources: [String]

    public init(id: String, group: String, strength: Strength, kind: SignalKind, urgentForMinor: Bool = false,
                text: LocalizedText, why: LocalizedText, sources: [String]) {
        self.id = id
        self.group = group
        self.strength = strength
        self.kind = kind
        self.urgentForMinor = urgentForMinor
        self.text = text
        self.why = why
        self.sources = sources
    }
}

public struct Checklist: Equatable, Sendable {
    public let id: String
    public let form: ExploitationForm
    public let languages: [String]
    public let title: LocalizedText
    public let intro: LocalizedText
    public let groups: [SignalGroup]
    public let signals: [Signal]
    /// Context questions of this checklist only, asked after the shared two
    /// (minor; acute danger). Each is answered yes or no.
    public var questions: [ContextQuestion] = []
    /// Texts shown on the result when their condition holds.
    public var notes: [ChecklistNote] = []

    public func signal(_ id: String) -> Signal? { signals.first { $0.id == id } }
    public func question(_ id: String) -> ContextQuestion? { questions.first { $0.id == id } }
    public func group(_ id: String) -> SignalGroup? { groups.first { $0.id == id } }
    public func signals(in group: String) -> [Signal] { signals.filter { $0.group == group } }
}

public struct Contact: Equatable, Sendable {
    public let id: String
    public let name: LocalizedText
    public let phone: String
    public let url: String
    public let hours: LocalizedText?
    public let purpose: LocalizedText
    public let sources: [String]
}

/// When a referral step applies. Absent fields match anything.
public struct ReferralCondition: Equatable, Sendable {
    public var minLevel: String?
    public var maxLevel: String?
    public var forms: [ExploitationForm]?
    public var age: AgeGroup?
    public var roles: [String]?
    public var acute: Bool?
    /// true: matches when a checked signal is marked `urgentForMinor` and the
    /// person is a minor or of unknown age.
    public var urgentForMinor: Bool?
    /// Matches when every one of these context questions is answered yes.
    public var answers: [String]?
    /// Matches when at least one of these signals is checked.
    public var signals: [String]?
}

public struct ReferralStep: Equatable, Sendable {
    public let id: String
    public let order: Int
    public let text: LocalizedText
    /// Where the step sits in a procedure ("reporting code, step 2"), shown
    /// as a label after the text rather than as a second number.
    public let label: LocalizedText?
    public let detail: LocalizedText?
    public let questions: [LocalizedText]
    public let contacts: [String]
    public let sources: [String]
    public let when: [ReferralCondition]
}

/// A person's age as the professional knows it. Unknown counts as a minor
/// (the presumption of minority, EU Directive 2011/36/EU art. 13(2)).
public enum AgeGroup: String, CaseIterable, Sendable {
    case minor, adult, unknown

    public var countsAsMinor: Bool { self != .adult }
}

public struct RiskLevel: Equatable, Sendable {
    public let id: String
    public let rank: Int
    public let label: LocalizedText
    public let meaning: LocalizedText
}

/// A combination rule in the ILO style: at least so many signals of a
/// strength (or stronger), in at least so many groups, raise the level.
public struct CombinationRule: Equatable, Sendable {
    public let level: String
    public let strong: Int
    public let mediumOrStronger: Int
    public let any: Int
    public let groups: Int
    public let minorOnly: Bool
    public let label: LocalizedText
}

/// A level that needs a kind of signal (after the ILO/EC rule): for an
/// adult, serious concern needs a sign of control, coercion or deception.
/// Without one, the level stays just below `level`. Acute danger is exempt.
public struct KindRequirement: Equatable, Sendable {
    public let level: String
    /// `adult` or `minor` (an unknown age counts as a minor); nil: everyone.
    public let age: AgeGroup?
    public let kinds: [SignalKind]
    public let label: LocalizedText

    public func applies(to age: AgeGroup) -> Bool {
        guard let required = self.age else { return true }
        return (required == .adult) == !age.countsAsMinor
    }
}

public struct ScoringModel: Equatable, Sendable {
    public let weights: [Strength: Int]
    /// Most points one group can add: many signals of one kind count less
    /// than the same number spread over different groups.
    public let groupCap: Int
    /// Points for each further group with a medium or strong signal.
    public let breadthBonus: Int
    public let levels: [RiskLevel]
    /// Score from which a level applies, by level id.
    public let scoreThresholds: [String: Int]
    public let combinations: [CombinationRule]
    /// Kinds that are context only (vulnerability): they never count in a
    /// combination, and add their weight only next to a signal of another kind.
    public let contextOnlyKinds: Set<SignalKind>
    public let requirements: [KindRequirement]
    /// The level that acute danger always gives.
    public let acuteLevel: String
    public let sources: [String]

    public func level(_ id: String) -> RiskLevel? { levels.first { $0.id == id } }
    public var lowest: RiskLevel? { levels.min { $0.rank < $1.rank } }
}

public struct Activity: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case checklist, training, classroom, organisation, verify, card
    }
    public let id: String
    public let kind: Kind
    /// The checklist or module it opens, if any.
    public let ref: String?
    public let label: LocalizedText
    public let description: LocalizedText
    /// Announced but not in this version yet: shown, not selectable.
    public let coming: Bool
}

public struct Role: Equatable, Sendable {
    public let id: String
    public let label: LocalizedText
    public let description: LocalizedText
    public let activities: [Activity]
}

/// The interface's own words, by key.
public struct InterfaceStrings: Sendable {
    public let values: [String: LocalizedText]

    public init(_ values: [String: LocalizedText]) { self.values = values }

    /// The string for `key`, with `{name}` placeholders filled in. A missing
    /// key shows as the key itself, never as a crash or a blank.
    ///
    /// Values often come from a file or a person (a name, a header cell), so
    /// they are made safe for output (`SafeText`), and filled in one pass: a
    /// value that holds `{code}` stays as it is.
    public func callAsFunction(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let text = values[key]?(language) ?? key
        guard !arguments.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = arguments[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += SafeText.escaped(value)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// When an organisation earns its certificate.
public struct CertificationRules: Equatable, Sendable {
    /// Percent of the rostered staff who must have completed the training.
    public let organisationThreshold: Int
    /// The module whose completions count.
    public let organisationModule: String
    public let explanation: LocalizedText
}
