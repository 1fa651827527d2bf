import SignaalCore

/// Draws a module being done: lesson pages, chats, questions, the end.
enum TrainingView {
    static func make(_ state: AppState) -> ScreenView {
        guard let training = state.training else { return ScreenView(title: "", hints: [], status: nil) { _, _ in } }
        let runner = training.runner
        let module = runner.module
        let t = { (key: String, args: [String: String]) in state.t(key, args) }
        let unitNumber = min(runner.progress.unitIndex + 1, module.units.count)
        let review = module.reviewLanguages.contains(training.language(state).code) ? " · " + t("training.reviewNote", [:]) : ""
        let status = runner.progress.finished ? nil
            : t("training.unitOf", ["n": "\(unitNumber)", "total": "\(module.units.count)"]) + (training.classMode ? " · " + t("class.mode", [:]) : "") + review
        return ScreenView(title: module.title(training.language(state)), hints: hints(state, training), status: status) { grid, area in
            let (inner, body) = areas(training, area)
            if runner.progress.finished {
                draw(CompletionView.lines(state, training, width: inner.width), scroll: training.scroll.offset, into: &grid, inner)
                return
            }
            guard let unit = runner.unit else { return }
            // Heading: the unit's title and a bar of how far the module is.
            let bar = progressBar(done: runner.progress.unitIndex, total: module.units.count, width: 12)
            grid.put(TextWrap.truncate(unit.title(training.language(state)), width: inner.width - 16), x: inner.x, y: inner.y, role: .heading)
            grid.put(bar, x: inner.right - DisplayWidth.of(bar), y: inner.y, role: .accent)
            switch unit.content {
            case .lesson:
                draw(LessonView.lines(state, training, width: body.width), scroll: training.scroll.offset, into: &grid, body)
            case .chat:
                ChatView.draw(state, training, into: &grid, body)
            case .question:
                let (lines, focus) = QuestionView.lines(state, training, width: body.width)
                let answered = runner.answer != nil
                let scroll = answered ? training.scroll.offset : max(0, focus - body.height + 2)
                draw(lines, scroll: scroll, into: &grid, body)
            }
        }
    }

