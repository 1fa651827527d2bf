import SignaalCore

enum LearnerFormView {
    static func make(_ state: AppState) -> ScreenView {
        let form = state.learnerForm
        return ScreenView(
            title: state.t("learner.title"),
            hints: [("Tab", state.t("key.field")), ("Enter", state.t("key.next")), ("Esc", state.t("key.back")), ("F1", state.t("key.help"))],
            status: nil
        ) { grid, area in
            var y = area.y
            for line in TextWrap.lines(state.t("learner.intro"), width: area.width) {
                grid.put(line, x: area.x, y: y)
                y += 1
            }
            y += 1
            for (index, (label, value)) in [(state.t("learner.name"), form.name), (state.t("learner.organisation"), form.organisation)].enumerated() {
                let focused = form.field == index
                grid.put(label, x: area.x, y: y, role: focused ? .heading : .normal)
                y += 1
                // 80 characters show at once; a longer name scrolls (its end is shown).
                let fieldWidth = min(area.width - 2, 82)
                grid.put("[" + String(repeating: " ", count: fieldWidth - 2) + "]", x: area.x, y: y, role: focused ? .accent : .dim)
                // Show the end of a long value, with the cursor after it.
                var shown = value
                while DisplayWidth.of(shown) > fieldWidth - 4 { shown.removeFirst() }
                grid.put(shown + (focused ? "▏" : ""), x: area.x + 1, y: y, role: focused ? .selected : .normal)
                y += 2
            }
            let organisations = state.records.organisations.map(\.name)
            if form.field == 0, !LearnerFormScreen.rosterNames(form, state).isEmpty {
                grid.put(state.t("learner.rosterNames"), x: area.x, y: y - 1, role: .dim, limit: area.width)
                y += 1
            } else if form.field == 1, !organisations.isEmpty {
                let list = organisations.prefix(4).joined(separator: ", ") + (organisations.count > 4 ? ", …" : "")
                grid.put(state.t("learner.knownOrganisations", ["list": list]), x: area.x, y: y - 1, role: .dim, limit: area.width)
                y += 1
            }
            if let problem = form.problem {
                for line in TextWrap.lines("! " + state.t(problem, ["maximum": "\(LearnerName.maximumLength)"]), width: area.width) {
                    grid.put(line, x: area.x, y: y, role: .error, limit: area.width)
                    y += 1
                }
            }
            y += 1
            for line in TextWrap.lines(state.t("learner.privacy"), width: area.width) where y < area.bottom {
                grid.put(line, x: area.x, y: y, role: .dim)
                y += 1
            }
        }
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
                    ("n", state.t("key.anotherLearner")), ("Esc", state.t("key.back"))],
            status: nil
        ) { grid, area in
            grid.put(state.t("home.question"), x: area.x, y: area.y, role: .heading)
            var y = area.y + 2
            // Four rows a module; scrolled so that the chosen one is always on screen.
            let fits = max(1, (area.bottom - 1 - y + 3) / 4)
            let first = max(0, state.homeCursor - fits + 1)
            for (index, module) in state.content.modules.enumerated().dropFirst(first) where y < area.bottom - 1 {
                let selected = index == state.homeCursor
                if selected { grid.fill(x: area.x, y: y, width: area.width, role: .selected) }
                var line = StyledLine(selected ? "▶ " : "  ", selected ? .selected : .normal)
                line.append(module.title(state.language), selected ? .selected : .heading)
                line.draw(into: &grid, x: area.x, y: y, width: area.width)
                let meta = state.t("home.meta", ["audience": state.t("audience.\(module.audience.rawValue)"), "minutes": "\(module.minutes)"])
                grid.put("    " + meta, x: area.x, y: y + 1, role: .dim, limit: area.width)
                let (text, role) = status(module, state)
                grid.put("    " + text, x: area.x, y: y + 2, role: role, limit: area.width)
                y += 4
            }
        }
    }
}
