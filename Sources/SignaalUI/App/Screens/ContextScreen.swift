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
                    ("Enter", state.t("key.result")), ("Esc", state.t("key.back"))]
        ) { grid, area in
            guard let session else { return }
            let intro = session.checklist.questions.isEmpty ? "context.intro" : "context.introMore"
            var rest = grid.render(Paragraph(text: state.t(intro), role: .dim), atTopOf: area)
            // A checklist with questions of its own shows the explanation only
            // under the chosen question, so that all of them fit on 80x24.
            let own = session.checklist.questions
            func help(_ text: String, _ row: ContextRow) -> String { own.isEmpty || session.contextRow == row ? text : "" }
            let ageOptions = ContextScreen.ageChoices.map { (state.t("age.\($0.rawValue)"), $0 == session.input.age) }
            rest = question(state.t("context.age"), help: help(state.t("context.ageHelp"), .age), options: ageOptions,
                            selected: session.contextRow == .age, into: &grid, rest)
            rest = question(state.t("context.acute"), help: help(state.t("context.acuteHelp"), .acute), options: yesNo(session.input.acute, state),
                            selected: session.contextRow == .acute, into: &grid, rest)
            for (index, extra) in own.enumerated() {
                rest = question(extra.text(state.language), help: help(extra.help(state.language), .own(index)),
                                options: yesNo(session.input.answers.contains(extra.id), state),
                                selected: session.contextRow == .own(index), into: &grid, rest)
            }
            if session.input.acute {
                let warning = Paragraph(text: "!! " + state.t("context.acuteNow"), role: .levelAcute)
                grid.render(warning, in: area.cutBottom(warning.lineCount(width: area.width)).bottom)
            }
        }
    }

    static func yesNo(_ yes: Bool, _ state: AppState) -> [(String, Bool)] {
        [(state.t("answer.yes"), yes), (state.t("answer.no"), !yes)]
    }

    /// A question, its explanation (none when empty), and its options as
    /// radio buttons, at the top of `area`; returns the rows under it after an empty one.
    static func question(_ text: String, help: String, options: [(String, Bool)], selected: Bool,
                         into grid: inout Grid, _ area: Rect) -> Rect {
        let role: StyleRole = selected ? .selected : .heading
        let heading = TextWrap.lines(text, width: area.width - 2).enumerated().map { index, line in
            StyledLine((index == 0 && selected ? "▶ " : "  ") + line, role)
        }
        var rest = area
        for line in heading {
            if selected { grid.fill(x: rest.x, y: rest.y, width: rest.width, role: .selected) }
            rest = grid.render(line, rows: 1, atTopOf: rest)
        }
        let explanation = Paragraph(text: help, role: .dim)
        let (below, after) = rest.cutTop(help.isEmpty ? 0 : explanation.lineCount(width: area.width - 4))
        grid.render(explanation, in: below.inset(left: 4))
        rest = after
        var line = StyledLine("    ")
        for (label, chosen) in options {
            line.append(chosen ? "(●) " : "( ) ", chosen ? .accent : .normal)
            line.append(label + "    ", chosen ? .accent : .normal)
        }
        return grid.render(line, rows: 1, atTopOf: rest, gap: 1)
    }
}
