import SignaalCore

/// Text helpers the training screens share (and the manager's report).
extension TrainingView {
    static func progressBar(done: Int, total: Int, width: Int) -> String {
        let filled = total > 0 ? min(width, done * width / total) : 0
        return String(repeating: "■", count: filled) + String(repeating: "□", count: width - filled) + " \(min(done + 1, total))/\(total)"
    }

    static func paragraph(_ text: String, width: Int, role: StyleRole = .normal, indent: String = "") -> [StyledLine] {
        TextWrap.lines(text, width: width - DisplayWidth.of(indent)).map { StyledLine(indent + $0, role) }
    }
}
