/// The help line: key names in the key role, then what they do.
enum KeyHints {
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
