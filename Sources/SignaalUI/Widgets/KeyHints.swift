/// The help line: key names in the key role, then what they do. Hints that
/// do not fit whole are left out, from the end.
struct KeyHints: Widget {
    var hints: [(key: String, label: String)]

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        Self.line(hints, width: area.width).draw(into: &grid, x: area.x, y: area.y, width: area.width)
    }

    static func line(_ hints: [(key: String, label: String)], width: Int) -> StyledLine {
        var line = StyledLine()
        for hint in hints {
            let piece = hint.key.count + 1 + hint.label.count + 2
            guard line.width + piece <= width else { break }
            line.append(hint.key, .key)
            line.append(" " + hint.label + "  ", .dim)
        }
        return line
    }
}
