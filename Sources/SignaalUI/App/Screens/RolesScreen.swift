import SignaalCore

/// The first screen: who are you (teacher, youth worker, hotel staff, manager…).
enum RolesScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let roles = state.content.roles
        guard case .roles(let cursor) = state.current else { return [] }
        switch ListMove.action(key, cursor: cursor, count: roles.count, digits: true) {
        case .move(let next)?:
            state.current = .roles(cursor: next)
        case .choose(let chosen)?:
            choose(chosen, &state)
        case nil:
            guard key == .escape || key == .character("q") else { return [] }
            // Back from the first screen quits: ticked signals and meldcode
            // ticks in no saved note are not lost silently (as with Q).
            if QuitGuard.hasUnsavedWork(state) {
                state.overlay = .confirmQuit
                return []
            }
            return [.quit]
        }
        return []
    }

    static func choose(_ index: Int, _ state: inout AppState) {
        guard state.content.roles.indices.contains(index) else { return }
        let role = state.content.roles[index]
        if state.role?.id != role.id { state.activityCursor = 0 }
        state.role = role
        state.current = .activities
    }
}

enum RolesView {
    static func make(_ state: AppState) -> ScreenView {
        ScreenView(
            title: state.t("roles.title"),
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.choose"))]
        ) { grid, area in
            let intro = grid.render(Paragraph(text: state.t("roles.intro")), atTopOf: area)
            let list = grid.render(heading: state.t("roles.question"), atTopOf: intro)
            let items = state.content.roles.map { Menu.Item(label: $0.label(state.language), description: $0.description(state.language), tag: nil) }
            guard case .roles(let cursor) = state.current else { return }
            Menu.draw(items, cursor: cursor, into: &grid, list)
        }
    }
}
