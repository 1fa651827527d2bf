import SignaalCore

/// The end of a module: the score, retry, the certificate.
extension TrainingScreen {
    static func finished(_ key: Key, _ training: inout TrainingState, _ extent: (content: Int, viewport: Int),
                         _ state: inout AppState) -> [Effect] {
        switch key {
        case .character("r"), .character("R"):
            training.runner.retry()
            enterUnit(&training)
            state.training = training
            return TrainingActions.save(state)
        case .character("c"), .character("C"):
            if !training.classMode { return TrainingActions.exportCertificate(training.runner.module, &state) }
        case .down, .character("j"), .up, .character("k"):
            _ = training.scroll.handle(key, content: extent.content, viewport: extent.viewport)
            state.training = training
        case .enter:
            leave(&state)
        default:
            break
        }
        return []
    }
}

enum CompletionView {
    static func lines(_ state: AppState, _ training: TrainingState, width: Int) -> [StyledLine] {
        let runner = training.runner
        let score = runner.score
        let w = width - 2
        if training.classMode {
            // A class is not examined: no pass or fail in front of the pupils, only how the group did and what to talk about again.
            var out: [StyledLine] = [StyledLine(state.t("class.doneTitle"), .heading), StyledLine()]
            out.append(Gauge.bar(label: state.t("training.score"), value: score.shownPercent, maximum: 100, width: w, role: .accent))
            out += ClassSummary.lines(state, training, width: w)
            out.append(StyledLine())
            return out + TrainingView.paragraph(state.t("class.restart"), width: w, role: .dim)
        }
        var out: [StyledLine] = [StyledLine(state.t("training.doneTitle"), .heading), StyledLine()]
        out.append(Gauge.bar(label: state.t("training.score"), value: score.shownPercent, maximum: 100, width: w, role: score.passed ? .levelNone : .levelAttention))
        out += TrainingView.paragraph(state.t("training.passMark", ["mark": "\(score.passMark)"]), width: w, role: .dim)
        out.append(StyledLine())
        if score.passed {
            out += TrainingView.paragraph(state.t("training.passed"), width: w, role: .levelNone)
            out += TrainingView.paragraph(state.t("training.certificateHint"), width: w)
        } else {
            out += TrainingView.paragraph(state.t("training.failed", ["mark": "\(score.passMark)"]), width: w, role: .levelAttention)
        }
        return out
    }
}

/// What a class answered, and what to talk about again.
enum ClassSummary {
    static func lines(_ state: AppState, _ training: TrainingState, width: Int) -> [StyledLine] {
        let language = training.language(state)
        let runner = training.runner
        var out: [StyledLine] = [StyledLine(), StyledLine(state.t("class.summary"), .heading)]
        var again: [String] = []
        var number = 0
        for unit in runner.module.units {
            guard let question = unit.question else { continue }
            number += 1
            // Named by the numbers the class saw; scored on the stored options.
            let chosen = Set(runner.shownAnswer(unit) ?? [])
            let verdict = QuestionScoring.verdict(question, chosen: Set(runner.progress.answers[unit.id] ?? []))
            let mark = verdict == .right ? "✓" : (verdict == .partly ? "~" : "✗")
            let answers = chosen.sorted().map { "\($0 + 1)" }.joined(separator: ", ")
            let text = "\(mark) \(number). " + TextWrap.truncate(question.prompt(language).replacingOccurrences(of: "\n", with: " "), width: max(10, width - 24))
                + "  → " + (answers.isEmpty ? "-" : answers)
            out.append(StyledLine(text, verdict == .right ? .normal : .accent))
            if verdict != .right { again.append("\(number). " + question.prompt(language)) }
        }
        out.append(StyledLine())
        if again.isEmpty {
            out += TrainingView.paragraph(state.t("class.allRight"), width: width)
        } else {
            out.append(StyledLine(state.t("class.discussAgain"), .heading))
            for item in again { out += DocumentView.hanging(item, first: "• ", rest: "  ", width: width) }
        }
        return out
    }
}
