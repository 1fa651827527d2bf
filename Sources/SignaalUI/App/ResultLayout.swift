import SignaalCore

/// The result screen's document laid out as lines: scored, planned and
/// wrapped once per (width, language, checklist and answers, role), then
/// reused by `update` (to clamp the scroll) and by the view (to draw), instead
/// of twice per scroll key.
struct ResultLayout: Sendable {
    struct Key: Equatable, Sendable {
        let width: Int
        let language: Language
        let checklistID: String
        let input: AssessmentInput
        let role: String?
    }

    let key: Key
    let lines: [StyledLine]

    static func key(_ state: AppState, width: Int) -> Key? {
        guard let session = state.session else { return nil }
        return Key(width: width, language: state.language, checklistID: session.checklist.id, input: session.input, role: state.role?.id)
    }

    /// Two cells stay free on the right of the body for the scroll arrows.
    static func width(_ body: Rect) -> Int { body.width - 2 }

    /// The lines for `width`: the kept ones while nothing they depend on
    /// changed, else laid out now (a view at another size stays correct).
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        if let kept = state.resultLayout, kept.key == key(state, width: width) { return kept.lines }
        return ResultView.lines(state, width: width)
    }

    /// Lays the document out again if the size, language or answers changed
    /// (update only: the view never writes to the state).
    static func refresh(_ state: inout AppState) {
        guard state.screen == .result, let key = key(state, width: width(Frame.layout(state.size).body)) else { return }
        if state.resultLayout?.key != key {
            state.resultLayout = ResultLayout(key: key, lines: ResultView.lines(state, width: key.width))
        }
    }
}
