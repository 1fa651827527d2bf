import SignaalCore

/// Bars that carry their meaning in words and glyphs, not colour alone.
enum Gauge {
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
            let label = index == current ? "▶" + name.uppercased() + "◀" : name
            labels.append(TextWrap.pad(" " + label, width: segment), index == current ? role : .dim)
            if index < count - 1 {
                bar.append(" ")
                labels.append(" ")
            }
        }
        return [bar, labels]
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
}
