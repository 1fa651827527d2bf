import SignaalCore

/// The result: the level, what to do and whom to call, as a scrolling document.
enum ResultScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        ResultLayout.refresh(&state)
        guard var session = state.session else { return [] }
        defer { state.session = session }
        let (content, viewport) = extent(state)
        if session.resultScroll.handle(key == .character(" ") ? .pageDown : key, content: content, viewport: viewport) { return [] }
        switch key {
        case .character("n"), .character("N"):
            session = ChecklistSession(checklist: session.checklist)
            state.caseWork = CaseWork()
            state.current = .checklist
            state.status = .init("status.cleared")
        case .character("s"), .character("m"):
            CaseNoteFormScreen.open(from: key, &state)
        default:
            break
        }
        return []
    }

    /// The document's length and the rows it is shown in, at the current size.
    static func extent(_ state: AppState) -> (content: Int, viewport: Int) {
        let body = Frame.layout(state.size).body
        return (ResultLayout.lines(state, width: ResultLayout.width(body)).count, body.height)
    }

    /// Keeps the scroll within the document as laid out at the current size.
    static func clampScroll(_ state: inout AppState) {
        ResultLayout.refresh(&state)
        guard state.screen == .result, var session = state.session else { return }
        let (content, viewport) = extent(state)
        session.resultScroll.clamp(content: content, viewport: viewport)
        state.session = session
    }
}

enum ResultView {
    /// The result for the current session, laid out as lines for `width`.
    /// Scored once: the level's colour and the document come from one result.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let session = state.session else { return [] }
        let content = state.content
        let result = RiskScorer(model: content.scoring, checklist: session.checklist).assess(session.input)
        let situation = ReferralPlanner.Situation(result: result, form: session.checklist.form, role: state.role?.id ?? "")
        let steps = ReferralPlanner(steps: content.steps, model: content.scoring).plan(for: situation)
        let document = ResultReport(content: content, language: state.language).document(result: result, steps: steps,
                                                                                      notes: session.checklist.notes(for: session.input))
        let roles = content.scoring.levels.sorted { $0.rank < $1.rank }.map { levelRole(rank: $0.rank) }
        return DocumentView.lines(document, width: width, levelRoles: roles, accent: levelRole(rank: result.level.rank))
    }

    static func levelRole(rank: Int) -> StyleRole {
        [.levelNone, .levelAttention, .levelSerious, .levelAcute][min(3, max(0, rank))]
    }

    /// `body` is the frame's body at the size the view was asked for.
    static func make(_ state: AppState, body: Rect) -> ScreenView {
        let scroll = state.session?.resultScroll ?? ScrollState()
        // Laid out by update for the current size (see `ResultLayout`).
        let all = ResultLayout.lines(state, width: ResultLayout.width(body))
        let total = all.count
        return ScreenView(
            title: state.t("result.title"),
            hints: [("↑↓", state.t("key.scroll"))] + CaseNoteFormView.resultHints(state) + [("n", state.t("key.new")), ("Esc", state.t("key.back"))],
            status: state.t("result.position", ["from": "\(scroll.offset + 1)", "to": "\(min(total, scroll.offset + body.height))", "total": "\(total)"])
        ) { grid, area in
            grid.render(ScrollView(lines: all), in: area, state: scroll)
        }
    }
}

/// The result screen's document laid out as lines: scored, planned and
/// wrapped once per (width, language, checklist and answers, role), then
/// reused by `update` (to clamp the scroll) and by the view (to draw), instead
/// of twice per scroll key.
enum ResultLayout {
    /// The checklist, its answers and the role: what the document shows.
    struct Shown: Equatable, Sendable {
        let checklistID: String
        let input: AssessmentInput
        let role: String?
    }

    static func key(_ state: AppState, width: Int) -> LaidOutLines<Shown>.Key? {
        guard let session = state.session else { return nil }
        return .init(width: width, language: state.language, shown: Shown(checklistID: session.checklist.id, input: session.input, role: state.role?.id))
    }

    /// Two cells stay free on the right of the body for the scroll arrows.
    static func width(_ body: Rect) -> Int { body.width - 2 }

    /// The lines for `width`: the kept ones while nothing they depend on
    /// changed, else laid out now (a view at another size stays correct).
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        LaidOutLines.lines(state.resultLayout, for: key(state, width: width)) { ResultView.lines(state, width: width) }
    }

    /// Lays the document out again if the size, language or answers changed
    /// (update only: the view never writes to the state).
    static func refresh(_ state: inout AppState) {
        guard state.screen == .result, let key = key(state, width: width(Frame.layout(state.size).body)) else { return }
        state.resultLayout = LaidOutLines.refreshed(state.resultLayout, for: key) { ResultView.lines(state, width: key.width) }
    }
}
