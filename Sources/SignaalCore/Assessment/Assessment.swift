/// What the professional filled in: the signals they observed and the context.
public struct AssessmentInput: Equatable, Sendable {
    public var checked: Set<String>
    public var age: AgeGroup
    public var acute: Bool

    public init(checked: Set<String> = [], age: AgeGroup = .unknown, acute: Bool = false) {
        self.checked = checked
        self.age = age
        self.acute = acute
    }
}

/// Why the result is what it is, in order of weight. Turned into words by
/// `ReasonText`; kept as data so tests and JSON output can read it.
public enum Reason: Equatable, Sendable {
    /// Acute danger was reported: always the highest level.
    case acuteDanger
    /// The combination rule that set the level (the first one met at that level).
    case combination(CombinationRule)
    /// The score reached the level's threshold.
    case scoreThreshold(level: String, threshold: Int)
    /// The level stays below the requirement's level: no signal of its kinds.
    case requirementNotMet(KindRequirement)
    /// The counts of the signals that weigh (context-only kinds left out).
    case counts(strong: Int, medium: Int, weak: Int, groups: Int)
    /// Context-only signals (vulnerability) were ticked; `alone` when no other
    /// signal was, so they gave no weight.
    case contextOnly(count: Int, alone: Bool)
    /// Unknown age: assessed as for a minor.
    case ageUnknownTreatedAsMinor
    /// Nothing checked.
    case noSignals
}

public struct AssessmentResult: Equatable, Sendable {
    public let level: RiskLevel
    /// 0–100; the weight of the observed signals, not a probability.
    public let score: Int
    /// Every checked signal, strongest first (then in checklist order).
    public let contributing: [Signal]
    public let reasons: [Reason]
    public let input: AssessmentInput
}
