/// The meldcode (reporting code for domestic violence and child abuse) as
/// data from `Content/meldcode.json`: its five steps, which are referral
/// steps from `referral/steps.json`, and the five questions of its
/// afwegingskader (weighing framework), each with the answer that decides.
public struct ReportingCode: Equatable, Sendable {
    /// What the framework's answers lead to.
    public enum Outcome: String, CaseIterable, Sendable {
        /// No suspicion: close the case and record it.
        case close
        /// Report to Veilig Thuis.
        case report
        /// Offer or organise help, and check whether it works.
        case help
    }

    public struct Question: Equatable, Sendable {
        public let id: String
        /// The meldcode step the question is answered at.
        public let step: String
        public let text: LocalizedText
        /// The answer (yes = true) that ends the weighing with `outcome`.
        public let decidingAnswer: Bool
        public let outcome: Outcome
        /// Why that answer leads there, in the framework's words.
        public let reason: LocalizedText
        public let sources: [String]
    }

    /// Which roles work with the meldcode (teachers, youth workers).
    public let roles: [String]
    /// The ids of the five referral steps, in order.
    public let steps: [String]
    public let questions: [Question]
    /// The outcome, and its reason, when no answer decided earlier.
    public let otherwise: Outcome
    public let otherwiseReason: LocalizedText
    public let outcomeLabels: [Outcome: LocalizedText]
    public let sources: [String]

    public func applies(to role: String?) -> Bool {
        role.map(roles.contains) ?? false
    }

    /// The indices of the questions answered at step `id`.
    public func questions(at id: String) -> [Int] {
        questions.indices.filter { questions[$0].step == id }
    }
}

/// Where the framework's answers lead.
public enum ReportingDecision: Equatable, Sendable {
    /// Not decided yet: this question (index) needs an answer first.
    case open(question: Int)
    /// Decided by the answer to `question` (index), or by all answers when nil.
    case decided(ReportingCode.Outcome, question: Int?)
}

extension ReportingCode {
    /// The decision for the answers given so far (index = question; nil =
    /// not answered). The questions are asked in order and the first
    /// answer that decides ends the weighing, as in the framework: later
    /// answers are then not needed.
    public func decision(_ answers: [Bool?]) -> ReportingDecision {
        for (index, question) in questions.enumerated() {
            guard let answer = answers.indices.contains(index) ? answers[index] : nil else {
                return .open(question: index)
            }
            if answer == question.decidingAnswer {
                return .decided(question.outcome, question: index)
            }
        }
        return .decided(otherwise, question: nil)
    }

    /// The reason a decision gives, in words; nil while it is open.
    public func reason(for decision: ReportingDecision) -> LocalizedText? {
        switch decision {
        case .open: return nil
        case .decided(_, let question?): return questions[question].reason
        case .decided(_, nil): return otherwiseReason
        }
    }
}
