/// Word wrapping by display width, shared by the TUI and the plain output.
public enum TextWrap {
    /// Splits `text` into lines of at most `width` cells, breaking at spaces;
    /// a word longer than a line is cut. Explicit line breaks are kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let (head, tail) = split(word, at: width - lineWidth - (lineWidth > 0 ? 1 : 0))
                    if lineWidth > 0 { line += " " }
                    result.append(line + head)
                    line = ""
                    lineWidth = 0
                    word = tail
                    wordWidth = DisplayWidth.of(word)
                }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// The longest prefix that fits in `width` cells, and the rest.
    static func split(_ word: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = DisplayWidth.of(word[index])
            if used + w > max(1, width) { break }
            head.append(word[index])
            used += w
            index = word.index(after: index)
        }
        if head.isEmpty, index < word.endIndex {
            head.append(word[index])
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }

    /// `text` cut to `width` cells, with "…" when it was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        return split(text, at: width - 1).0 + "…"
    }

    /// `text` padded with spaces to `width` cells (cut if longer).
    public static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
