/// A worked advice case from `Content/cases/*.json`: a filled-in checklist
/// and what the advice for it must be. The cases are tests written as data:
/// `swift test` runs each through the real scorer and referral planner, and
/// `signaal validate` checks that every id a case names exists.
public struct AdviceCase: Equatable, Sendable {
    public let id: String
    /// Why the case is right, in a sentence, for whoever reads a failure.
    public let note: String
    public let checklist: String
    public let role: String
    public let age: AgeGroup
    public let acute: Bool
    public let signals: [String]
    /// Answers to a checklist's extra context questions, by question id.
    public let answers: [String: Bool]
    /// The lowest and highest level the result may have (level ids).
    public let minLevel: String?
    public let maxLevel: String?
    /// The step that must come first.
    public let firstStep: String?
    /// Steps that must all be there, in this relative order.
    public let includeInOrder: [String]
    /// Steps that must not be there.
    public let exclude: [String]
    /// Where the case is written, as `path:line`.
    public let location: String

    public init(id: String, note: String, checklist: String, role: String, age: AgeGroup, acute: Bool = false,
                signals: [String], answers: [String: Bool] = [:], minLevel: String? = nil, maxLevel: String? = nil,
                firstStep: String? = nil, includeInOrder: [String] = [], exclude: [String] = [], location: String = "") {
        self.id = id
        self.note = note
        self.checklist = checklist
        self.role = role
        self.age = age
        self.acute = acute
        self.signals = signals
        self.answers = answers
        self.minLevel = minLevel
        self.maxLevel = maxLevel
        self.firstStep = firstStep
        self.includeInOrder = includeInOrder
        self.exclude = exclude
        self.location = location
    }
}

/// What the app advises for a case, and where that differs from the case.
public struct AdviceCaseOutcome: Sendable {
    public let result: AssessmentResult
    public let steps: [ReferralStep]
    /// One sentence per expectation that does not hold; empty when the case holds.
    public let failures: [String]
}

public extension AdviceCase {
    /// Scores the case and plans its referral exactly as the app does, then
    /// compares both with the expectations.
    func run(in content: ContentBundle) -> AdviceCaseOutcome? {
        guard let checklist = content.checklist(checklist) else { return nil }
        let input = AssessmentInput(checked: Set(signals), age: age, acute: acute, answers: Set(answers.filter(\.value).keys))
        let result = RiskScorer(model: content.scoring, checklist: checklist).assess(input)
        let situation = ReferralPlanner.Situation(result: result, form: checklist.form, role: role)
        let steps = ReferralPlanner(steps: content.steps, model: content.scoring).plan(for: situation)
        return AdviceCaseOutcome(result: result, steps: steps, failures: failures(result: result, steps: steps.map(\.id), model: content.scoring))
    }

    func failures(result: AssessmentResult, steps: [String], model: ScoringModel) -> [String] {
        var failures: [String] = []
        if let min = minLevel.flatMap(model.level), result.level.rank < min.rank {
            failures.append("level is \(result.level.id), expected at least \(min.id)")
        }
        if let max = maxLevel.flatMap(model.level), result.level.rank > max.rank {
            failures.append("level is \(result.level.id), expected at most \(max.id)")
        }
        if let firstStep, steps.first != firstStep {
            failures.append("first step is \(steps.first ?? "(none)"), expected \(firstStep)")
        }
        let missing = includeInOrder.filter { !steps.contains($0) }
        if !missing.isEmpty {
            failures.append("missing step(s) \(missing.joined(separator: ", "))")
        } else {
            let positions = includeInOrder.compactMap { steps.firstIndex(of: $0) }
            if positions != positions.sorted() {
                failures.append("steps \(includeInOrder.joined(separator: ", ")) are not in this order")
            }
        }
        let unwanted = exclude.filter { steps.contains($0) }
        if !unwanted.isEmpty {
            failures.append("step(s) \(unwanted.joined(separator: ", ")) should not be shown")
        }
        return failures
    }
}
