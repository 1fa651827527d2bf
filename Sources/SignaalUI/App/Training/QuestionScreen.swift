import SignaalCore

/// A question: options to choose, then the feedback to read.
extension TrainingScreen {
    static func question(_ key: Key, _ training: inout TrainingState, _ extent: (content: Int, viewport: Int)) -> Bool {
        guard let question = training.runner.question else { return false }
        if training.runner.answer != nil {
            switch key {
            case .enter, .right, .character("n"):
                training.runner.nextUnit()
                enterUnit(&training)
                return true
            case .down, .character("j"), .up, .character("k"), .pageDown, .pageUp:
                _ = training.scroll.handle(key, content: extent.content, viewport: extent.viewport)
            default: break
            }
            return false
        }
        let count = question.options.count
        if let next = ListMove.cursor(after: key, cursor: training.optionCursor, count: count) {
            training.optionCursor = next
            return false
        }
        func toggle(_ index: Int) {
            if question.kind.allowsSeveral {
                if training.chosen.contains(index) { training.chosen.remove(index) } else { training.chosen.insert(index) }
            } else {
                training.chosen = [index]
            }
        }
        if let chosen = ListMove.numbered(key, count: count) {
            training.optionCursor = chosen
            toggle(chosen)
            return false
        }
        switch key {
        case .character(" "), .character("x"):
            toggle(training.optionCursor)
        case .enter:
            if training.chosen.isEmpty {
                guard !question.kind.allowsSeveral else { return false }
                training.chosen = [training.optionCursor]
            }
            training.runner.answer(training.chosen)
            training.scroll.reset()
            return true
        default:
            break
        }
        return false
    }
}

enum QuestionView {
    /// The question's lines, and the line of the option under the cursor.
    static func lines(_ state: AppState, _ training: TrainingState, width: Int) -> ([StyledLine], Int) {
        guard let question = training.runner.question else { return ([], 0) }
        let language = training.language(state)
        let w = width - 2
        let answer = training.runner.answer.map(Set.init)
        var out = TrainingView.paragraph(question.prompt(language), width: w, role: .heading)
        out += SceneView.lines(question, state, language: language, width: w)
        let kindHint: String
        switch question.kind {
        case .multiple: kindHint = "training.chooseMany"
        case .spot: kindHint = "training.spotPrompt"
        case .single, .truefalse: kindHint = "training.chooseOne"
        }
        out += TrainingView.paragraph(state.t(kindHint) + " " + (question.scored ? state.t("training.points", ["points": "\(question.points)"]) : state.t("training.practice")), width: w, role: .dim)
        out.append(StyledLine())
        var focus = 0
        for (index, option) in question.options.enumerated() {
            let chosen = answer?.contains(index) ?? training.chosen.contains(index)
            let box = question.kind.allowsSeveral ? (chosen ? "[x] " : "[ ] ") : (chosen ? "(●) " : "( ) ")
            var mark = "  "
            var role: StyleRole = .normal
            if answer != nil {
                mark = option.correct ? "✓ " : (chosen ? "✗ " : "  ")
                role = option.correct ? .levelNone : (chosen ? .error : .dim)
            } else if index == training.optionCursor {
                mark = "▶ "
                role = .selected
                focus = out.count
            }
            let prefix = mark + "\(index + 1). " + box
            let rows = TextWrap.lines(option.text(language), width: w - DisplayWidth.of(prefix))
            for (row, text) in rows.enumerated() {
                out.append(StyledLine((row == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix))) + text, role))
            }
            if answer != nil, chosen || option.correct, let explanation = option.explanation {
                out += TrainingView.paragraph(explanation(language), width: w, role: .dim, indent: String(repeating: " ", count: DisplayWidth.of(prefix)))
            }
        }
        if let answer {
            out.append(StyledLine())
            let verdict = QuestionScoring.verdict(question, chosen: answer)
            let role: StyleRole = verdict == .right ? .levelNone : (verdict == .partly ? .levelAttention : .error)
            out.append(StyledLine(state.t("training.\(verdict.rawValue)"), role))
            out += TrainingView.paragraph(question.explanation(language), width: w)
        }
        return (out, focus)
    }
}
