import SignaalCore

/// A window over the screen that takes the keys until it is closed.
public enum Overlay: Equatable, Sendable {
    case help
    case signalInfo(String)
    case confirmQuit
}

/// A row of the context screen: the age question, the acute-danger
/// question, or one of the checklist's own questions (its index).
public enum ContextRow: Equatable, Sendable {
    case age
    case acute
    case own(Int)
}

/// One checklist being filled in. Nothing here is ever written to disk:
/// it is about a person, so it lives only as long as the app runs.
public struct ChecklistSession: Equatable, Sendable {
    public let checklist: Checklist
    public var input = AssessmentInput()
    /// Index into `checklist.signals`.
    public var cursor = 0
    /// The question chosen on the context screen.
    public var contextRow = ContextRow.age
    public var resultScroll = ScrollState()

    public init(checklist: Checklist) { self.checklist = checklist }

    public var hasWork: Bool { !input.checked.isEmpty || input.acute || input.age != .unknown || !input.answers.isEmpty }

    /// The context screen's rows, top to bottom.
    public var contextRows: [ContextRow] { [.age, .acute] + checklist.questions.indices.map(ContextRow.own) }

    /// Moves the context screen's choice up (-1) or down (+1), stopping at either end.
    public mutating func moveContextRow(by delta: Int) {
        let rows = contextRows
        let index = rows.firstIndex(of: contextRow) ?? 0
        contextRow = rows[min(rows.count - 1, max(0, index + delta))]
    }

    /// Answers yes or no (or switches, for nil) the checklist's own question
    /// chosen on the context screen.
    public mutating func answerOwnQuestion(_ yes: Bool? = nil) {
        guard case .own(let index) = contextRow, checklist.questions.indices.contains(index) else { return }
        let id = checklist.questions[index].id
        if yes ?? !input.answers.contains(id) { input.answers.insert(id) } else { input.answers.remove(id) }
    }
}

/// Everything the interface knows. `update` changes it, `view` draws it.
///
/// `current` is the screen on show with the state that is its alone (a
/// cursor, a scroll, a pick list), dropped when the user leaves it. The rest
/// outlives a screen: the app around the screens, the records as last read,
/// and the work in progress a user comes back to (the checklist, the case
/// work, the learner and their module).
public struct AppState: Sendable {
    public let content: ContentBundle
    public var language: Language
    /// The clock, the working folder, whether records are kept (see `AppEnvironment`).
    public let environment: AppEnvironment
    /// The last size the terminal reported; scrolling is clamped to it.
    public var size = Size(width: 80, height: 24)
    public var overlay: Overlay?
    public var helpScroll = ScrollState()
    /// A one-line message under the body (translated key and arguments).
    public var status: Status?
    /// The training records as last read or written.
    public var records = TrainingRecords()

    /// The screen on show and the state that belongs to it alone.
    public var current = ScreenState.roles(cursor: 0)
    public var screen: Screen { current.screen }

    /// The chosen role, and the activity its menu is on: every activity returns there.
    public var role: Role?
    public var activityCursor = 0
    /// The checklist being filled in (resumed when the same one is opened again).
    public var session: ChecklistSession?
    /// The case note and meldcode being prepared (memory only).
    public var caseWork = CaseWork()
    /// The result document as last laid out (see `ResultLayout`).
    var resultLayout: ResultLayout?
    /// The learner form, kept while the learner goes back and forth.
    public var learnerForm = LearnerForm()
    /// The learner who trains now, once named.
    public var learner: Learner?
    /// Where the learner's overview is: it comes back there after a module.
    public var homeCursor = 0
    /// The module the chosen activity points at, to start the overview on it.
    public var suggestedModule: String?
    /// The module being done (by a learner, or by a class).
    public var training: TrainingState?

    public struct Status: Equatable, Sendable {
        public let key: String
        public let arguments: [String: String]
        public init(_ key: String, _ arguments: [String: String] = [:]) {
            self.key = key
            self.arguments = arguments
        }
    }

    public init(content: ContentBundle, language: Language, environment: AppEnvironment = .none) {
        self.content = content
        self.language = language
        self.environment = environment
    }

    /// The interface's words in the current language; during a training, in
    /// the language of the module's text (Polish staff read Polish
    /// instructions around a Polish module; untranslated words are English).
    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        content.strings(key, speaking, arguments)
    }

    var speaking: Language {
        if screen == .training, let training { return training.language(self) }
        return language
    }
}
