import SignaalCore

/// Lays out a `Document` as styled lines: wrapping, indents, gauges.
enum DocumentView {
    static func lines(_ document: Document, width: Int, levelRoles: [StyleRole], accent: StyleRole) -> [StyledLine] {
        var out: [StyledLine] = []
        for block in document.blocks {
            switch block {
            case .heading(let text):
                out.append(StyledLine(text, .heading))
            case .paragraph(let text):
                out += TextWrap.lines(text, width: width).map { StyledLine($0) }
            case .note(let text):
                out += TextWrap.lines(text, width: width).map { StyledLine($0, .dim) }
            case .warning(let text):
                out += TextWrap.lines("! " + text, width: width).map { StyledLine($0, .accent) }
            case .bullet(let text, let indent):
                let pad = String(repeating: "  ", count: indent)
                out += hanging(text, first: pad + "• ", rest: pad + "  ", width: width)
            case .numbered(let n, let text):
                let prefix = "\(n). "
                out += hanging(text, first: prefix, rest: String(repeating: " ", count: prefix.count), width: width, role: .heading)
            case .levelGauge(let names, let current):
                out += Gauge.levels(names, current: current, width: width, roles: levelRoles)
            case .bar(let label, let value, let maximum, let marks):
                out += Gauge.scale(label: label, value: value, maximum: maximum, marks: marks, width: width, role: accent)
            case .blank:
                out.append(StyledLine())
            }
        }
        return out
    }

    static func hanging(_ text: String, first: String, rest: String, width: Int, role: StyleRole = .normal) -> [StyledLine] {
        TextWrap.lines(text, width: max(10, width - DisplayWidth.of(first))).enumerated().map { index, line in
            var styled = StyledLine(index == 0 ? first : rest, .dim)
            styled.append(line, role)
            return styled
        }
    }
}
