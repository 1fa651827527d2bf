import SignaalCore

/// A list of choices with a label and a description each.
enum Menu {
    struct Item {
        let label: String
        let description: String
        let tag: String?
    }

    static func draw(_ items: [Item], cursor: Int, into grid: inout Grid, _ area: Rect) {
        // Scrolled just enough that the chosen item and its description fit.
        let heights = items.map { 2 + min(2, TextWrap.lines($0.description, width: area.width - 7).count) }
        var first = 0
        while first < cursor, heights[first...min(cursor, items.count - 1)].reduce(0, +) - 1 > area.height { first += 1 }
        var y = area.y
        var lastShown = first - 1
        // The ↑ and ↓ markers of every scrolling screen say that more is hidden.
        defer {
            if first > 0 { grid.put("↑", x: area.right - 1, y: area.y, role: .dim) }
            if lastShown < items.count - 1 { grid.put("↓", x: area.right - 1, y: area.bottom - 1, role: .dim) }
        }
        for (index, item) in items.enumerated().dropFirst(first) {
            guard y < area.bottom else { break }
            lastShown = index
            let selected = index == cursor
            let marker = selected ? "▶ " : "  "
            var line = StyledLine(marker + "\(index + 1). ", selected ? .selected : .key)
            line.append(item.label, selected ? .selected : .heading)
            if let tag = item.tag { line.append("  (\(tag))", selected ? .selected : .dim) }
            if selected { grid.fill(x: area.x, y: y, width: area.width, role: .selected) }
            line.draw(into: &grid, x: area.x, y: y, width: area.width)
            y += 1
            for text in TextWrap.lines(item.description, width: area.width - 7).prefix(2) where y < area.bottom {
                grid.put(text, x: area.x + 7, y: y, role: .dim)
                y += 1
            }
            y += 1
        }
    }
}

enum RolesView {
    static func make(_ state: AppState) -> ScreenView {
        ScreenView(
            title: state.t("roles.title"),
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.choose"))],
            status: nil
        ) { grid, area in
            var y = area.y
            for line in TextWrap.lines(state.t("roles.intro"), width: area.width) {
                grid.put(line, x: area.x, y: y)
                y += 1
            }
            y += 1
            grid.put(state.t("roles.question"), x: area.x, y: y, role: .heading)
            y += 2
            let items = state.content.roles.map { Menu.Item(label: $0.label(state.language), description: $0.description(state.language), tag: nil) }
            Menu.draw(items, cursor: state.roleCursor, into: &grid, Rect(x: area.x, y: y, width: area.width, height: area.bottom - y))
        }
    }
}

enum ActivitiesView {
    static func make(_ state: AppState) -> ScreenView {
        let role = state.role
        return ScreenView(
            title: role?.label(state.language) ?? "",
            hints: [("↑↓", state.t("key.move")), ("Enter", state.t("key.open")), ("Esc", state.t("key.back"))],
            status: nil
        ) { grid, area in
            grid.put(state.t("activities.question"), x: area.x, y: area.y, role: .heading)
            let items = (role?.activities ?? []).map { activity in
                Menu.Item(label: activity.label(state.language), description: activity.description(state.language),
                          tag: ActivitiesScreen.isAvailable(activity) ? nil : state.t("activities.coming"))
            }
            Menu.draw(items, cursor: state.activityCursor, into: &grid, Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2))
        }
    }
}
