/// A list of items with a cursor (ratatui's `List` and `ListState`): the
/// selected item's first row is filled with the `.selected` role, the list
/// scrolls so that item is in view, and ↑/↓ markers say items are hidden.
///
/// The screen builds each item's lines knowing whether it is the selected
/// one (a "▶ " marker, its own roles), so every screen keeps its look; the
/// list decides only which items fit. The first item shown follows from
/// the cursor alone, so it needs no state of its own.
struct SelectableList: Widget {
    struct Item {
        /// The row the cursor highlights.
        var head: StyledLine
        /// Rows under it (a description), drawn `bodyIndent` cells in.
        var body: [StyledLine] = []
        var bodyIndent = 0

        var height: Int { 1 + body.count }
    }

    /// Where the selected item stays when the list is longer than its window.
    enum Follow {
        /// Scrolled no further than needed to show the whole selected item.
        case nearest
        /// A third from the top, so the rows around it show (one-row items).
        case third
    }

    var items: [Item]
    var selected: Int?
    var follow: Follow = .nearest
    /// Empty rows after every item.
    var spacing = 0

    /// The index of the first item shown in a window of `height` rows.
    func first(height: Int) -> Int {
        guard let selected, items.indices.contains(selected) else { return 0 }
        switch follow {
        case .nearest:
            var first = 0
            while first < selected, rows(first...selected) > height { first += 1 }
            return first
        case .third:
            let starts = items.indices.map { rows(0..<$0) + ($0 > 0 ? max(0, spacing) : 0) }
            let total = rows(0..<items.count)
            let top = max(0, min(starts[selected] - height / 3, total - height))
            return starts.firstIndex { $0 >= top } ?? 0
        }
    }

    /// Rows the items in `range` take, without the spacing after the last.
    private func rows<R: Sequence<Int>>(_ range: R) -> Int {
        let heights = range.map { items[$0].height + max(0, spacing) }
        return heights.isEmpty ? 0 : heights.reduce(0, +) - max(0, spacing)
    }

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let first = first(height: area.height)
        var y = area.y
        var lastShown = first - 1
        // The last item's head can fit while its description does not: that too is hidden text.
        var lastCut = false
        for (index, item) in items.enumerated().dropFirst(first) {
            guard y < area.bottom else { break }
            lastShown = index
            if index == selected { grid.fill(x: area.x, y: y, width: area.width, role: .selected) }
            item.head.draw(into: &grid, x: area.x, y: y, width: area.width)
            y += 1
            for line in item.body {
                guard y < area.bottom else { lastCut = true; break }
                line.draw(into: &grid, x: area.x + item.bodyIndent, y: y, width: area.width - item.bodyIndent)
                y += 1
            }
            y += max(0, spacing)
        }
        ScrollMarkers.draw(above: first > 0, below: lastShown < items.count - 1 || lastCut, in: area, into: &grid)
    }
}
