import SignaalCore

/// Text wrapped to the width of its rectangle and placed line by line from
/// the top (ratatui's `Paragraph` with `Wrap`). Lines that do not fit are
/// left out; with `.ellipsis` the last line shown ends in " …" to say so.
struct Paragraph: Widget {
    enum Overflow {
        case clip
        case ellipsis
    }

    var text: String
    var role: StyleRole = .normal
    var overflow: Overflow = .clip

    /// The wrapped lines at `width` (explicit line breaks kept).
    func lines(width: Int) -> [String] {
        TextWrap.lines(text, width: width)
    }

    /// How many rows the whole text takes at `width`.
    func lineCount(width: Int) -> Int {
        lines(width: width).count
    }

    func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let all = lines(width: area.width)
        let cut = all.count > area.height
        for (index, line) in all.prefix(area.height).enumerated() {
            let last = index == area.height - 1
            let shown = cut && last && overflow == .ellipsis ? TextWrap.truncate(line + " …", width: area.width) : line
            grid.put(shown, x: area.x, y: area.y + index, role: role, limit: area.width)
        }
    }
}
