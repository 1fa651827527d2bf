import SignaalCore

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

/// The checklist: signals to tick, grouped, with why each one matters.
enum ChecklistScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var session = state.session else {
            state.current = .activities
            return []
        }
        defer { state.session = session }
        let signals = session.checklist.signals
        if let next = ListMove.cursor(after: key, cursor: session.cursor, count: signals.count) {
            session.cursor = next
            return []
        }
        switch key {
        case .character(" "), .character("x"):
            guard signals.indices.contains(session.cursor) else { return [] }
            let id = signals[session.cursor].id
            if session.input.checked.contains(id) {
                session.input.checked.remove(id)
            } else {
                session.input.checked.insert(id)
            }
        case .character("?"), .character("i"):
            if signals.indices.contains(session.cursor) {
                state.overlay = .signalInfo(signals[session.cursor].id)
            }
        case .enter, .tab, .right:
            state.current = .context
        default:
            break
        }
        return []
    }
}

enum ChecklistView {
    enum Row {
        case group(SignalGroup)
        case signal(Int, Signal)
    }

    /// Group headings with their signals under them, in content order.
    static func rows(_ checklist: Checklist) -> [Row] {
        var rows: [Row] = []
        let index = Dictionary(uniqueKeysWithValues: checklist.signals.enumerated().map { ($1.id, $0) })
        for group in checklist.groups {
            rows.append(.group(group))
            for signal in checklist.signals(in: group.id) {
                rows.append(.signal(index[signal.id] ?? 0, signal))
            }
        }
        return rows
    }

    static func make(_ state: AppState) -> ScreenView {
        guard let session = state.session else { return .nothing }
        let checklist = session.checklist
        let language = state.language
        let status = state.t("checklist.counter", [
            "checked": "\(session.input.checked.count)", "total": "\(checklist.signals.count)",
            "position": "\(session.cursor + 1)",
        ])
        return ScreenView(
            title: checklist.title(language),
            hints: [("↑↓", state.t("key.move")), (state.t("key.spaceName"), state.t("key.check")),
                    ("?", state.t("key.info")), ("Enter", state.t("key.next")), ("Esc", state.t("key.back"))],
            status: status
        ) { grid, area in
            // The intro gets more room on a bigger screen; its full text is in the help.
            let intro = Paragraph(text: checklist.intro(language), role: .dim, overflow: .ellipsis)
            let introRows = min(intro.lineCount(width: area.width), area.height >= 25 ? 3 : 2)
            let (top, rest) = area.cutTop(introRows + 1)
            grid.render(intro, in: top.cutTop(introRows).top)
            let current = checklist.signals.indices.contains(session.cursor) ? checklist.signals[session.cursor] : nil
            let (list, why) = rest.cutBottom(current == nil ? 0 : 4)
            drawList(state, session, into: &grid, list)
            if let current { drawWhy(current, state, into: &grid, why) }
        }
    }

    static func drawList(_ state: AppState, _ session: ChecklistSession, into grid: inout Grid, _ area: Rect) {
        let rows = rows(session.checklist)
        let tagWidth = 8
        let items = rows.map { row in
            switch row {
            case .group(let group):
                return SelectableList.Item(head: StyledLine(group.title(state.language).uppercased(), .heading))
            case .signal(let index, let signal):
                let selected = index == session.cursor
                let checked = session.input.checked.contains(signal.id)
                let role: StyleRole = selected ? .selected : .normal
                var line = StyledLine(selected ? "▶" : " ", role)
                line.append(checked ? "[x] " : "[ ] ", selected ? .selected : (checked ? .accent : .normal))
                line.append(TextWrap.pad(signal.text(state.language), width: area.width - 6 - tagWidth) + " ", role)
                line.append(TextWrap.pad(state.t("strength.\(signal.strength.rawValue)"), width: tagWidth), selected ? .selected : .dim)
                return SelectableList.Item(head: line)
            }
        }
        let cursorRow = rows.firstIndex { if case .signal(let i, _) = $0 { return i == session.cursor } else { return false } }
        // The cursor stays a third from the top, so the rows around it show.
        grid.render(SelectableList(items: items, selected: cursorRow, follow: .third), in: area)
    }

    static func drawWhy(_ signal: Signal, _ state: AppState, into grid: inout Grid, _ area: Rect) {
        let text = grid.render(Lines.rule(width: area.width), rows: 1, atTopOf: area)
        grid.render(Paragraph(text: signal.why(state.language), role: .dim, overflow: .ellipsis), in: text)
    }
}
