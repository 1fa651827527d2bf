import SignaalCore

/// A list of choices with a label and a description each.
enum Menu {
    struct Item {
        let label: String
        let description: String
        let tag: String?
    }

    /// "▶ 1. label (tag)" with up to two lines of its description under it,
    /// scrolled just enough that the chosen item and its description fit.
    static func draw(_ items: [Item], cursor: Int, into grid: inout Grid, _ area: Rect) {
        let rows = items.enumerated().map { index, item in
            let selected = index == cursor
            var head = StyledLine((selected ? "▶ " : "  ") + "\(index + 1). ", selected ? .selected : .key)
            head.append(item.label, selected ? .selected : .heading)
            if let tag = item.tag { head.append("  (\(tag))", selected ? .selected : .dim) }
            let body = TextWrap.lines(item.description, width: area.width - 7).prefix(2).map { StyledLine($0, .dim) }
            return SelectableList.Item(head: head, body: body, bodyIndent: 7)
        }
        grid.render(SelectableList(items: rows, selected: cursor, spacing: 1), in: area)
    }
}
