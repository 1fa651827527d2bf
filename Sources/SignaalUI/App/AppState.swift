import SignaalCore

/// The screens of the app, in the order a user walks through them.
public enum Screen: Equatable, Sendable {
    case roles
    case activities
    case checklist
    case context
    case result
    case learnerForm
    case learnerPick
    case learnerHome
    case training
    case organisations
    case organisationStatus
    /// The meldcode's five steps, ticked off (teachers, youth workers).
    case reportingCode
    /// Save the result as a case note: the case reference.
    case caseNoteForm
}

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
public struct AppState: Sendable {
    public let content: ContentBundle
    public var language: Language
    public var screen: Screen = .roles
    public var overlay: Overlay?
    public var roleCursor = 0
    public var activityCursor = 0
    public var role: Role?
    public var session: ChecklistSession?
    /// A one-line message under the body (translated key and arguments).
    public var status: Status?
    public var helpScroll = ScrollState()
    /// The clock, the working folder, whether records are kept (see `AppEnvironment`).
    public let environment: AppEnvironment
    public var learnerForm = LearnerForm()
    /// The roster or record choice after the form (see `LearnerPick`).
    public var learnerPick: LearnerPick?
    /// The learner who trains now, once named.
    public var learner: Learner?
    /// The learner's records as last read, for the overview.
    public var records = TrainingRecords()
    public var homeCursor = 0
    public var training: TrainingState?
    public var organisationCursor = 0
    /// The organisation the manager is looking at.
    public var organisationID: String?
    public var organisationScroll = ScrollState()
    /// The module the chosen activity points at, to start the overview on it.
    public var suggestedModule: String?
    /// The last size the terminal reported; scrolling is clamped to it.
    public var size = Size(width: 80, height: 24)
    /// The case note and meldcode being prepared (memory only).
    public var caseWork = CaseWork()
    /// The result document as last laid out (see `ResultLayout`).
    var resultLayout: ResultLayout?

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
