import SignaalCore

/// After the signals: age, acute danger and the checklist's own questions.
enum ContextScreen {
    static let ageChoices: [AgeGroup] = [.minor, .adult, .unknown]

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        defer { state.session = session }
        switch key {
        case .up, .character("k"), .backTab:
            session.moveContextRow(by: -1)
        case .down, .character("j"), .tab:
            session.moveContextRow(by: 1)
        case .left, .right, .character(" "):
            let step = key == .left ? -1 : 1
            if session.contextRow == .age {
                let index = ageChoices.firstIndex(of: session.input.age) ?? 2
                session.input.age = ageChoices[(index + step + ageChoices.count) % ageChoices.count]
            } else if session.contextRow == .acute {
                session.input.acute.toggle()
            } else {
                session.answerOwnQuestion()
            }
        case .character("1"), .character("2"), .character("3"):
            guard case .character(let c) = key, let n = c.wholeNumberValue else { break }
            if session.contextRow == .age {
                session.input.age = ageChoices[n - 1]
            } else if n <= 2, session.contextRow == .acute {
                session.input.acute = n == 1
            } else if n <= 2 {
                session.answerOwnQuestion(n == 1)
            }
        case .enter:
            session.resultScroll.reset()
            state.current = .result
        case .escape, .character("q"), .backspace:
            state.current = .checklist
        default:
            break
        }
        return []
    }
}

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
            let intro = session.checklist.questions.isEmpty ? "context.intro" : "context.introMore"
            for line in TextWrap.lines(state.t(intro), width: area.width) {
                grid.put(line, x: area.x, y: y, role: .dim)
                y += 1
            }
            y += 1
            // A checklist with questions of its own shows the explanation only
            // under the chosen question, so that all of them fit on 80x24.
            let own = session.checklist.questions
            func help(_ text: String, _ row: ContextRow) -> String { own.isEmpty || session.contextRow == row ? text : "" }
            let ageOptions = ContextScreen.ageChoices.map { (state.t("age.\($0.rawValue)"), $0 == session.input.age) }
            y = question(state.t("context.age"), help: help(state.t("context.ageHelp"), .age), options: ageOptions,
                         selected: session.contextRow == .age, grid: &grid, x: area.x, y: y, width: area.width)
            y += 1
            y = question(state.t("context.acute"), help: help(state.t("context.acuteHelp"), .acute), options: yesNo(session.input.acute, state),
                         selected: session.contextRow == .acute, grid: &grid, x: area.x, y: y, width: area.width)
            for (index, extra) in own.enumerated() {
                y += 1
                y = question(extra.text(state.language), help: help(extra.help(state.language), .own(index)),
                             options: yesNo(session.input.answers.contains(extra.id), state),
                             selected: session.contextRow == .own(index), grid: &grid, x: area.x, y: y, width: area.width)
            }
            if session.input.acute {
                let warning = TextWrap.lines("!! " + state.t("context.acuteNow"), width: area.width)
                for (index, line) in warning.enumerated() {
                    grid.put(line, x: area.x, y: area.bottom - warning.count + index, role: .levelAcute)
                }
            }
        }
    }

    static func yesNo(_ yes: Bool, _ state: AppState) -> [(String, Bool)] {
        [(state.t("answer.yes"), yes), (state.t("answer.no"), !yes)]
    }

    /// A question, its explanation (none when empty), and its options as radio buttons.
    static func question(_ text: String, help: String, options: [(String, Bool)], selected: Bool,
                         grid: inout Grid, x: Int, y: Int, width: Int) -> Int {
        var y = y
        let role: StyleRole = selected ? .selected : .heading
        for (index, line) in TextWrap.lines(text, width: width - 2).enumerated() {
            if selected { grid.fill(x: x, y: y, width: width, role: .selected) }
            grid.put((index == 0 ? (selected ? "▶ " : "  ") : "  ") + line, x: x, y: y, role: role)
            y += 1
        }
        for line in help.isEmpty ? [] : TextWrap.lines(help, width: width - 4) {
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
