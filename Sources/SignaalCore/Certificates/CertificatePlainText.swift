/// A certificate as plain text: a box of `width` columns with the same
/// content as the PDF, for the terminal, screen readers and e-mail.
///
/// Only `=`, `-`, `|` and spaces are added, so it prints in any terminal;
/// the texts themselves, the name included, are kept as they are and
/// measured in terminal cells (`DisplayWidth`).
public enum CertificatePlainText {
    public static let minimumWidth = 24

    public static func render(_ text: CertificateText, width: Int = 72) -> String {
        let text = text.safeForOutput
        let width = max(minimumWidth, width)
        let inner = width - 4
        var rows: [String] = []
        func blank() { rows.append("") }
        func centred(_ string: String) {
            guard !string.isEmpty else { return }
            let lines = DisplayWidth.of(string) <= inner ? [string] : TextWrap.lines(string, width: inner)
            for line in lines {
                let used = DisplayWidth.of(line)
                rows.append(String(repeating: " ", count: (inner - used) / 2) + line)
            }
        }

        blank()
        centred(text.issuer)
        blank()
        centred(text.heading)
        centred(text.subheading)
        blank()
        centred(text.presentedTo)
        blank()
        centred(text.recipient)
        let nameWidth = TextWrap.lines(text.recipient, width: inner).map(DisplayWidth.of).max() ?? 0
        centred(String(repeating: "-", count: max(nameWidth, min(20, inner))))
        blank()
        centred(text.statement)
        if !text.details.isEmpty {
            blank()
            rows += details(text.details, inner: inner)
        }
        blank()
        centred(text.code.isEmpty ? text.codeLabel : text.codeLabel + "  " + text.code)
        centred(text.verifyHint)
        blank()

        let border = String(repeating: "=", count: width)
        var out = [border]
        out += rows.map { "| " + TextWrap.pad($0, width: inner) + " |" }
        if !text.disclaimer.isEmpty {
            out.append("|" + String(repeating: "-", count: width - 2) + "|")
            for line in TextWrap.lines(text.disclaimer, width: inner) {
                out.append("| " + TextWrap.pad(line, width: inner) + " |")
            }
        }
        out.append(border)
        return out.joined(separator: "\n") + "\n"
    }

    /// Labels right-aligned in one column, values after them; the block is
    /// centred and long values wrap under themselves. When the box is too
    /// narrow for two columns, each label stands above its value.
    private static func details(_ details: [CertificateText.Detail], inner: Int) -> [String] {
        let gap = 2
        let labelWidth = details.map { DisplayWidth.of($0.label) }.max() ?? 0
        guard labelWidth + gap + 20 <= inner else {
            var rows: [String] = []
            for detail in details {
                rows += TextWrap.lines(detail.label, width: inner)
                rows += TextWrap.lines(detail.value, width: inner - 2).map { "  " + $0 }
            }
            return rows
        }
        let valueLimit = inner - labelWidth - gap
        let values = details.map { TextWrap.lines($0.value, width: valueLimit) }
        let valueWidth = values.flatMap { $0 }.map(DisplayWidth.of).max() ?? 0
        let indent = max(0, (inner - labelWidth - gap - valueWidth) / 2)
        var rows: [String] = []
        for (index, detail) in details.enumerated() {
            for (row, value) in values[index].enumerated() {
                let label = row == 0 ? detail.label : ""
                let padding = labelWidth - DisplayWidth.of(label)
                rows.append(String(repeating: " ", count: indent + padding) + label
                            + String(repeating: " ", count: gap) + value)
            }
        }
        return rows
    }
}
