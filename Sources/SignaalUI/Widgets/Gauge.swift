import SignaalCore

/// Bars that carry their meaning in words and glyphs, not colour alone.
/// As a widget: the bar with its label and number on the first row of its
/// rectangle and, with marks, their labels on the rows below (`scale`).
struct Gauge: Widget {
    var label: String
    var value: Int
    var maximum: Int
    var role: StyleRole
    var marks: [Document.Mark] = []

    func render(in area: Rect, into grid: inout Grid) {
        let lines = marks.isEmpty
            ? [Self.bar(label: label, value: value, maximum: maximum, width: area.width, role: role)]
            : Self.scale(label: label, value: value, maximum: maximum, marks: marks, width: area.width, role: role)
        for (row, line) in lines.prefix(area.height).enumerated() {
            line.draw(into: &grid, x: area.x, y: area.y + row, width: area.width)
        }
    }

    /// One segment per level, the current one filled and marked with ▶ ◀ and
    /// capitals; the levels below it half-filled.
    static func levels(_ names: [String], current: Int, width: Int, roles: [StyleRole]) -> [StyledLine] {
        let count = max(1, names.count)
        let segment = max(6, (width - (count - 1)) / count)
        var bar = StyledLine()
        var labels = StyledLine()
        for (index, name) in names.enumerated() {
            let role = index < roles.count ? roles[index] : .normal
            let glyph: Character = index == current ? "█" : (index < current ? "▒" : "░")
            bar.append(String(repeating: glyph, count: segment), index <= current ? role : .dim)
            let label = index == current ? marked(name, width: segment) : " " + name
            labels.append(TextWrap.pad(label, width: segment), index == current ? role : .dim)
            if index < count - 1 {
                bar.append(" ")
                labels.append(" ")
            }
        }
        return [bar, labels]
    }

    /// The current level in capitals between ▶ and ◀. Where that does not fit,
    /// the space before it goes first and then the ◀, so the word itself is
    /// the last thing cut ("▶SERIOUS CONCERN◀" at 80 columns, not "SERIOUS CONCER…").
    static func marked(_ name: String, width: Int) -> String {
        let word = name.uppercased()
        let forms = [" ▶" + word + "◀", "▶" + word + "◀", "▶" + word]
        return forms.first { DisplayWidth.of($0) <= width } ?? forms[2]
    }

    /// "Score  ████████░░░░░░  58/100"
    static func bar(label: String, value: Int, maximum: Int, width: Int, role: StyleRole) -> StyledLine {
        let labelText = label + "  "
        let number = "  \(value)/\(maximum)"
        let barWidth = max(10, min(50, width - DisplayWidth.of(labelText) - number.count))
        let filled = maximum > 0 ? Int((Double(value) / Double(maximum) * Double(barWidth)).rounded()) : 0
        var line = StyledLine(labelText, .heading)
        line.append(String(repeating: "█", count: filled), role)
        line.append(String(repeating: "░", count: barWidth - filled), .dim)
        line.append(number, .accent)
        return line
    }

    /// The bar with its number and the marks (level thresholds) at their
    /// places underneath:
    ///   Weight of the signals  ███████████░░░░░░░│░░░░░░░  42/100
    ///                               ↑ attention from 10   ↑ serious concern from 50
    /// A mark's label goes on a line of its own when it would run into the next.
    static func scale(label: String, value: Int, maximum: Int, marks: [Document.Mark], width: Int, role: StyleRole) -> [StyledLine] {
        let labelText = label + "  "
        let indent = DisplayWidth.of(labelText)
        let number = "  \(value)/\(maximum)"
        let barWidth = max(10, min(50, width - indent - number.count))
        func column(_ v: Int) -> Int { maximum > 0 ? min(barWidth - 1, Int((Double(v) / Double(maximum) * Double(barWidth)).rounded())) : 0 }
        let filled = maximum > 0 ? Int((Double(value) / Double(maximum) * Double(barWidth)).rounded()) : 0
        var bar = StyledLine(labelText, .heading)
        for index in 0..<barWidth {
            let mark = marks.contains { column($0.value) == index }
            bar.append(index < filled ? "█" : (mark ? "│" : "░"), index < filled ? role : .dim)
        }
        bar.append(number, .accent)
        var out = [bar]
        var line = ""
        for mark in marks {
            let text = "↑ " + mark.label
            let at = indent + column(mark.value)
            if !line.isEmpty, DisplayWidth.of(line) > at || at + DisplayWidth.of(text) > width {
                out.append(StyledLine(line, .dim))
                line = ""
            }
            let start = min(at, max(0, width - DisplayWidth.of(text)))
            line += String(repeating: " ", count: max(0, start - DisplayWidth.of(line))) + text + " "
        }
        if !line.isEmpty { out.append(StyledLine(line, .dim)) }
        return out
    }
}
