import SignaalCore

enum LearnerHomeScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let modules = state.content.modules
        switch ListMove.action(key, cursor: state.homeCursor, count: modules.count) {
        case .move(let next)?:
            state.homeCursor = next
            return []
        case .choose(let chosen)?:
            if LearnerIdentity.askOrganisation(before: modules[chosen], &state) { return [] }
            return TrainingActions.start(modules[chosen], &state)
        case nil:
            break
        }
        guard modules.indices.contains(state.homeCursor) else { return [] }
        let module = modules[state.homeCursor]
        switch key {
        case .character("n"), .character("N"):
            LearnerIdentity.switchLearner(&state)
        case .character("c"), .character("C"):
            return TrainingActions.exportCertificate(module, &state)
        default:
            break
        }
        return []
    }
}

enum LearnerHomeView {
    static func status(_ module: TrainingModule, _ state: AppState) -> (String, StyleRole) {
        guard let learner = state.learner,
              let enrolment = state.records.enrolment(learnerID: learner.id, moduleID: module.id) else {
            return (state.t("home.notStarted"), .dim)
        }
        if enrolment.completed != nil {
            var text = state.t("home.completed", ["score": "\(enrolment.completedScore ?? 0)"])
            if let certificate = state.records.certificates.last(where: { $0.learnerID == learner.id && $0.moduleID == module.id }) {
                text += " · " + state.t("home.certificate", ["code": certificate.code])
            }
            return (text, .levelNone)
        }
        let done = min(enrolment.progress.unitIndex, module.units.count)
        return (state.t("home.inProgress", ["done": "\(done)", "total": "\(module.units.count)"]), .accent)
    }

    static func make(_ state: AppState) -> ScreenView {
        let name = state.learner.map { $0.name + ($0.organisation.map { " · " + $0 } ?? "") } ?? ""
        return ScreenView(
            title: state.t("home.title", ["name": name]),
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.startModule")), ("c", state.t("key.certificate")),
                    ("n", state.t("key.anotherLearner")), ("Esc", state.t("key.back"))]
        ) { grid, area in
            let list = grid.render(heading: state.t("home.question"), atTopOf: area)
            // Four rows a module; scrolled so that the chosen one is always on
            // screen. Not a SelectableList: a module may start on the body's last
            // rows and end on the empty row under it (a SelectableList would hide
            // the fifth module at 80x25 and 80x26). ↑/↓ say that more modules
            // are out of sight, as on every scrolling screen.
            var y = list.y
            let fits = max(1, (list.height + 2) / 4)
            let first = max(0, state.homeCursor - fits + 1)
            var last = first - 1
            for (index, module) in state.content.modules.enumerated().dropFirst(first) where y < list.bottom - 1 {
                last = index
                let selected = index == state.homeCursor
                if selected { grid.fill(x: list.x, y: y, width: list.width, role: .selected) }
                var head = StyledLine(selected ? "▶ " : "  ", selected ? .selected : .normal)
                head.append(module.title(state.language), selected ? .selected : .heading)
                let meta = state.t("home.meta", ["audience": state.t("audience.\(module.audience.rawValue)"), "minutes": "\(module.minutes)"])
                let (text, role) = status(module, state)
                for (row, line) in [head, StyledLine("    " + meta, .dim), StyledLine("    " + text, role)].enumerated() {
                    line.draw(into: &grid, x: list.x, y: y + row, width: list.width)
                }
                y += 4
            }
            ScrollMarkers.draw(above: first > 0, below: last < state.content.modules.count - 1, in: list, into: &grid)
        }
    }
}
