import SignaalCore

/// The roster names to pick from (with the filter typed so far), or the
/// records that already carry the learner's name.
enum LearnerPickView {
    static func make(_ state: AppState) -> ScreenView {
        guard let pick = state.learnerPick else { return ScreenView(title: "", hints: [], status: nil) { _, _ in } }
        let roster: Bool
        if case .roster = pick.kind { roster = true } else { roster = false }
        let hints: [(key: String, label: String)] = [("↑↓", state.t("key.move")), ("Enter", state.t("key.choose")),
                                                     ("Esc", state.t("key.back")), ("F1", state.t("key.help"))]
        return ScreenView(
            title: roster ? state.t("pick.rosterTitle", ["organisation": pick.organisation ?? ""]) : state.t("pick.recordTitle"),
            hints: hints, status: nil
        ) { grid, area in
            var y = area.y
            let intro = roster ? state.t("pick.rosterIntro") : state.t("pick.recordIntro", ["name": pick.name])
            for line in TextWrap.lines(intro, width: area.width) {
                grid.put(line, x: area.x, y: y)
                y += 1
            }
            y += 1
            if roster {
                var filter = pick.filter
                while DisplayWidth.of(filter) > area.width - 14 { filter.removeFirst() }
                var line = StyledLine(state.t("pick.filter") + " ", .heading)
                line.append(filter + "▏", .selected)
                line.draw(into: &grid, x: area.x, y: y, width: area.width)
                y += 2
            }
            let labels = LearnerPickScreen.choices(pick, state).map { label($0, pick, state) }
            // The cursor stays in view in a long roster.
            let rows = max(1, area.bottom - y)
            let top = max(0, min(pick.cursor - rows + 1, labels.count - rows))
            for (offset, text) in labels.dropFirst(top).prefix(rows).enumerated() {
                let index = top + offset
                let selected = index == pick.cursor
                if selected { grid.fill(x: area.x, y: y, width: area.width, role: .selected) }
                grid.put((selected ? "▶ " : "  ") + text, x: area.x, y: y, role: selected ? .selected : (index == labels.count - 1 ? .dim : .normal),
                         limit: area.width)
                y += 1
            }
            if top > 0 { grid.put("↑", x: area.right - 1, y: area.bottom - rows, role: .dim) }
            if top + rows < labels.count { grid.put("↓", x: area.right - 1, y: area.bottom - 1, role: .dim) }
        }
    }

    static func label(_ choice: PickChoice, _ pick: LearnerPick, _ state: AppState) -> String {
        let organisation = { (name: String?) in name ?? state.t("org.noOrganisation") }
        switch choice {
        case .staff(let name): return name
        case .notOnList: return state.t("pick.notOnList", ["name": pick.name])
        case .record(let learner):
            let modules = state.records.enrolments(learnerID: learner.id).count
            return learner.name + " · " + organisation(learner.organisation) + " · " + state.t("pick.modules", ["count": "\(modules)"])
        case .newRecord: return state.t("pick.newRecord", ["name": pick.name, "organisation": organisation(pick.organisation)])
        }
    }
}
