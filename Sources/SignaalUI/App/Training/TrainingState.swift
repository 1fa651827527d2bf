import SignaalCore

/// A module being done, by a learner or by a class.
public struct TrainingState: Equatable, Sendable {
    public var runner: ModuleRunner
    /// Nil in class mode: a class stores no names and nothing at all.
    public var learnerID: String?
    public var classMode: Bool
    public var optionCursor = 0
    public var chosen: Set<Int> = []
    /// After a chat reply: its feedback is shown until the learner goes on.
    public var showingReplyFeedback = false
    /// How many lines of the chat transcript are shown; the rest are "typing…".
    public var revealed = 0
    /// Class mode: facilitator notes and discussion questions shown.
    public var showFacilitator = false
    public var scroll = ScrollState()
    /// The language of the module's own text, when the learner chose one
    /// the interface does not speak (hotel staff: Polish, Romanian, Spanish).
    public var textLanguage: Language?

    /// The language the module's text is shown in.
    public func language(_ state: AppState) -> Language {
        textLanguage ?? state.language
    }

    /// The next of the module's languages, for the `t` key.
    public mutating func cycleTextLanguage(from current: Language) {
        let codes = runner.module.languages
        guard codes.count > 1 else { return }
        let index = codes.firstIndex(of: current.code) ?? 0
        textLanguage = Language(codes[(index + 1) % codes.count])
    }

    public init(runner: ModuleRunner, learnerID: String?, classMode: Bool) {
        self.runner = runner
        self.learnerID = learnerID
        self.classMode = classMode
        revealed = runner.transcript.count
    }

    /// Lines still to appear in the chat.
    public var pendingLines: Int { max(0, runner.transcript.count - revealed) }
}

extension ModuleRunner: Equatable {
    public static func == (a: ModuleRunner, b: ModuleRunner) -> Bool {
        a.module.id == b.module.id && a.progress == b.progress && a.order == b.order
    }
}
