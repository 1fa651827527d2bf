import SignaalCore

/// Keys while doing a module: pages, chat replies, answers, completion.
enum TrainingScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var training = state.training else {
            state.current = .activities
            return []
        }
        if key == .character("t") || key == .character("T") {
            training.cycleTextLanguage(from: training.language(state))
            state.training = training
            ScrollClamp.current(&state)
            return []
        }
        if key == .character("f") || key == .character("F") {
            training.showFacilitator.toggle()
            state.training = training
            ScrollClamp.current(&state)
            return []
        }
        if ListMove.isBack(key) && key != .left && key != .backspace {
            leave(&state)
            return []
        }
        var changed = false
        // Measured before the key: ↑↓ scroll the text as it is shown now.
        let extent = TrainingView.scrollExtent(state, training) ?? (0, 0)
        if training.runner.progress.finished {
            return finished(key, &training, extent, &state)
        }
        switch training.runner.unit?.content {
        case .lesson?:
            changed = lesson(key, &training, extent)
        case .chat?:
            changed = chat(key, &training)
        case .question?:
            changed = question(key, &training, extent)
        case nil:
            break
        }
        state.training = training
        return changed ? TrainingActions.save(state) : []
    }

    static func leave(_ state: inout AppState) {
        if state.training?.classMode == true {
            state.current = state.role == nil ? .training : .activities
            if state.role == nil { state.overlay = .confirmQuit }
        } else {
            state.current = .learnerHome
        }
    }

    static func enterUnit(_ training: inout TrainingState) {
        training.optionCursor = 0
        training.chosen = []
        training.scroll.reset()
        training.showingReplyFeedback = false
        // A new chat starts with its first messages being typed.
        training.revealed = training.runner.chat == nil ? 0 : min(1, training.runner.transcript.count)
    }
}

/// Draws a module being done: lesson pages, chats, questions, the end.
enum TrainingView {
    static func make(_ state: AppState) -> ScreenView {
        guard let training = state.training else { return .nothing }
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
                grid.render(ScrollView(lines: CompletionView.lines(state, training, width: inner.width)), in: inner, state: training.scroll)
                return
            }
            guard let unit = runner.unit else { return }
            // Heading: the unit's title and a bar of how far the module is.
            let bar = progressBar(done: runner.progress.unitIndex, total: module.units.count, width: 12)
            grid.put(TextWrap.truncate(unit.title(training.language(state)), width: inner.width - 16), x: inner.x, y: inner.y, role: .heading)
            grid.put(bar, x: inner.right - DisplayWidth.of(bar), y: inner.y, role: .accent)
            switch unit.content {
            case .lesson:
                grid.render(ScrollView(lines: LessonView.lines(state, training, width: body.width)), in: body, state: training.scroll)
            case .chat:
                ChatView.draw(state, training, into: &grid, body)
            case .question:
                let (lines, focus) = QuestionView.lines(state, training, width: body.width)
                var scroll = training.scroll
                if runner.answer == nil {
                    // Until answered, the text follows the option under the cursor.
                    scroll = ScrollState()
                    scroll.move(by: focus - body.height + 2, content: lines.count, viewport: body.height)
                }
                grid.render(ScrollView(lines: lines), in: body, state: scroll)
            }
        }
    }

    /// The module's area (inside the class-mode margin) and, below a unit's heading, its body.
    static func areas(_ training: TrainingState, _ area: Rect) -> (inner: Rect, body: Rect) {
        let inner = training.classMode ? area.inset(2, 0) : area
        return (inner, inner.cutTop(2).rest)
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
            if let extent = scrollExtent(state, training), extent.content > extent.viewport { hints.append(("↑↓", state.t("key.scroll"))) }
            return hints
        }
        switch runner.unit?.content {
        case .lesson?:
            hints = [("Enter", state.t("key.next")), ("←", state.t("key.previous"))]
            // A page taller than the screen (notes shown at 80x24): say that ↑↓ reach the rest.
            if let extent = scrollExtent(state, training), extent.content > extent.viewport {
                hints.append(("↑↓", state.t("key.scroll")))
            }
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
        // A class started from the menu resumes when chosen again; `signaal class` has nowhere to go back to.
        hints.append(("Esc", state.t(training.classMode && state.role == nil ? "key.stop" : "key.pause")))
        return hints
    }
}
