/// A case note as Markdown, for pasting into a file system or dossier.
/// Every text is escaped, so nothing from the content or the user can
/// become a link, an image, HTML or a heading.
public enum CaseNoteMarkdown {
    public static func render(_ blocks: [CaseNoteBlock]) -> String {
        var out: [String] = []
        var previousWasList = false
        for block in blocks {
            let isList: Bool
            let lines: [String]
            switch block {
            case .title(let text): (isList, lines) = (false, ["# " + escape(text)])
            case .warning(let text): (isList, lines) = (false, ["> **" + escape(text) + "**"])
            case .field(let label, let value): (isList, lines) = (true, ["- **\(escape(label)):** \(escape(value))"])
            case .heading(let text): (isList, lines) = (false, ["## " + escape(text)])
            case .paragraph(let text): (isList, lines) = (false, [escape(text)])
            case .note(let text): (isList, lines) = (false, ["_" + escape(text) + "_"])
            case .bullet(let text, let indent):
                // Four spaces nest a list under "- " and under "10. " alike.
                (isList, lines) = (true, [String(repeating: "    ", count: indent) + "- " + escape(text)])
            case .numbered(let n, let text): (isList, lines) = (true, ["\(n). " + escape(text)])
            case .check(let done, let text): (isList, lines) = (true, ["- [\(done ? "x" : " ")] " + escape(text, lineStart: false)])
            case .fillIn(let label): (isList, lines) = (false, ["### " + escape(label), "", "…"])
            }
            if !out.isEmpty && !(isList && previousWasList) { out.append("") }
            out += lines
            previousWasList = isList
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Backslash before every character Markdown gives a meaning; a line
    /// break becomes a space (a note is one line per item).
    static func escape(_ text: String, lineStart: Bool = true) -> String {
        var out = ""
        for character in NoteText.clean(text, limit: Int.max) {
            if "\\`*_[]<>|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        // "- ", "# ", "> " or "1. " at the start would make a list item, heading or quote.
        guard lineStart else { return out }
        if let first = out.first, "-+#>=".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
        }
        return out
    }
}

/// A case note as plain text, through the same renderer as the result.
public enum CaseNotePlainText {
    public static func render(_ blocks: [CaseNoteBlock], width: Int = 78) -> String {
        var document = Document()
        for block in blocks {
            switch block {
            case .title(let text): document.add(.heading(text)); document.add(.blank)
            case .warning(let text): document.add(.warning(text)); document.add(.blank)
            case .field(let label, let value): document.add(.paragraph("\(label): \(value)"))
            case .heading(let text): document.add(.blank); document.add(.heading(text))
            case .paragraph(let text): document.add(.paragraph(text))
            case .note(let text): document.add(.blank); document.add(.note(text))
            case .bullet(let text, let indent): document.add(.bullet(text, indent: indent))
            case .numbered(let n, let text): document.add(.numbered(n, text))
            case .check(let done, let text): document.add(.paragraph("[\(done ? "x" : " ")] " + text))
            case .fillIn(let label):
                document.add(.blank)
                document.add(.paragraph(label + ":"))
                document.add(.paragraph(String(repeating: "_", count: min(width, 70))))
                document.add(.paragraph(String(repeating: "_", count: min(width, 70))))
            }
        }
        return PlainTextRenderer.render(document, width: width)
    }
}
