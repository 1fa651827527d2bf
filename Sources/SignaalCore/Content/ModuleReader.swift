/// Reads a training module and checks its structure: unit ids, chat graphs
/// (every node reachable, every `next` known, every path ends, no loops),
/// question options and characters.
enum ModuleReader {
    static func read(_ top: inout ObjectReader, references: inout ReferenceTable) -> TrainingModule? {
        let id = top.id()
        let title = top.text("title")
        let summary = top.text("summary", multiline: true)
        let audience = top.choice("audience", Audience.self)
        let minutes = top.int("minutes", range: 1...600)
        let passMark = top.int("passMark", required: false, range: 1...100) ?? 60
        let reviewLanguages = top.strings("reviewLanguages", required: false) ?? []
        for language in reviewLanguages where !top.languages.contains(language) {
            top.problem("review language \"\(language)\" is not in \"languages\"")
        }
        let sources = top.strings("sources") ?? []
        references.add(.source, field: "sources", in: top)
        let characters = top.objects("characters", required: false, ids: \.id, what: "character") { item -> ChatCharacter? in
            guard let id = item.id(), let name = item.text("name") else { return nil }
            return ChatCharacter(id: id, name: name)
        }
        let characterIDs = Set(characters.map(\.id))
        let units = top.objects("units", ids: \.id, what: "unit") { item -> ModuleUnit? in
            let id = item.id()
            let title = item.text("title")
            let type = item.string("type")
            let content: UnitContent?
            switch type {
            case "lesson": content = lesson(&item)
            case "chat": content = chat(&item, characters: characterIDs)
            case "question": content = question(&item)
            case let other?:
                item.problem("unknown unit type \"\(other)\" (known: lesson, chat, question)")
                content = nil
            case nil:
                content = nil
            }
            guard let id, let title, let content else { return nil }
            return ModuleUnit(id: id, title: title, content: content)
        }
        if units.isEmpty { top.problem("a module needs at least one unit") }
        guard let id, let title, let summary, let audience, let minutes else { return nil }
        return TrainingModule(id: id, languages: top.languages, reviewLanguages: reviewLanguages, title: title, summary: summary,
                              audience: audience, minutes: minutes, passMark: passMark, sources: sources,
                              characters: characters, units: units)
    }

    static func lesson(_ item: inout ObjectReader) -> UnitContent? {
        let pages = item.objects("pages") { page -> LessonPage? in
            let text = page.text("text", multiline: true)
            let keyPoints = texts(&page, "keyPoints")
            let facilitator = page.text("facilitator", required: false, multiline: true)
            let discuss = texts(&page, "discuss")
            guard let text else { return nil }
            return LessonPage(text: text, keyPoints: keyPoints, facilitator: facilitator, discuss: discuss)
        }
        if pages.isEmpty {
            item.problem("a lesson needs at least one page")
            return nil
        }
        return .lesson(pages)
    }

    /// An optional list of texts.
    static func texts(_ item: inout ObjectReader, _ key: String, required: Bool = false) -> [LocalizedText] {
        (item.array(key, required: required) ?? []).enumerated().compactMap { index, node in
            TextReader.read(node, file: item.file, path: "\(item.path).\(key)[\(index)]", languages: item.languages, multiline: false, log: item.log)
        }
    }

    static func chat(_ item: inout ObjectReader, characters: Set<String>) -> UnitContent? {
        let clockText = item.string("clock") ?? "00:00"
        let clock = parseClock(clockText)
        if clock == nil { item.problem("\"clock\" must be a time like \"16:05\", found \"\(clockText)\"") }
        let start = item.string("start")
        var nodeLines: [String: Int] = [:]
        var duplicateLines: [(id: String, line: Int)] = []
        var replyLines: [String: [(next: String, line: Int)]] = [:]
        let nodes = item.objects("nodes") { node -> ChatNode? in
            let id = node.id()
            let messages = node.objects("messages", required: false) { message -> ChatMessage? in
                let from = message.string("from")
                if let from, !characters.contains(from) {
                    message.problem("unknown character \"\(from)\" (declare it in \"characters\")")
                }
                guard let from, let text = message.text("text") else { return nil }
                return ChatMessage(from: from, text: text)
            }
            var lines: [(next: String, line: Int)] = []
            let replies = node.objects("replies", required: false) { reply -> ChatReply? in
                let text = reply.text("text")
                let next = reply.string("next")
                let feedback = reply.text("feedback", required: false, multiline: true)
                guard let text, let next else { return nil }
                lines.append((next, reply.line))
                return ChatReply(text: text, next: next, feedback: feedback)
            }
            let end = node.bool("end", required: false) ?? false
            let outcome = node.text("outcome", required: false, multiline: true)
            if end && !replies.isEmpty { node.problem("an end node has no replies") }
            if !end && replies.isEmpty { node.problem("a node needs replies, or \"end\": true") }
            if end && outcome == nil { node.problem("an end node needs an \"outcome\"") }
            if messages.isEmpty && replies.isEmpty { node.problem("a node needs messages or replies") }
            guard let id else { return nil }
            duplicateLines.append((id, node.line))
            if nodeLines[id] == nil {
                nodeLines[id] = node.line
                replyLines[id] = lines
            }
            return ChatNode(id: id, messages: messages, replies: end ? [] : replies, outcome: outcome)
        }
        reportDuplicateIDs(duplicateLines, what: "node", in: item)
        guard let start, let clock else { return nil }
        ChatGraphCheck(nodes: nodes, start: start, nodeLines: nodeLines, replyLines: replyLines).report(in: item)
        return .chat(ChatScenario(clock: clock, start: start, nodes: nodes))
    }

