/// The help line: key names in the key role, then what they do. Hints that
/// do not fit whole are left out, from the end; but the help key (h or F1)
/// stays, in place of the ones before it, so every screen still says where
/// its help is, and the help names the keys that were left out.
struct KeyHints: Widget {
    typealias Hint = (key: String, label: String)
    var hints: [Hint]

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        Self.line(hints, width: area.width).draw(into: &grid, x: area.x, y: area.y, width: area.width)
    }

    static func line(_ hints: [Hint], width: Int) -> StyledLine {
        var shown = fitting(hints, width: width)
        if shown.count < hints.count, !shown.contains(where: isHelp), let help = hints.first(where: isHelp) {
            shown = fitting(hints.filter { !isHelp($0) }, width: width - cells(help)) + [help]
        }
        var line = StyledLine()
        for hint in shown where line.width + cells(hint) <= width {
            line.append(hint.key, .key)
            line.append(" " + hint.label + "  ", .dim)
        }
        return line
    }

    /// The hints from the start that fit whole.
    private static func fitting(_ hints: [Hint], width: Int) -> [Hint] {
        var used = 0
        return Array(hints.prefix { hint in
            used += cells(hint)
            return used <= width
        })
    }

    private static func cells(_ hint: Hint) -> Int { hint.key.count + 1 + hint.label.count + 2 }

    private static func isHelp(_ hint: Hint) -> Bool { hint.key == "h" || hint.key == "F1" }
}
