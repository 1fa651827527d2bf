/// What a checklist adds to the shared context questions and to the result.

/// A yes/no question a checklist adds to the context questions.
public struct ContextQuestion: Equatable, Sendable {
    public let id: String
    public let text: LocalizedText
    public let help: LocalizedText
    public let sources: [String]
}

/// A text for the result, such as an age rule: shown when every question in
/// `answers` is answered yes and, if `signals` is not empty, one of them is
/// checked. The app gives no legal advice beyond such a note.
public struct ChecklistNote: Equatable, Sendable {
    public let id: String
    public let text: LocalizedText
    public let sources: [String]
    public let answers: [String]
    public let signals: [String]

    public func applies(to input: AssessmentInput) -> Bool {
        answers.allSatisfy(input.answers.contains) && (signals.isEmpty || signals.contains(where: input.checked.contains))
    }
}

public extension Checklist {
    /// The notes whose condition holds for this input, in content order.
    func notes(for input: AssessmentInput) -> [ChecklistNote] { notes.filter { $0.applies(to: input) } }
}
