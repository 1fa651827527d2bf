/// Breaks text into lines that fit a width in points, measured with the
/// fonts' real advance widths.
enum PDFTextWrap {
    /// Lines of at most `maxWidth` points, broken at spaces; explicit line
    /// breaks are kept, and a word longer than a line is cut between letters.
    static func lines(_ text: String, font: TrueTypeFont, size: Double, maxWidth: Double) -> [String] {
        var result: [String] = []
        let fits = { (line: String) in font.width(of: line, size: size) <= maxWidth + 0.001 }
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if fits(candidate) {
                    line = candidate
                    continue
                }
                if !line.isEmpty { result.append(line) }
                line = ""
                // A word wider than the line: as many letters as fit, per line.
                for character in word {
                    if !line.isEmpty, !fits(line + String(character)) {
                        result.append(line)
                        line = ""
                    }
                    line.append(character)
                }
            }
            result.append(line)
        }
        return result
    }

    /// The same number of lines as `lines` gives, but as even in length as
    /// possible, so a centred paragraph does not end on one short word.
    static func balancedLines(_ text: String, font: TrueTypeFont, size: Double, maxWidth: Double) -> [String] {
        let greedy = lines(text, font: font, size: size, maxWidth: maxWidth)
        guard greedy.count > 1 else { return greedy }
        var low = 0.0, high = maxWidth
        var best = greedy
        for _ in 0..<24 where high - low > 0.5 {
            let middle = (low + high) / 2
            let candidate = lines(text, font: font, size: size, maxWidth: middle)
            if candidate.count <= greedy.count {
                best = candidate
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }
}
