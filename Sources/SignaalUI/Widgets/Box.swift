import SignaalCore

/// A framed window: a border with its title on the top edge, the inside
/// cleared (ratatui's `Block`). `inner(_:)` is where its content goes.
struct Box: Widget {
    var title: String

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        grid.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        let horizontal = String(repeating: "─", count: max(0, area.width - 2))
        grid.put("┌" + horizontal + "┐", x: area.x, y: area.y, role: .border, limit: area.width)
        if area.height > 1 { grid.put("└" + horizontal + "┘", x: area.x, y: area.bottom - 1, role: .border, limit: area.width) }
        for y in (area.y + 1)..<max(area.y + 1, area.bottom - 1) {
            grid.put("│", x: area.x, y: y, role: .border)
            if area.width > 1 { grid.put("│", x: area.right - 1, y: y, role: .border) }
        }
        if area.width > 6 {
            grid.put(" " + TextWrap.truncate(title, width: area.width - 6) + " ", x: area.x + 2, y: area.y, role: .heading)
        }
    }

    /// The area inside a frame drawn at `area`: a column of space on either
    /// side of the text, the border rows above and below.
    static func inner(_ area: Rect) -> Rect {
        area.inset(2, 1)
    }

    /// Draws a box centred in the grid and returns the area inside it.
    static func centred(width: Int, height: Int, title: String, into grid: inout Grid) -> Rect {
        let outer = outer(width: width, height: height, in: grid.size)
        grid.render(Box(title: title), in: outer)
        return inner(outer)
    }

    /// Where `centred` draws its frame in a grid of `size`: at least two
    /// cells from every edge.
    static func outer(width: Int, height: Int, in size: Size) -> Rect {
        Rect(size).inset(2, 2).centred(width: width, height: height)
    }

    /// The area inside a box that `centred` would draw, without drawing it.
    static func inner(width: Int, height: Int, in size: Size) -> Rect {
        inner(outer(width: width, height: height, in: size))
    }
}
