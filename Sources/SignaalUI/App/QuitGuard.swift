/// Quitting while something is filled in. Nothing about the assessed person
/// is stored (privacy by design), so quitting throws the answers away: `Q`
/// asks in a window, and Ctrl-C, pressed by reflex, asks for a second Ctrl-C
/// on the status line. The warning on show is the whole state: any key
/// clears the status line and so disarms it. SIGTERM and SIGHUP never come
/// here: the terminal's signal handlers restore it and end the app at once.
enum QuitGuard {
    static let interruptWarning = "quit.interruptAgain"

    /// Ticked signals, context answers, a class's answers, meldcode steps
    /// not in a saved note, or a case reference or step note being typed.
    /// (A learner's training is saved after every answer: it does not count.)
    static func hasUnsavedWork(_ state: AppState) -> Bool {
        state.session?.hasWork == true || state.training?.classMode == true || state.caseWork.hasUnsaved
            || (state.screen == .caseNoteForm && !state.caseWork.reference.isEmpty)
            || (state.caseWork.editing != nil && !state.caseWork.buffer.isEmpty)
    }

    /// Whether the status line asks for a second Ctrl-C.
    static func isArmed(_ state: AppState) -> Bool {
        state.status?.key == interruptWarning
    }

    /// Ctrl-C: quits at once with nothing to lose, after the warning, or with
    /// the quit window open; otherwise shows the warning.
    static func interrupt(_ state: inout AppState) -> [Effect] {
        if isArmed(state) || state.overlay == .confirmQuit || !hasUnsavedWork(state) { return [.quit] }
        state.status = .init(interruptWarning)
        return []
    }
}
