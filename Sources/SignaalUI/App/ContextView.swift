import SignaalCore

enum ContextView {
    static func make(_ state: AppState) -> ScreenView {
        let session = state.session
        return ScreenView(
            title: state.t("context.title"),
            hints: [("↑↓", state.t("key.question")), ("←→", state.t("key.answer")),
                    ("Enter", state.t("key.result")), ("Esc", state.t("key.back"))],
            status: nil
        ) { grid, area in
            guard let session else { return }
            var y = area.y
            for line in TextWrap.lines(state.t("context.intro"), width: area.width) {
                grid.put(line, x: area.x, y: y, role: .dim)
                y += 1
            }
            y += 1
            let ageOptions = ContextScreen.ageChoices.map { (state.t("age.\($0.rawValue)"), $0 == session.input.age) }
            y = question(state.t("context.age"), help: state.t("context.ageHelp"), options: ageOptions,
                         selected: session.contextCursor == 0, grid: &grid, x: area.x, y: y, width: area.width)
            y += 1
            let acuteOptions = [(state.t("answer.yes"), session.input.acute), (state.t("answer.no"), !session.input.acute)]
            _ = question(state.t("context.acute"), help: state.t("context.acuteHelp"), options: acuteOptions,
                         selected: session.contextCursor == 1, grid: &grid, x: area.x, y: y, width: area.width)
            if session.input.acute {
                let warning = TextWrap.lines("!! " + state.t("context.acuteNow"), width: area.width)
                for (index, line) in warning.enumerated() {
                    grid.put(line, x: area.x, y: area.bottom - warning.count + index, role: .levelAcute)
                }
            }
        }
    }

    /// A question, its explanation, and its options as radio buttons.
    static func question(_ text: String, help: String, options: [(String, Bool)], selected: Bool,
                         grid: inout Grid, x: Int, y: Int, width: Int) -> Int {
        var y = y
        let role: StyleRole = selected ? .selected : .heading
        for (index, line) in TextWrap.lines(text, width: width - 2).enumerated() {
            if selected { grid.fill(x: x, y: y, width: width, role: .selected) }
            grid.put((index == 0 ? (selected ? "▶ " : "  ") : "  ") + line, x: x, y: y, role: role)
            y += 1
        }
        for line in TextWrap.lines(help, width: width - 4) {
            grid.put(line, x: x + 4, y: y, role: .dim)
            y += 1
        }
        var line = StyledLine("    ")
        for (label, chosen) in options {
            line.append(chosen ? "(●) " : "( ) ", chosen ? .accent : .normal)
            line.append(label + "    ", chosen ? .accent : .normal)
        }
        line.draw(into: &grid, x: x, y: y, width: width)
        return y + 1
    }
}
