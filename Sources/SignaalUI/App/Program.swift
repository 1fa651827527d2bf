import Foundation
import SignaalCore

/// Everything that can happen to the app, as a value. Quit, interrupt and
/// resize are messages like any key (the Bubble Tea way), so tests can send
/// them; so are the results of effects, which the effect runner sends back.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case interrupt
    /// Time passed with no key (only sent while the program wants ticks).
    case tick
    /// `.loadOrganisations` read the organisations without their rosters (with
    /// their counts when asked); notices say what the store recovered.
    case organisationsLoaded([Organisation], tallies: [String: OrganisationTally], notices: [StoreNotice])
    /// `.loadOrganisation` read one organisation and counted its status; `.loadRoster` read it (no status).
    case organisationLoaded(Organisation, status: OrganisationStatus?, notices: [StoreNotice])
    /// `.findLearners`: the learners on record with the name typed (`NameKey`), and their work.
    case learnersFound(name: String, organisation: String?, learners: [Learner], enrolments: [Enrolment], notices: [StoreNotice])
    /// `.loadLearner`: the learner's work and certificates, for their overview.
    case learnerLoaded(Learner, enrolments: [Enrolment], certificates: [IssuedCertificate], notices: [StoreNotice])
    /// A change to the records was written, and what it gave.
    case recordChanged(RecordOutcome, notices: [StoreNotice])
    /// A certificate's files were written (`.writeCertificate`).
    case certificateWritten(paths: [String], code: String, warning: String?)
    /// The CSV export was written (`.exportCSV`).
    case fileExported(path: String)
    /// A pocket card's files were written (`.printCard`).
    case cardPrinted(paths: [String])
    /// A case note was written in one or more formats (`.saveCaseNote`).
    case caseNoteSaved(paths: [String])
    /// An effect failed; the app says so on the status line.
    case failed(EffectFailure)
}

/// What the app asks the world to do after an update. `update` itself never
/// reads or writes a file: it returns these, an effect runner outside
/// SignaalUI performs them and answers with a `Message`.
public enum Effect: Equatable, Sendable {
    case quit
    /// Read the organisations on record, without their rosters: the learner
    /// form opens, or (`counted`, with each one's counts) the manager's list.
    case loadOrganisations(counted: Bool)
    /// Read one organisation with its roster: the learner typed it in the form.
    case loadRoster(organisationID: String)
    /// Read one organisation and count its status: the manager opens it, refreshes, or linked.
    case loadOrganisation(id: String)
    /// Look up the learners with this name (and their work), to decide who is training.
    case findLearners(name: String, organisation: String?)
    /// Read a learner's work and certificates: they enter their overview.
    case loadLearner(Learner)
    /// Change the records under the store's lock (see `RecordChange`).
    case changeRecords(RecordChange)
    /// Write an issued certificate's files (PDF and text) in the working folder;
    /// a warning about its PDF (letters its fonts lack) in `warningLanguage`.
    case writeCertificate(IssuedCertificate, moduleID: String, language: Language, warningLanguage: Language)
    /// Write a file (the manager's CSV) in the working folder.
    case exportCSV(fileName: String, data: Data)
    /// Write a role's pocket card (card id, role id) in the working folder.
    case printCard(cardID: String, roleID: String, language: Language)
    /// Write a case note as Markdown and PDF in the working folder, never over another file.
    case saveCaseNote(CaseNote, language: Language)
}

/// The changes the interface makes to the training records.
public enum RecordChange: Equatable, Sendable {
    /// Save a learner's progress in a module (after every page turn, answer and reply).
    case saveProgress(learner: Learner, runner: ModuleRunner)
    /// Find or create the learner with this name and organisation.
    case createLearner(name: String, organisation: String?)
    /// Link an unmatched completion to a roster row (`m` in the manager's view).
    case link(organisationID: String, learnerID: String, learnerName: String, staffName: String)
    /// Undo the newest link (`u`); the learner's name comes back with the outcome.
    case unlink(organisationID: String, learnerID: String)
    /// Issue (or find again) a learner's certificate for a completed module.
    case participantCertificate(learner: Learner, moduleID: String)
    /// Issue an organisation's certificate once enough staff completed (counted again by the store).
    case organisationCertificate(organisationID: String, moduleID: String)
}

/// What a `RecordChange` gave.
public enum RecordOutcome: Equatable, Sendable {
    /// The runner's progress was saved at this time (the screens apply the same `save`).
    case progressSaved(learnerID: String, runner: ModuleRunner, at: Date)
    case learnerCreated(Learner)
    case linked(Result<RosterLink, LinkProblem>, organisationID: String, learnerName: String)
    case unlinked(Result<RosterLink, LinkProblem>, organisationID: String, learnerName: String)
    /// Nil when the records say there is nothing to certify (yet).
    case participantCertificate(IssuedCertificate?, moduleID: String)
    case organisationCertificate(IssuedCertificate?, moduleID: String)
}

/// Why an effect did not happen, in words for the status line.
public enum EffectFailure: Equatable, Sendable {
    /// Reading or changing the records failed; worded in the user's language when shown.
    case records(RecordsError)
    case certificate(String)
    case card(String)
    case caseNote(String)
}

/// An error from the records store, kept as the error itself so the app can
/// word it in the language on screen (`RecordWording`).
public struct RecordsError: Equatable, Sendable {
    public let error: any Error
    public init(_ error: any Error) { self.error = error }
    public static func == (a: RecordsError, b: RecordsError) -> Bool { "\(a.error)" == "\(b.error)" }
}

/// A program the terminal runner can drive: messages in, grids out.
public protocol Program {
    mutating func update(_ message: Message) -> [Effect]
    func view(size: Size) -> Grid
    /// Milliseconds until a `.tick` should arrive when no key is pressed;
    /// nil to wait for keys only (the usual case: no timers, no busy loop).
    var tickInterval: Int? { get }
}

extension Program {
    public var tickInterval: Int? { nil }

    /// Updates with `message`, hands every effect but `.quit` to `perform` and
    /// feeds its answers back in, until nothing is left to do. Effects run one
    /// after another before the next frame, so the screen never shows a state
    /// waiting for its own result. Returns every effect asked for, ending at
    /// a `.quit` if there was one.
    @discardableResult
    public mutating func process(_ message: Message, perform: (Effect) -> [Message]) -> [Effect] {
        var effects: [Effect] = []
        var pending = [message]
        while !pending.isEmpty {
            for effect in update(pending.removeFirst()) {
                effects.append(effect)
                if effect == .quit { return effects }
                pending += perform(effect)
            }
        }
        return effects
    }
}
