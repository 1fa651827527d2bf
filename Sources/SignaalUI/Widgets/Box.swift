import SignaalCore

/// A framed window drawn over the screen.
enum Box {
    /// Draws a box centred in the grid and returns the area inside it.
    static func centred(width: Int, height: Int, title: String, into grid: inout Grid) -> Rect {
        let outer = outer(width: width, height: height, in: grid.size)
        let w = outer.width
        grid.fill(x: outer.x, y: outer.y, width: outer.width, height: outer.height)
        let horizontal = String(repeating: "─", count: max(0, w - 2))
        grid.put("┌" + horizontal + "┐", x: outer.x, y: outer.y, role: .border)
        grid.put("└" + horizontal + "┘", x: outer.x, y: outer.bottom - 1, role: .border)
        for y in (outer.y + 1)..<max(outer.y + 1, outer.bottom - 1) {
            grid.put("│", x: outer.x, y: y, role: .border)
            grid.put("│", x: outer.right - 1, y: y, role: .border)
        }
        grid.put(" " + TextWrap.truncate(title, width: w - 6) + " ", x: outer.x + 2, y: outer.y, role: .heading)
        return outer.inset(2, 1)
    }

    /// Where `centred` draws its frame in a grid of `size`.
    static func outer(width: Int, height: Int, in size: Size) -> Rect {
        let w = min(width, size.width - 4)
        let h = min(height, size.height - 4)
        return Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
    }

    /// The area inside a box that `centred` would draw, without drawing it.
    static func inner(width: Int, height: Int, in size: Size) -> Rect {
        outer(width: width, height: height, in: size).inset(2, 1)
    }
}
