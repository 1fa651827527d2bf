import SignaalCore

/// The case note being prepared and the meldcode being worked through.
/// Like the checklist, it is about a person: it lives only in memory and
/// leaves the app only in a case note the user saves.
public struct CaseWork: Equatable, Sendable {
    public enum Field: Equatable, Sendable {
        case date(step: Int)
        case note(step: Int)
    }

    /// The meldcode's ticks, dates, notes and answers; nil until opened.
    public var progress: ReportingCodeProgress?
    /// What the last saved note held, to know whether ticks are unsaved.
    public var saved: ReportingCodeProgress?
    /// Row on the steps screen (see `ReportingCodeRows`).
    public var cursor = 0
    /// The field being typed into, with what is typed so far.
    public var editing: Field?
    public var buffer = ""
    /// The case reference typed on the save form.
    public var reference = ""
    /// Why the last entry was refused (an interface key), shown until the next key.
    public var problem: String?
    /// Where the save form returns to.
    public var returnTo = ScreenState.result

    public init() {}

    /// Ticks, dates, notes or answers that are in no saved note.
    public var hasUnsaved: Bool {
        guard let progress, !progress.isEmpty else { return false }
        return progress != saved
    }
}

/// The rows of the steps screen: the five steps, each with the
/// afwegingskader's questions answered at it.
enum ReportingCodeRows {
    enum Row: Equatable {
        case step(Int)
        case question(Int)
    }

    static func rows(_ code: ReportingCode) -> [Row] {
        var rows: [Row] = []
        for (index, id) in code.steps.enumerated() {
            rows.append(.step(index))
            rows += code.questions(at: id).map { .question($0) }
        }
        return rows
    }
}

/// Builds and saves the case note for the current checklist.
enum CaseNoteActions {
    /// The note as the result screen shows it now, with the meldcode if the role uses it.
    static func note(_ state: AppState, reference: String?) -> CaseNote? {
        guard let session = state.session else { return nil }
        let assessed = CaseNote.assess(session.input, checklist: session.checklist, role: state.role, content: state.content)
        let usesCode = state.content.reportingCode?.applies(to: state.role?.id) == true
        return CaseNote(created: state.environment.now(), appVersion: state.environment.appVersion, checklist: session.checklist,
                        role: state.role, reference: reference, result: assessed.result, steps: assessed.steps,
                        progress: usesCode ? state.caseWork.progress ?? state.content.reportingCode.map(ReportingCodeProgress.init) : nil)
    }

    /// Asks for the note to be written as Markdown and PDF (when the fonts
    /// are there); `EffectResults` says where, or what failed.
    static func save(_ state: AppState, reference: String?) -> [Effect] {
        guard let note = note(state, reference: reference) else { return [] }
        return [.saveCaseNote(note, language: state.language)]
    }
}
