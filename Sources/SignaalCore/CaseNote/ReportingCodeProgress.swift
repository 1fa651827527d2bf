/// How far the professional has worked through the meldcode: per step a
/// tick, a date and a one-line note, and the answers to the afwegingskader.
/// It lives in memory only and goes into a case note when the user saves
/// one; Signaal never writes it anywhere else.
public struct ReportingCodeProgress: Equatable, Sendable {
    public struct Step: Equatable, Sendable {
        public var done = false
        /// YYYY-MM-DD, checked by `NoteText.date`; empty when not given.
        public var date = ""
        /// One line, cleaned by `NoteText.clean`; no names.
        public var note = ""

        public init(done: Bool = false, date: String = "", note: String = "") {
            self.done = done
            self.date = date
            self.note = note
        }

        public var isEmpty: Bool { !done && date.isEmpty && note.isEmpty }
    }

    /// One per meldcode step, in order.
    public var steps: [Step]
    /// One per afwegingskader question; nil = not answered.
    public var answers: [Bool?]

    public init(stepCount: Int = 5, questionCount: Int = 5) {
        steps = Array(repeating: Step(), count: stepCount)
        answers = Array(repeating: nil, count: questionCount)
    }

    public init(for code: ReportingCode) {
        self.init(stepCount: code.steps.count, questionCount: code.questions.count)
    }

    /// Nothing ticked, dated, noted or answered.
    public var isEmpty: Bool {
        steps.allSatisfy(\.isEmpty) && answers.allSatisfy { $0 == nil }
    }
}
