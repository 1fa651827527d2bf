/// Where a learner is in a module and what they answered. Saved after every
/// answer, so quitting and starting again resumes at the same place.
public struct ModuleProgress: Codable, Equatable, Sendable {
    public var moduleID: String
    public var unitIndex = 0
    public var pageIndex = 0
    /// Chat unit id → the replies chosen so far, as indices.
    public var chatPaths: [String: [Int]] = [:]
    /// Question unit id → the chosen options.
    public var answers: [String: [Int]] = [:]
    public var finished = false
    public var attempt = 1

    public init(moduleID: String) { self.moduleID = moduleID }
}

/// One line of a chat as shown: who, what, and the clock.
public struct ChatLine: Equatable, Sendable {
    public enum Speaker: Equatable, Sendable {
        case character(String)
        case learner
    }
    public let speaker: Speaker
    public let text: LocalizedText
    /// Minutes since midnight.
    public let time: Int

    public var clock: String {
        let minutes = ((time % 1440) + 1440) % 1440
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// Moves a learner through a module: pure rules over `ModuleProgress`.
public struct ModuleRunner: Sendable {
    public let module: TrainingModule
    public private(set) var progress: ModuleProgress
    /// How this learner (or this class run) sees the options; see `OptionOrder`.
    public let order: OptionOrder

    public init(module: TrainingModule, progress: ModuleProgress? = nil, order: OptionOrder = .stored) {
        self.module = module
        self.order = order
        var progress = progress ?? ModuleProgress(moduleID: module.id)
        // Saved progress from an older version of the module is kept within bounds.
        progress.unitIndex = min(max(0, progress.unitIndex), module.units.count)
        // A records file is untrusted: no index or count that could overflow when it moves on.
        progress.pageIndex = min(max(0, progress.pageIndex), 100_000)
        progress.attempt = min(max(1, progress.attempt), 1_000_000)
        if progress.unitIndex == module.units.count { progress.finished = true }
        self.progress = progress
    }

    public var unit: ModuleUnit? {
        module.units.indices.contains(progress.unitIndex) ? module.units[progress.unitIndex] : nil
    }

    public var score: ModuleScore { ModuleScore(module: module, answers: progress.answers) }
    public var isCompleted: Bool { progress.finished && score.passed }

    // MARK: Lessons

    public var page: LessonPage? {
        guard case .lesson(let pages)? = unit?.content, pages.indices.contains(progress.pageIndex) else { return nil }
        return pages[progress.pageIndex]
    }

    public var pageCount: Int {
        if case .lesson(let pages)? = unit?.content { return pages.count }
        return 0
    }

    /// The next page, or the next unit after the last page.
    public mutating func nextPage() {
        if progress.pageIndex + 1 < pageCount {
            progress.pageIndex += 1
        } else {
            nextUnit()
        }
    }

    public mutating func previousPage() {
        progress.pageIndex = max(0, progress.pageIndex - 1)
    }

    // MARK: Chats

    public var chat: ChatScenario? {
        if case .chat(let scenario)? = unit?.content { return scenario }
        return nil
    }

    /// The node the conversation has reached.
    public var chatNode: ChatNode? {
        guard let chat, let unit else { return nil }
        var node = chat.node(chat.start)
        for choice in progress.chatPaths[unit.id] ?? [] {
            guard let current = node, current.replies.indices.contains(choice) else { break }
            node = chat.node(current.replies[choice].next)
        }
        return node
    }

    /// The conversation so far, with the clock moving on a minute a message.
    public var transcript: [ChatLine] {
        guard let chat, let unit else { return [] }
        var lines: [ChatLine] = []
        var time = chat.clock
        var node = chat.node(chat.start)
        var choices = (progress.chatPaths[unit.id] ?? [])[...]
        while let current = node {
            for message in current.messages {
                lines.append(ChatLine(speaker: .character(message.from), text: message.text, time: time))
                time += 1
            }
            guard let choice = choices.popFirst(), current.replies.indices.contains(choice) else { break }
            lines.append(ChatLine(speaker: .learner, text: current.replies[choice].text, time: time))
            time += 1
            node = chat.node(current.replies[choice].next)
        }
        return lines
    }

    /// The learner picks a reply at the current node.
    public mutating func reply(_ index: Int) {
        guard let unit, let node = chatNode, node.replies.indices.contains(index) else { return }
        progress.chatPaths[unit.id, default: []].append(index)
    }

    /// The reply chosen last in this chat, to show its feedback.
    public var lastReply: ChatReply? {
        guard let chat, let unit, let path = progress.chatPaths[unit.id], !path.isEmpty else { return nil }
        var node = chat.node(chat.start)
        var reply: ChatReply?
        for choice in path {
            guard let current = node, current.replies.indices.contains(choice) else { return nil }
            reply = current.replies[choice]
            node = chat.node(current.replies[choice].next)
        }
        return reply
    }

    // MARK: Questions

    /// The current question as this learner sees it: options in shown order.
    /// `answer` and `answer(_:)` speak in shown positions too; progress keeps
    /// stored indices.
    public var question: Question? {
        guard let unit, let question = unit.question else { return nil }
        return question.reordered(shownOrder(unit))
    }

    /// Shown position → stored index for a question unit.
    public func shownOrder(_ unit: ModuleUnit) -> [Int] {
        order.permutation(module: module, unit: unit, attempt: progress.attempt)
    }

    /// The answer to `unit` in shown positions, nil when not answered.
    public func shownAnswer(_ unit: ModuleUnit) -> [Int]? {
        guard let stored = progress.answers[unit.id] else { return nil }
        let shown = shownOrder(unit)
        return stored.compactMap { shown.firstIndex(of: $0) }.sorted()
    }

    /// The answer to the current question, in shown positions.
    public var answer: [Int]? {
        guard let unit else { return nil }
        return shownAnswer(unit)
    }

    /// Answers the current question with options chosen by shown position.
    public mutating func answer(_ chosen: Set<Int>) {
        guard let unit, unit.question != nil else { return }
        let shown = shownOrder(unit)
        progress.answers[unit.id] = chosen.filter { shown.indices.contains($0) }.map { shown[$0] }.sorted()
    }

    // MARK: Moving on

    /// Whether the current unit is done and the learner may go on.
    public var canContinue: Bool {
        switch unit?.content {
        case .lesson?: return true
        case .chat?: return chatNode?.isEnd ?? true
        case .question?: return answer != nil
        case nil: return false
        }
    }

    public mutating func nextUnit() {
        guard progress.unitIndex < module.units.count else { return }
        progress.unitIndex += 1
        progress.pageIndex = 0
        if progress.unitIndex >= module.units.count { progress.finished = true }
    }

    /// Starts again from the beginning, keeping count of the attempts.
    public mutating func retry() {
        let attempt = progress.attempt + 1
        progress = ModuleProgress(moduleID: module.id)
        progress.attempt = attempt
    }
}
