import SignaalCore

enum RolesScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let roles = state.content.roles
        if let next = ListMove.cursor(after: key, cursor: state.roleCursor, count: roles.count) {
            state.roleCursor = next
        } else if case .character(let c) = key, let n = c.wholeNumberValue, (1...roles.count).contains(n) {
            state.roleCursor = n - 1
            choose(&state)
        } else if ListMove.isSelect(key) {
            choose(&state)
        } else if key == .escape || key == .character("q") {
            // Meldcode ticks that are in no saved note are not lost silently.
            if state.caseWork.hasUnsaved {
                state.overlay = .confirmQuit
                return []
            }
            return [.quit]
        }
        return []
    }

    static func choose(_ state: inout AppState) {
        guard state.content.roles.indices.contains(state.roleCursor) else { return }
        let role = state.content.roles[state.roleCursor]
        if state.role?.id != role.id { state.activityCursor = 0 }
        state.role = role
        state.screen = .activities
    }
}

enum ActivitiesScreen {
    /// Activity kinds this version can open; the others show as "coming".
    static let kinds: Set<Activity.Kind> = [.checklist, .training, .classroom, .organisation, .card]

    static func isAvailable(_ activity: Activity) -> Bool {
        !activity.coming && kinds.contains(activity.kind)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let activities = state.role?.activities ?? []
        if let next = ListMove.cursor(after: key, cursor: state.activityCursor, count: activities.count) {
            state.activityCursor = next
        } else if case .character(let c) = key, let n = c.wholeNumberValue, (1...max(1, activities.count)).contains(n), n <= activities.count {
            state.activityCursor = n - 1
            return open(&state)
        } else if ListMove.isSelect(key) {
            return open(&state)
        } else if ListMove.isBack(key) {
            state.screen = .roles
        }
        return []
    }

    static func open(_ state: inout AppState) -> [Effect] {
        guard let activities = state.role?.activities, activities.indices.contains(state.activityCursor) else { return [] }
        let activity = activities[state.activityCursor]
        guard isAvailable(activity) else {
            state.status = .init("status.coming", ["name": activity.label(state.language)])
            return []
        }
        switch activity.kind {
        case .training:
            state.suggestedModule = activity.ref
            state.screen = state.learner == nil ? .learnerForm : .learnerHome
            return [.loadRecords]
        case .organisation:
            state.organisationCursor = 0
            state.screen = .organisations
            return [.loadRecords]
        case .card:
            guard let card = activity.ref, let role = state.role?.id else { return [] }
            return [.printCard(cardID: card, roleID: role, language: state.language)]
        case .classroom:
            guard let module = activity.ref.flatMap(state.content.module) else { return [] }
            state.training = TrainingState(runner: ModuleRunner(module: module, order: .run(state.environment.runSeed())), learnerID: nil, classMode: true)
            state.screen = .training
            return []
        default:
            break
        }
        guard let id = activity.ref, let checklist = state.content.checklist(id) else { return [] }
        // Returning to the same checklist resumes it; another one starts fresh.
        if state.session?.checklist.id != checklist.id {
            state.session = ChecklistSession(checklist: checklist)
        }
        state.screen = .checklist
        return []
    }
}

enum ChecklistScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var session = state.session else {
            state.screen = .activities
            return []
        }
        defer { state.session = session }
        let signals = session.checklist.signals
        if let next = ListMove.cursor(after: key, cursor: session.cursor, count: signals.count) {
            session.cursor = next
            return []
        }
        switch key {
        case .character(" "), .character("x"):
            guard signals.indices.contains(session.cursor) else { return [] }
            let id = signals[session.cursor].id
            if session.input.checked.contains(id) {
                session.input.checked.remove(id)
            } else {
                session.input.checked.insert(id)
            }
        case .character("?"), .character("i"):
            if signals.indices.contains(session.cursor) {
                state.overlay = .signalInfo(signals[session.cursor].id)
            }
        case .enter, .tab, .right:
            state.screen = .context
        case .escape, .character("q"), .left, .backspace:
            state.screen = .activities
        default:
            break
        }
        return []
    }
}

enum ContextScreen {
    static let ageChoices: [AgeGroup] = [.minor, .adult, .unknown]

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        defer { state.session = session }
        switch key {
        case .up, .character("k"), .backTab:
            session.contextCursor = max(0, session.contextCursor - 1)
        case .down, .character("j"), .tab:
            session.contextCursor = min(session.lastContextQuestion, session.contextCursor + 1)
        case .left, .right, .character(" "):
            let step = key == .left ? -1 : 1
            if session.contextCursor == 0 {
                let index = ageChoices.firstIndex(of: session.input.age) ?? 2
                session.input.age = ageChoices[(index + step + ageChoices.count) % ageChoices.count]
            } else if session.contextCursor == 1 {
                session.input.acute.toggle()
            } else {
                session.answerOwnQuestion()
            }
        case .character("1"), .character("2"), .character("3"):
            guard case .character(let c) = key, let n = c.wholeNumberValue else { break }
            if session.contextCursor == 0 {
                session.input.age = ageChoices[n - 1]
            } else if n <= 2, session.contextCursor == 1 {
                session.input.acute = n == 1
            } else if n <= 2 {
                session.answerOwnQuestion(n == 1)
            }
        case .enter:
            session.resultScroll.reset()
            state.screen = .result
        case .escape, .character("q"), .backspace:
            state.screen = .checklist
        default:
            break
        }
        return []
    }
}

enum ResultScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        ResultLayout.refresh(&state)
        guard var session = state.session else { return [] }
        defer { state.session = session }
        let (content, viewport) = extent(state)
        if session.resultScroll.handle(key == .character(" ") ? .pageDown : key, content: content, viewport: viewport) { return [] }
        switch key {
        case .character("n"), .character("N"):
            session = ChecklistSession(checklist: session.checklist)
            state.caseWork = CaseWork()
            state.screen = .checklist
            state.status = .init("status.cleared")
        case .escape, .character("q"), .backspace, .left:
            state.screen = .context
        case .character("s"), .character("m"):
            CaseNoteFormScreen.open(from: key, &state)
        default:
            break
        }
        return []
    }

    /// The document's length and the rows it is shown in, at the current size.
    static func extent(_ state: AppState) -> (content: Int, viewport: Int) {
        let body = Frame.layout(state.size).body
        return (ResultLayout.lines(state, width: ResultLayout.width(body)).count, body.height)
    }

    /// Keeps the scroll within the document as laid out at the current size.
    static func clampScroll(_ state: inout AppState) {
        ResultLayout.refresh(&state)
        guard state.screen == .result, var session = state.session else { return }
        let (content, viewport) = extent(state)
        session.resultScroll.clamp(content: content, viewport: viewport)
        state.session = session
    }
}
