import SignaalCore

/// The chosen role's activities: checklists, training, the manager's view, pocket cards.
enum ActivitiesScreen {
    /// Activity kinds this version can open; the others show as "coming".
    static let kinds: Set<Activity.Kind> = [.checklist, .training, .classroom, .organisation, .card]

    static func isAvailable(_ activity: Activity) -> Bool {
        !activity.coming && kinds.contains(activity.kind)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let activities = state.role?.activities ?? []
        switch ListMove.action(key, cursor: state.activityCursor, count: activities.count, digits: true) {
        case .move(let next)?:
            state.activityCursor = next
        case .choose(let chosen)?:
            state.activityCursor = chosen
            return open(&state)
        case nil:
            break
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
            state.current = state.learner == nil ? .learnerForm : .learnerHome
            // The form offers the organisations; the overview shows the learner's work.
            return [.loadOrganisations(counted: false)] + (state.learner.map { [.loadLearner($0)] } ?? [])
        case .organisation:
            state.current = .organisations(cursor: 0)
            return [.loadOrganisations(counted: true)]
        case .card:
            guard let card = activity.ref, let role = state.role?.id else { return [] }
            return [.printCard(cardID: card, roleID: role, language: state.language)]
        case .classroom:
            guard let module = activity.ref.flatMap(state.content.module) else { return [] }
            // Back to the same lesson resumes it: an Esc in front of the class must not lose the place.
            if let running = state.training, running.classMode, running.runner.module.id == module.id, !running.runner.progress.finished {
                state.current = .training
                return []
            }
            state.training = TrainingState(runner: ModuleRunner(module: module, order: .run(state.environment.runSeed())), learnerID: nil, classMode: true)
            state.current = .training
            return []
        default:
            break
        }
        guard let id = activity.ref, let checklist = state.content.checklist(id) else { return [] }
        // Returning to the same checklist resumes it; another one starts fresh.
        if state.session?.checklist.id != checklist.id {
            state.session = ChecklistSession(checklist: checklist)
        }
        state.current = .checklist
        return []
    }
}

enum ActivitiesView {
    static func make(_ state: AppState) -> ScreenView {
        let role = state.role
        return ScreenView(
            title: role?.label(state.language) ?? "",
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.open")), ("Esc", state.t("key.back"))]
        ) { grid, area in
            let list = grid.render(heading: state.t("activities.question"), atTopOf: area)
            let items = (role?.activities ?? []).map { activity in
                Menu.Item(label: activity.label(state.language), description: activity.description(state.language),
                          tag: ActivitiesScreen.isAvailable(activity) ? nil : state.t("activities.coming"))
            }
            Menu.draw(items, cursor: state.activityCursor, into: &grid, list)
        }
    }
}
