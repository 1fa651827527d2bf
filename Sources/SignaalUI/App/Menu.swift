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
