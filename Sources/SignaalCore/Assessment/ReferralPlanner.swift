/// Chooses the referral steps for a result: every step with a rule that
/// matches, in the content's order.
public struct ReferralPlanner: Sendable {
    public let steps: [ReferralStep]
    public let model: ScoringModel

    public init(steps: [ReferralStep], model: ScoringModel) {
        self.steps = steps
        self.model = model
    }

    public struct Situation: Equatable, Sendable {
        public var level: RiskLevel
        public var form: ExploitationForm
        public var age: AgeGroup
        public var role: String
        public var acute: Bool
        /// A checked signal is marked `urgentForMinor`.
        public var urgentSignal: Bool
        /// The checklist's own context questions answered yes.
        public var answers: Set<String>
        /// The checked signals.
        public var checked: Set<String>

        public init(level: RiskLevel, form: ExploitationForm, age: AgeGroup, role: String, acute: Bool,
                    urgentSignal: Bool = false, answers: Set<String> = [], checked: Set<String> = []) {
            self.level = level
            self.form = form
            self.age = age
            self.role = role
            self.acute = acute
            self.urgentSignal = urgentSignal
            self.answers = answers
            self.checked = checked
        }

        /// The situation of an assessed checklist, as every screen and
        /// command plans it.
        public init(result: AssessmentResult, form: ExploitationForm, role: String) {
            self.init(level: result.level, form: form, age: result.input.age, role: role, acute: result.input.acute,
                      urgentSignal: result.contributing.contains { $0.urgentForMinor },
                      answers: result.input.answers, checked: result.input.checked)
        }
    }

    public func plan(for situation: Situation) -> [ReferralStep] {
        steps.filter { step in step.when.contains { matches($0, situation) } }
            .sorted { $0.order != $1.order ? $0.order < $1.order : $0.id < $1.id }
    }

    func matches(_ rule: ReferralCondition, _ s: Situation) -> Bool {
        if let id = rule.minLevel, let min = model.level(id), s.level.rank < min.rank { return false }
        if let id = rule.maxLevel, let max = model.level(id), s.level.rank > max.rank { return false }
        if let forms = rule.forms, !forms.contains(s.form) { return false }
        if let age = rule.age, (age == .minor) != s.age.countsAsMinor { return false }
        if let roles = rule.roles, !roles.contains(s.role) { return false }
        if let acute = rule.acute, acute != s.acute { return false }
        if rule.urgentForMinor == true, !(s.urgentSignal && s.age.countsAsMinor) { return false }
        if let answers = rule.answers, !answers.allSatisfy(s.answers.contains) { return false }
        if let signals = rule.signals, !signals.contains(where: s.checked.contains) { return false }
        return true
    }
}
