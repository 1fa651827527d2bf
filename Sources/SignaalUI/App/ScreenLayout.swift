/// How the screens stack their parts from the top of the body: a widget
/// takes the rows it needs, and the next part starts under it.
extension Grid {
    /// Draws `widget` in the first `rows` rows of `area` and returns what is
    /// left under it, `gap` empty rows further down.
    @discardableResult
    mutating func render(_ widget: some Widget, rows: Int, atTopOf area: Rect, gap: Int = 0) -> Rect {
        let (top, rest) = area.cutTop(rows)
        render(widget, in: top)
        return rest.cutTop(gap).rest
    }

    /// A paragraph whole at the top of `area` (an intro), then by default one empty row.
    @discardableResult
    mutating func render(_ paragraph: Paragraph, atTopOf area: Rect, gap: Int = 1) -> Rect {
        render(paragraph, rows: paragraph.lineCount(width: area.width), atTopOf: area, gap: gap)
    }

    /// A heading on one row, then by default one empty row.
    @discardableResult
    mutating func render(heading text: String, atTopOf area: Rect, gap: Int = 1) -> Rect {
        render(StyledLine(text, .heading), rows: 1, atTopOf: area, gap: gap)
    }
}

/// Lines laid out by a screen, drawn from the top of the area and cut at
/// its bottom, without scroll markers (where the screen decides what gives way).
struct Lines: Widget {
    var lines: [StyledLine]

    func render(in area: Rect, into grid: inout Grid) {
        for (row, line) in lines.prefix(area.height).enumerated() {
            grid.render(line, in: area.cutTop(row).rest)
        }
    }

    /// A horizontal line across `width` cells, between two parts of a screen.
    static func rule(width: Int) -> StyledLine {
        StyledLine(String(repeating: "─", count: max(0, width)), .border)
    }
}
