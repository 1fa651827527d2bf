import SignaalCore

/// A window over the screen that takes the keys until it is closed.
public enum Overlay: Equatable, Sendable {
    case help
    case signalInfo(String)
    case confirmQuit
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
    /// What the screens show of the training records, as last read or written.
    public var records = ShownRecords() { didSet { recordsRevision &+= 1 } }
    /// Counts every change to `records`: a laid-out status is kept while it stays the same.
    private(set) var recordsRevision = 0

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
    var resultLayout: LaidOutLines<ResultLayout.Shown>?
    /// The organisation's status as last laid out (see `OrganisationStatusLayout`).
    var statusLayout: LaidOutLines<OrganisationStatusLayout.Shown>?
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