    /// The module's area (inside the class-mode margin) and, below a unit's heading, its body.
    static func areas(_ training: TrainingState, _ area: Rect) -> (inner: Rect, body: Rect) {
        let inner = training.classMode ? Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height) : area
        return (inner, Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2))
    }

    /// The length of the text ↑↓ scroll now (lesson page, answered question,
    /// completion) and the rows it is shown in, at the current size; nil where
    /// the arrows move a cursor instead.
    static func scrollExtent(_ state: AppState, _ training: TrainingState) -> (content: Int, viewport: Int)? {
        let (inner, body) = areas(training, Frame.layout(state.size).body)
        if training.runner.progress.finished {
            return (CompletionView.lines(state, training, width: inner.width).count, inner.height)
        }
        switch training.runner.unit?.content {
        case .lesson?:
            return (LessonView.lines(state, training, width: body.width).count, body.height)
        case .question? where training.runner.answer != nil:
            return (QuestionView.lines(state, training, width: body.width).0.count, body.height)
        default:
            return nil
        }
    }

    static func hints(_ state: AppState, _ training: TrainingState) -> [(key: String, label: String)] {
        let runner = training.runner
        var hints: [(key: String, label: String)]
        if runner.progress.finished {
            hints = [("Enter", state.t("key.done")), ("r", state.t("key.retry"))]
            if !training.classMode { hints.append(("c", state.t("key.certificate"))) }
            return hints
        }
        switch runner.unit?.content {
        case .lesson?:
            hints = [("Enter", state.t("key.next")), ("←", state.t("key.previous"))]
        case .chat?:
            if training.pendingLines > 0 || training.showingReplyFeedback || runner.chatNode?.isEnd == true {
                hints = [("Enter", state.t("key.next"))]
            } else {
                hints = [("↑↓", state.t("key.move")), ("Enter", state.t("key.send"))]
            }
        case .question?:
            if runner.answer != nil {
                hints = [("Enter", state.t("key.next")), ("↑↓", state.t("key.scroll"))]
            } else if runner.question?.kind.allowsSeveral == true {
                hints = [("↑↓", state.t("key.move")), (state.t("key.spaceName"), state.t("key.check")), ("Enter", state.t("key.submit"))]
            } else {
                hints = [("↑↓", state.t("key.move")), ("Enter", state.t("key.submit"))]
            }
        case nil:
            hints = []
        }
        if training.classMode { hints.append(("f", state.t("key.facilitator"))) }
        if training.runner.module.languages.count > 2 {
            hints.append(("t", training.language(state).code.uppercased()))
        }
        hints.append(("Esc", state.t(training.classMode ? "key.stop" : "key.pause")))
        return hints
    }

    static func progressBar(done: Int, total: Int, width: Int) -> String {
        let filled = total > 0 ? min(width, done * width / total) : 0
        return String(repeating: "■", count: filled) + String(repeating: "□", count: width - filled) + " \(min(done + 1, total))/\(total)"
    }

    /// Draws lines from `scroll`, clamped, with arrows when there is more.
    static func draw(_ lines: [StyledLine], scroll: Int, into grid: inout Grid, _ area: Rect) {
        let top = max(0, min(scroll, lines.count - area.height))
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            line.draw(into: &grid, x: area.x, y: area.y + offset, width: area.width)
        }
        if top > 0 { grid.put("↑", x: area.right - 1, y: area.y, role: .dim) }
        if top + area.height < lines.count { grid.put("↓", x: area.right - 1, y: area.bottom - 1, role: .dim) }
    }

    static func paragraph(_ text: String, width: Int, role: StyleRole = .normal, indent: String = "") -> [StyledLine] {
        TextWrap.lines(text, width: width - DisplayWidth.of(indent)).map { StyledLine(indent + $0, role) }
    }
}

enum LessonView {
    static func lines(_ state: AppState, _ training: TrainingState, width: Int) -> [StyledLine] {
        guard let page = training.runner.page else { return [] }
        let language = training.language(state)
        let w = width - 2
        var out: [StyledLine] = []
        let gap = training.classMode
        for paragraph in page.text(language).components(separatedBy: "\n") {
            out += TrainingView.paragraph(paragraph, width: w)
            if gap { out.append(StyledLine()) }
        }
        if !page.keyPoints.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine(state.t("training.keyPoints"), .heading))
            for point in page.keyPoints {
                out += DocumentView.hanging(point(language), first: "• ", rest: "  ", width: w)
            }
        }
        if training.classMode, !page.discuss.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine(state.t("training.discuss"), .heading))
            for question in page.discuss {
                out += DocumentView.hanging(question(language), first: "? ", rest: "  ", width: w)
            }
        }
        if training.showFacilitator, let notes = page.facilitator {
            out.append(StyledLine())
            out.append(StyledLine(state.t("training.facilitator"), .accent))
            out += TrainingView.paragraph(notes(language), width: w, role: .dim, indent: "│ ")
        }
        out.append(StyledLine())
        out.append(StyledLine(state.t("training.page", ["n": "\(training.runner.progress.pageIndex + 1)", "total": "\(training.runner.pageCount)"]), .dim))
        return out
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
        let shown = Array(lines.suffix(transcriptHeight))
        for (offset, line) in shown.enumerated() {
            line.draw(into: &grid, x: area.x, y: area.y + offset, width: area.width)
        }
        if lines.count > transcriptHeight { grid.put("↑", x: area.right - 1, y: area.y, role: .dim) }
        let top = area.bottom - bottom.count
        grid.put(String(repeating: "─", count: area.width), x: area.x, y: top - 1, role: .border)
        for (offset, line) in bottom.enumerated() {
            line.draw(into: &grid, x: area.x, y: top + offset, width: area.width)
        }
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
