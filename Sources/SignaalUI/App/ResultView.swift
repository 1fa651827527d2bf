import SignaalCore

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
        let scroll = state.session?.resultScroll.offset ?? 0
        // Laid out by update for the current size (see `ResultLayout`).
        let all = ResultLayout.lines(state, width: ResultLayout.width(body))
        let total = all.count
        return ScreenView(
            title: state.t("result.title"),
            hints: [("↑↓", state.t("key.scroll"))] + CaseNoteFormView.resultHints(state) + [("n", state.t("key.new")), ("Esc", state.t("key.back"))],
            status: state.t("result.position", ["from": "\(scroll + 1)", "to": "\(min(total, scroll + body.height))", "total": "\(total)"])
        ) { grid, area in
            for (offset, line) in all.dropFirst(scroll).prefix(area.height).enumerated() {
                line.draw(into: &grid, x: area.x, y: area.y + offset, width: area.width)
            }
            if scroll > 0 { grid.put("↑", x: area.right - 1, y: area.y, role: .dim) }
            if scroll + area.height < all.count { grid.put("↓", x: area.right - 1, y: area.bottom - 1, role: .dim) }
        }
    }
}

/// Lays out a `Document` as styled lines: wrapping, indents, gauges.
enum DocumentView {
    static func lines(_ document: Document, width: Int, levelRoles: [StyleRole], accent: StyleRole) -> [StyledLine] {
        var out: [StyledLine] = []
        for block in document.blocks {
            switch block {
            case .heading(let text):
                out.append(StyledLine(text, .heading))
            case .paragraph(let text):
                out += TextWrap.lines(text, width: width).map { StyledLine($0) }
            case .note(let text):
                out += TextWrap.lines(text, width: width).map { StyledLine($0, .dim) }
            case .warning(let text):
                out += TextWrap.lines("! " + text, width: width).map { StyledLine($0, .accent) }
            case .bullet(let text, let indent):
                let pad = String(repeating: "  ", count: indent)
                out += hanging(text, first: pad + "• ", rest: pad + "  ", width: width)
            case .numbered(let n, let text):
                let prefix = "\(n). "
                out += hanging(text, first: prefix, rest: String(repeating: " ", count: prefix.count), width: width, role: .heading)
            case .levelGauge(let names, let current):
                out += Gauge.levels(names, current: current, width: width, roles: levelRoles)
            case .bar(let label, let value, let maximum, let marks):
                out += Gauge.scale(label: label, value: value, maximum: maximum, marks: marks, width: width, role: accent)
            case .blank:
                out.append(StyledLine())
            }
        }
        return out
    }

    static func hanging(_ text: String, first: String, rest: String, width: Int, role: StyleRole = .normal) -> [StyledLine] {
        TextWrap.lines(text, width: max(10, width - DisplayWidth.of(first))).enumerated().map { index, line in
            var styled = StyledLine(index == 0 ? first : rest, .dim)
            styled.append(line, role)
            return styled
        }
    }
}
