import SignaalCore

/// Text helpers the training screens share (and the manager's report).
extension TrainingView {
    static func progressBar(done: Int, total: Int, width: Int) -> String {
        let filled = total > 0 ? min(width, done * width / total) : 0
        return String(repeating: "■", count: filled) + String(repeating: "□", count: width - filled) + " \(min(done + 1, total))/\(total)"
    }

    /// Draws lines from `scroll`, clamped, with arrows when there is more.
    static func draw(_ lines: [StyledLine], scroll: Int, into grid: inout Grid, _ area: Rect) {
        let top = max(0, min(scroll, lines.count - area.height))
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            line.draw(into: &grid, x: area.x, y: area.y + offset, width: area.width)
        }
        if top > 0 { grid.put("↑", x: area.right - 1, y: area.y, role: .dim) }
        if top + area.height < lines.count { grid.put("↓", x: area.right - 1, y: area.bottom - 1, role: .dim) }
    }

    static func paragraph(_ text: String, width: Int, role: StyleRole = .normal, indent: String = "") -> [StyledLine] {
        TextWrap.lines(text, width: width - DisplayWidth.of(indent)).map { StyledLine(indent + $0, role) }
    }
}
