import SignaalCore

/// A chat: replies chosen by the learner, answers "typed" by the other side.
extension TrainingScreen {
    static func chat(_ key: Key, _ training: inout TrainingState) -> Bool {
        if training.showingReplyFeedback {
            // The feedback stays until read; the answer keeps being typed meanwhile.
            if key == .enter || key == .character(" ") || key == .right {
                training.showingReplyFeedback = false
            }
            return false
        }
        if training.pendingLines > 0 {
            // Any key skips the typing pause.
            training.revealed = training.runner.transcript.count
            return false
        }
        guard let node = training.runner.chatNode else { return false }
        if node.isEnd {
            guard key == .enter || key == .right || key == .character(" ") else { return false }
            training.runner.nextUnit()
            enterUnit(&training)
            return true
        }
        if let next = ListMove.cursor(after: key, cursor: training.optionCursor, count: node.replies.count) {
            training.optionCursor = next
            return false
        }
        var pick: Int?
        if key == .enter || key == .character(" ") { pick = training.optionCursor }
        if let chosen = ListMove.numbered(key, count: node.replies.count) { pick = chosen }
        guard let pick else { return false }
        let shownBefore = training.runner.transcript.count
        training.runner.reply(pick)
        training.optionCursor = 0
        training.showingReplyFeedback = training.runner.lastReply?.feedback != nil
        // The learner's own message shows at once; the answer is "typed".
        training.revealed = min(training.runner.transcript.count, shownBefore + 1)
        return true
    }
}

enum ChatView {
    static func name(_ id: String, _ state: AppState, _ module: TrainingModule) -> String {
        module.character(id)?.name(state.training?.language(state) ?? state.language) ?? id
    }

    /// The conversation at the top, what to do next at the bottom.
    static func draw(_ state: AppState, _ training: TrainingState, into grid: inout Grid, _ area: Rect) {
        let runner = training.runner
        let bottom = bottomLines(state, training, width: area.width)
        let transcriptHeight = max(3, area.height - bottom.count - 1)
        var lines: [StyledLine] = []
        let bubbleWidth = min(60, area.width * 2 / 3)
        for line in runner.transcript.prefix(training.revealed) {
            lines += bubble(line, state, runner.module, bubbleWidth: bubbleWidth, width: area.width)
        }
        if training.pendingLines > 0, let next = runner.transcript.dropFirst(training.revealed).first {
            if case .character(let id) = next.speaker {
                lines.append(StyledLine(state.t("training.typing", ["name": name(id, state, runner.module)]), .dim))
            }
        }
        // The newest messages stay in view, as in a messaging app.
        let transcript = area.cutTop(transcriptHeight).top
        var newest = ScrollState()
        newest.moveToEnd(content: lines.count, viewport: transcript.height)
        grid.render(ScrollView(lines: lines), in: transcript, state: newest)
        // What to do next under a rule, at the bottom.
        let (above, next) = area.cutBottom(bottom.count)
        grid.render(Lines.rule(width: area.width), in: above.cutBottom(1).bottom)
        grid.render(Lines(lines: bottom), in: next)
    }

    static func bubble(_ line: ChatLine, _ state: AppState, _ module: TrainingModule, bubbleWidth: Int, width: Int) -> [StyledLine] {
        let text = TextWrap.lines(line.text(state.training?.language(state) ?? state.language), width: bubbleWidth - 2)
        let inner = text.map(DisplayWidth.of).max() ?? 0
        var out: [StyledLine] = []
        switch line.speaker {
        case .character(let id):
            out.append(StyledLine(name(id, state, module) + " · " + line.clock, .dim))
            for row in text { out.append(StyledLine(" " + TextWrap.pad(row, width: inner) + " ", .bubbleThem)) }
        case .learner:
            let header = state.t("training.you") + " · " + line.clock
            out.append(StyledLine(String(repeating: " ", count: max(0, width - DisplayWidth.of(header) - 1)) + header, .dim))
            let indent = String(repeating: " ", count: max(0, width - inner - 3))
            for row in text {
                var styled = StyledLine(indent)
                styled.append(" " + TextWrap.pad(row, width: inner) + " ", .bubbleYou)
                out.append(styled)
            }
        }
        return out
    }

    static func bottomLines(_ state: AppState, _ training: TrainingState, width: Int) -> [StyledLine] {
        let runner = training.runner
        let language = training.language(state)
        if training.showingReplyFeedback, let feedback = runner.lastReply?.feedback {
            return [StyledLine(state.t("training.why"), .accent)] + TrainingView.paragraph(feedback(language), width: width - 2)
        }
        if training.pendingLines > 0 { return [StyledLine(state.t("training.skipTyping"), .dim)] }
        guard let node = runner.chatNode else { return [] }
        if node.isEnd {
            return [StyledLine(state.t("training.outcome"), .heading)] + TrainingView.paragraph(node.outcome?(language) ?? "", width: width - 2)
        }
        var out = [StyledLine(state.t(training.classMode ? "class.yourReply" : "training.yourReply"), .heading)]
        for (index, reply) in node.replies.enumerated() {
            let selected = index == training.optionCursor
            let first = (selected ? "▶ " : "  ") + "\(index + 1). "
            for (row, text) in TextWrap.lines(reply.text(language), width: width - 6).enumerated() {
                out.append(StyledLine((row == 0 ? first : "     ") + text, selected ? .selected : .normal))
            }
        }
        return out
    }
}