    static func parseClock(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
        return hours * 60 + minutes
    }

    static func question(_ item: inout ObjectReader) -> UnitContent? {
        let kind = item.choice("kind", QuestionKind.self)
        let prompt = item.text("prompt", multiline: true)
        let scene = texts(&item, "scene", required: kind == .spot)
        let options = item.objects("options") { option -> QuestionOption? in
            let text = option.text("text")
            let correct = option.bool("correct")
            let explanation = option.text("explanation", required: false, multiline: true)
            guard let text, let correct else { return nil }
            return QuestionOption(text: text, correct: correct, explanation: explanation)
        }
        let explanation = item.text("explanation", multiline: true)
        let scored = item.bool("scored", required: false) ?? true
        let points = item.int("points", required: false, range: 1...10) ?? 1
        let correct = options.filter(\.correct).count
        switch kind {
        case .single?:
            if options.count < 2 { item.problem("a single-choice question needs at least two options") }
            if correct != 1 { item.problem("a single-choice question needs exactly one correct option, found \(correct)") }
        case .truefalse?:
            if options.count != 2 { item.problem("a true/false question has exactly two options (true first), found \(options.count)") }
            if correct != 1 { item.problem("a true/false question needs exactly one correct option, found \(correct)") }
        case .multiple?:
            if options.count < 2 { item.problem("a multiple-choice question needs at least two options") }
            if correct < 1 { item.problem("a multiple-choice question needs at least one correct option") }
        case .spot?:
            if correct < 1 { item.problem("a spot-the-signals question needs at least one line that is a signal") }
            if options.count != scene.count { item.problem("a spot question needs one option per scene line (\(scene.count) lines, \(options.count) options)") }
        case nil:
            break
        }
        guard let kind, let prompt, let explanation else { return nil }
        return .question(Question(kind: kind, prompt: prompt, scene: scene, options: options, explanation: explanation, scored: scored, points: points))
    }
}

/// The checks on a chat's graph, each reported at the node's line.
struct ChatGraphCheck {
    let nodes: [ChatNode]
    let start: String
    let nodeLines: [String: Int]
    let replyLines: [String: [(next: String, line: Int)]]

    func report(in item: ObjectReader) {
        let ids = Set(nodes.map(\.id))
        guard ids.contains(start) else {
            item.problem("\"start\" names node \"\(start)\", which does not exist")
            return
        }
        var seen: Set<String> = []
        for node in nodes where seen.insert(node.id).inserted {
            let id = node.id
            for reply in replyLines[id] ?? [] where !ids.contains(reply.next) {
                item.log.report(item.file, line: reply.line, path: item.path, "reply in node \"\(id)\" leads to unknown node \"\(reply.next)\"")
            }
        }
        // Two nodes with one id are reported where they are read; the first counts here.
        let edges = Dictionary(nodes.map { ($0.id, $0.replies.map(\.next).filter(ids.contains)) }, uniquingKeysWith: { first, _ in first })
        // Reachable from the start.
        var reachable: Set<String> = [start]
        var queue = [start]
        while let id = queue.popLast() {
            for next in edges[id] ?? [] where reachable.insert(next).inserted { queue.append(next) }
        }
        for node in nodes where !reachable.contains(node.id) {
            item.log.report(item.file, line: nodeLines[node.id], path: item.path, "node \"\(node.id)\" cannot be reached from \"\(start)\"")
        }
        if let loop = firstLoop(edges) {
            item.log.report(item.file, line: nodeLines[loop], path: item.path, "the conversation can loop back to node \"\(loop)\"; every path must end")
        }
    }

    /// A node that a path from the start comes back to, if any (a loop could
    /// go on for ever). Depth first with a stack of its own, not recursion:
    /// a chat of 40,000 nodes in a row must not overflow the call stack.
    func firstLoop(_ edges: [String: [String]]) -> String? {
        var state: [String: Bool] = [start: false]  // false: on the current path; true: done
        var stack: [(id: String, next: Int)] = [(start, 0)]
        while let top = stack.last {
            let targets = edges[top.id] ?? []
            guard top.next < targets.count else {
                state[top.id] = true
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            let next = targets[top.next]
            switch state[next] {
            case false?: return next
            case true?: continue
            case nil:
                state[next] = false
                stack.append((next, 0))
            }
        }
        return nil
    }
}
