import SignaalCore

/// The frame every screen shares: title bar, body, status line, help line.
/// Works from 80x24 up; below that it says so plainly, as dialog does.
enum Frame {
    static let minimum = Size(width: 80, height: 24)

    /// Whether a window of `size` shows the screens (else it asks to be enlarged).
    static func fits(_ size: Size) -> Bool {
        size.width >= minimum.width && size.height >= minimum.height
    }
    /// Text is easier to read in a column that does not grow without end.
    static let maximumBodyWidth = 110

    struct Layout {
        let title: Rect
        let body: Rect
        /// Under the body, as wide as it: the status line and the empty row
        /// above it, which a long message wraps into (`StatusLine`).
        let status: Rect
        /// A cell in from either edge.
        let help: Rect
    }

    static func layout(_ size: Size) -> Layout {
        // Title, an empty row, the body, an empty row, the status line, the help line.
        let rows = Rect(size).rows([.length(1), .length(1), .fill(), .length(1), .length(1), .length(1)])
        // The body centred, at least two columns from either edge.
        let body = rows[2].centred(width: min(size.width - 4, maximumBodyWidth), height: rows[2].height)
        return Layout(title: rows[0], body: body, status: Rect(x: body.x, y: rows[3].y, width: body.width, height: 2),
                      help: rows[5].inset(1, 0))
    }

    static func render(_ state: AppState, size: Size) -> Grid {
        var grid = Grid(size: size)
        guard fits(size) else {
            renderTooSmall(state, into: &grid)
            return grid
        }
        let layout = layout(size)
        let screen = ScreenView.of(state, body: layout.body)

        let title = layout.title
        grid.fill(x: title.x, y: title.y, width: title.width, role: .title)
        let language = "[\(state.language.code.uppercased())]"
        grid.put(TextWrap.truncate(" Signaal · " + screen.title, width: title.width - language.count - 2), x: title.x, y: title.y, role: .title)
        grid.put(language, x: title.right - language.count - 1, y: title.y, role: .title)

        screen.draw(&grid, layout.body)

        if let status = state.status {
            StatusLine.draw(state.t(status.key, status.arguments), role: .accent, in: layout.status, into: &grid)
        } else if let note = screen.status {
            StatusLine.draw(note, role: .dim, rows: 1, in: layout.status, into: &grid)
        }
        // Language last: on a narrow screen it is the hint that gives way.
        var hints = state.overlay.map { OverlayView.hints(for: $0, state) } ?? screen.hints
        // An open window takes every key, and in a text field letters are
        // letters: there only the hints of the window or screen apply.
        if state.screen != .learnerForm && state.screen != .learnerPick && state.overlay == nil && !CaseNoteFormScreen.isTyping(state) {
            hints += [("h", state.t("key.help")), ("Q", state.t("key.quit")), ("L", state.t("key.language"))]
        }
        grid.render(KeyHints(hints: hints), in: layout.help)

        if let overlay = state.overlay {
            OverlayView.draw(overlay, state, into: &grid)
        }
        return grid
    }

    static func renderTooSmall(_ state: AppState, into grid: inout Grid) {
        var message = state.t("tooSmall", [
            "width": "\(minimum.width)", "height": "\(minimum.height)",
            "current": "\(grid.size.width)x\(grid.size.height)",
        ])
        // Ctrl-C works here too: the user must see that a second one quits.
        if QuitGuard.isArmed(state) { message += "\n\n" + state.t(QuitGuard.interruptWarning) }
        let lines = TextWrap.lines(message, width: max(1, grid.size.width - 2))
        let top = max(0, (grid.size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (grid.size.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + index, role: .heading)
        }
    }
}

/// What a screen contributes to the frame.
struct ScreenView {
    let title: String
    let hints: [(key: String, label: String)]
    /// A quiet line above the help line (a counter, a position).
    var status: String? = nil
    let draw: (inout Grid, Rect) -> Void

    /// A screen whose state is gone (a key arrived after it closed): nothing to show.
    static var nothing: ScreenView { ScreenView(title: "", hints: []) { _, _ in } }

    static func of(_ state: AppState, body: Rect) -> ScreenView {
        switch state.screen {
        case .roles: return RolesView.make(state)
        case .activities: return ActivitiesView.make(state)
        case .checklist: return ChecklistView.make(state)
        case .context: return ContextView.make(state)
        case .result: return ResultView.make(state, body: body)
        case .learnerForm: return LearnerFormView.make(state)
        case .learnerPick: return LearnerPickView.make(state)
        case .learnerHome: return LearnerHomeView.make(state)
        case .training: return TrainingView.make(state)
        case .organisations: return OrganisationsView.make(state)
        case .organisationStatus: return OrganisationStatusView.make(state)
        case .reportingCode: return ReportingCodeView.make(state)
        case .caseNoteForm: return CaseNoteFormView.make(state)
        }
    }
}
