import SignaalCore

/// The manager's view: organisations, then one organisation's progress
/// toward the certificate threshold, by department, with who is still to go.
enum OrganisationsScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let organisations = state.records.organisations
        guard case .organisations(let cursor) = state.current else { return [] }
        if let next = ListMove.cursor(after: key, cursor: cursor, count: organisations.count) {
            state.current = .organisations(cursor: next)
        } else if ListMove.isSelect(key), organisations.indices.contains(cursor) {
            state.current = .organisationStatus(OrganisationView(id: organisations[cursor].id))
        } else if ListMove.isBack(key) {
            state.current = .activities
        }
        return []
    }
}

enum OrganisationsView {
    static func make(_ state: AppState) -> ScreenView {
        ScreenView(
            title: state.t("manager.title"),
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.open")), ("Esc", state.t("key.back"))],
            status: nil
        ) { grid, area in
            let organisations = state.records.organisations
            guard !organisations.isEmpty else {
                var y = area.y
                for line in TextWrap.lines(state.t("manager.empty"), width: area.width) {
                    grid.put(line, x: area.x, y: y)
                    y += 1
                }
                return
            }
            grid.put(state.t("manager.choose"), x: area.x, y: area.y, role: .heading)
            var y = area.y + 2
            let threshold = state.content.certification.organisationThreshold
            for (index, organisation) in organisations.enumerated() where y < area.bottom - 1 {
                let status = OrganisationStatus(organisation: organisation, records: state.records, threshold: threshold)
                let selected = state.current == .organisations(cursor: index)
                if selected { grid.fill(x: area.x, y: y, width: area.width, role: .selected) }
                grid.put((selected ? "▶ " : "  ") + organisation.name + (organisation.location.map { " · " + $0 } ?? ""),
                         x: area.x, y: y, role: selected ? .selected : .heading, limit: area.width)
                let report = OrganisationReport(content: state.content, language: state.language)
                grid.put("    " + report.summary(status), x: area.x, y: y + 1, role: status.eligible ? .levelNone : .dim, limit: area.width)
                y += 3
            }
        }
    }
}
