import SignaalCore

/// Keys while doing a module: pages, chat replies, answers, completion.
enum TrainingScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var training = state.training else {
            state.screen = .activities
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
            state.screen = state.role == nil ? .training : .activities
            if state.role == nil { state.overlay = .confirmQuit }
        } else {
            state.screen = .learnerHome
        }
    }

    /// Returns whether progress changed (and must be saved).
    static func lesson(_ key: Key, _ training: inout TrainingState, _ extent: (content: Int, viewport: Int)) -> Bool {
        switch key {
        case .enter, .right, .character(" "), .character("n"), .pageDown:
            training.runner.nextPage()
            training.scroll.reset()
            enterUnit(&training)
            return true
        case .left, .backspace, .character("p"), .pageUp:
            training.runner.previousPage()
            training.scroll.reset()
            return true
        case .down, .character("j"), .up, .character("k"):
            _ = training.scroll.handle(key, content: extent.content, viewport: extent.viewport)
        default: break
        }
        return false
    }

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
        if case .character(let c) = key, let n = c.wholeNumberValue, (1...node.replies.count).contains(n) { pick = n - 1 }
        guard let pick else { return false }
        let shownBefore = training.runner.transcript.count
        training.runner.reply(pick)
        training.optionCursor = 0
        training.showingReplyFeedback = training.runner.lastReply?.feedback != nil
        // The learner's own message shows at once; the answer is "typed".
        training.revealed = min(training.runner.transcript.count, shownBefore + 1)
        return true
    }

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
        switch key {
        case .character(" "), .character("x"):
            toggle(training.optionCursor)
        case .character(let c) where c.wholeNumberValue.map { (1...count).contains($0) } == true:
            training.optionCursor = (c.wholeNumberValue ?? 1) - 1
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

    static func enterUnit(_ training: inout TrainingState) {
        training.optionCursor = 0
        training.chosen = []
        training.scroll.reset()
        training.showingReplyFeedback = false
        // A new chat starts with its first messages being typed.
        training.revealed = training.runner.chat == nil ? 0 : min(1, training.runner.transcript.count)
    }

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
