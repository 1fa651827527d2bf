/// A report as semantic blocks, built once and shown three ways: the TUI
/// styles and scrolls it, `--plain` and `assess` print it as text.
public struct Document: Equatable, Sendable {
    public var blocks: [Block]
    public init(_ blocks: [Block] = []) { self.blocks = blocks }

    public enum Block: Equatable, Sendable {
        case heading(String)
        case paragraph(String)
        /// A less important paragraph: sources, notes.
        case note(String)
        /// A warning that must stand out (acute danger, the disclaimer).
        case warning(String)
        case bullet(String, indent: Int)
        case numbered(Int, String)
        /// The level among all levels, lowest first; meaning shown in words.
        case levelGauge(levels: [String], current: Int)
        /// A value from 0 to `maximum` as a bar with its number, and marks
        /// (such as level thresholds) shown at their values under the bar.
        case bar(label: String, value: Int, maximum: Int, marks: [Mark])
        case blank
    }

    /// A labelled point on a bar: "attention from 10".
    public struct Mark: Equatable, Sendable {
        public let value: Int
        public let label: String
    }

    public mutating func add(_ block: Block) { blocks.append(block) }
}

/// Prints a document as plain text: for `--plain`, pipes and screen readers.
public enum PlainTextRenderer {
    public static func render(_ document: Document, width: Int = 78) -> String {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let text):
                out.append(text.uppercased())
            case .paragraph(let text), .note(let text):
                out += TextWrap.lines(text, width: width)
            case .warning(let text):
                out += TextWrap.lines("! " + text, width: width)
            case .bullet(let text, let indent):
                let pad = String(repeating: "  ", count: indent)
                out += hanging(text, first: pad + "- ", rest: pad + "  ", width: width)
            case .numbered(let n, let text):
                let prefix = "\(n). "
                out += hanging(text, first: prefix, rest: String(repeating: " ", count: prefix.count), width: width)
            case .levelGauge(let levels, let current):
                let marked = levels.enumerated().map { $0.offset == current ? "[\($0.element.uppercased())]" : $0.element }
                out.append(marked.joined(separator: " < "))
            case .bar(let label, let value, let maximum, let marks):
                let scale = marks.map(\.label).joined(separator: ", ")
                out += TextWrap.lines("\(label): \(value)/\(maximum)" + (scale.isEmpty ? "" : " (\(scale))"), width: width)
            case .blank:
                out.append("")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func hanging(_ text: String, first: String, rest: String, width: Int) -> [String] {
        let lines = TextWrap.lines(text, width: max(10, width - DisplayWidth.of(first)))
        return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }
}
