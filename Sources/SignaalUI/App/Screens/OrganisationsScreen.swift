import SignaalCore

/// The manager's view: organisations, then one organisation's progress
/// toward the certificate threshold, by department, with who is still to go.
enum OrganisationsScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let organisations = state.records.organisations
        guard case .organisations(let cursor) = state.current else { return [] }
        switch ListMove.action(key, cursor: cursor, count: organisations.count) {
        case .move(let next)?: state.current = .organisations(cursor: next)
        case .choose(let chosen)?:
            let id = organisations[chosen].id
            state.current = .organisationStatus(OrganisationView(id: id))
            return [.loadOrganisation(id: id)]
        case nil: break
        }
        return []
    }
}

enum OrganisationsView {
    static func make(_ state: AppState) -> ScreenView {
        ScreenView(
            title: state.t("manager.title"),
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.open")), ("Esc", state.t("key.back"))]
        ) { grid, area in
            let organisations = state.records.organisations
            guard !organisations.isEmpty, case .organisations(let cursor) = state.current else {
                grid.render(Paragraph(text: state.t("manager.empty")), in: area)
                return
            }
            let list = grid.render(heading: state.t("manager.choose"), atTopOf: area)
            let report = OrganisationReport(content: state.content, language: state.language)
            let items = organisations.enumerated().map { index, organisation in
                let selected = index == cursor
                let name = (selected ? "▶ " : "  ") + organisation.name + (organisation.location.map { " · " + $0 } ?? "")
                // Counted when the list was read (`Effect.loadOrganisations(counted:)`).
                let body = state.records.tallies[organisation.id].map { tally in
                    [StyledLine("    " + report.summary(tally), tally.eligible ? .levelNone : .dim)]
                } ?? []
                return SelectableList.Item(head: StyledLine(name, selected ? .selected : .heading), body: body)
            }
            grid.render(SelectableList(items: items, selected: cursor, spacing: 1), in: list)
        }
    }
}
