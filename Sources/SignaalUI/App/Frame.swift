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
        let title: Int
        let body: Rect
        let status: Int
        let help: Int
    }

    static func layout(_ size: Size) -> Layout {
        let width = min(size.width - 4, maximumBodyWidth)
        let x = max(2, (size.width - width) / 2)
        return Layout(title: 0, body: Rect(x: x, y: 2, width: width, height: size.height - 5),
                      status: size.height - 2, help: size.height - 1)
    }

    static func render(_ state: AppState, size: Size) -> Grid {
        var grid = Grid(size: size)
        guard fits(size) else {
            renderTooSmall(state, into: &grid)
            return grid
        }
        let layout = layout(size)
        let screen = ScreenView.of(state, body: layout.body)

        grid.fill(x: 0, y: layout.title, width: size.width, role: .title)
        let language = "[\(state.language.code.uppercased())]"
        let title = " Signaal · " + screen.title
        grid.put(TextWrap.truncate(title, width: size.width - language.count - 2), x: 0, y: layout.title, role: .title)
        grid.put(language, x: size.width - language.count - 1, y: layout.title, role: .title)

        screen.draw(&grid, layout.body)

        if let status = state.status {
            grid.put(state.t(status.key, status.arguments), x: layout.body.x, y: layout.status, role: .accent, limit: layout.body.width)
        } else if let note = screen.status {
            grid.put(note, x: layout.body.x, y: layout.status, role: .dim, limit: layout.body.width)
        }
        grid.fill(x: 0, y: layout.help, width: size.width, role: .normal)
        // Language last: on a narrow screen it is the hint that gives way.
        var hints = state.overlay.map { OverlayView.hints(for: $0, state) } ?? screen.hints
        // An open window takes every key, and in a text field letters are
        // letters: there only the hints of the window or screen apply.
        if state.screen != .learnerForm && state.screen != .learnerPick && state.overlay == nil && !CaseNoteFormScreen.isTyping(state) {
            hints += [("h", state.t("key.help")), ("Q", state.t("key.quit")), ("L", state.t("key.language"))]
        }
        KeyHints.line(hints, width: size.width - 2).draw(into: &grid, x: 1, y: layout.help, width: size.width - 2)

        if let overlay = state.overlay {
            OverlayView.draw(overlay, state, into: &grid)
        }
        return grid
    }

    static func renderTooSmall(_ state: AppState, into grid: inout Grid) {
        let message = state.t("tooSmall", [
            "width": "\(minimum.width)", "height": "\(minimum.height)",
            "current": "\(grid.size.width)x\(grid.size.height)",
        ])
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
    let status: String?
    let draw: (inout Grid, Rect) -> Void

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
