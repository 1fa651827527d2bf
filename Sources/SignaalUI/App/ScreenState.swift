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

/// The screen on show, with the state that is its alone. Screens without a
/// value work on what outlives them (`AppState.session`, `caseWork`,
/// `learnerForm`, `training`).
public enum ScreenState: Equatable, Sendable {
    /// The cursor starts on the role chosen last.
    case roles(cursor: Int)
    case activities
    case checklist
    case context
    case result
    case learnerForm
    case learnerPick(LearnerPick)
    case learnerHome
    case training
    case organisations(cursor: Int)
    case organisationStatus(OrganisationView)
    case reportingCode
    case caseNoteForm

    public var screen: Screen {
        switch self {
        case .roles: .roles
        case .activities: .activities
        case .checklist: .checklist
        case .context: .context
        case .result: .result
        case .learnerForm: .learnerForm
        case .learnerPick: .learnerPick
        case .learnerHome: .learnerHome
        case .training: .training
        case .organisations: .organisations
        case .organisationStatus: .organisationStatus
        case .reportingCode: .reportingCode
        case .caseNoteForm: .caseNoteForm
        }
    }
}

/// The manager looking at one organisation: which, and how far down its report.
public struct OrganisationView: Equatable, Sendable {
    public let id: String
    public var scroll = ScrollState()

    public init(id: String) { self.id = id }
}
