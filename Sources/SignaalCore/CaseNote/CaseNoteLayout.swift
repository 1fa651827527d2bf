/// Where everything on a case note goes: A4 portrait, as many pages as it
/// needs, in the certificates' fonts, colours and rules. A pure value, so
/// tests can check that nothing leaves the page; `CaseNotePDF` draws it.
///
/// Coordinates are PDF points from the lower-left corner of the page.
struct CaseNoteLayout {
    typealias Text = CertificateLayout.Text
    typealias Rule = CertificateLayout.Rule
    typealias Frame = CertificateLayout.Frame

    struct Page {
        var texts: [Text] = []
        var rules: [Rule] = []
        var frames: [Frame] = []
    }

    static let pageWidth = PDFPage.a4Portrait.width
    static let pageHeight = PDFPage.a4Portrait.height
    static let margin = 56.0
    static let top = 64.0
    /// Text stops here; below is the footer.
    static let bottom = 70.0
    static var textWidth: Double { pageWidth - 2 * margin }

    static let bodySize = 10.0
    static let leading = 14.0
    static let indentStep = 16.0

    private(set) var pages: [Page] = [Page()]
    /// Distance from the page's top edge to the next baseline.
    private var y = top
    let fonts: CertificateFonts

    init(_ blocks: [CaseNoteBlock], fonts: CertificateFonts, footer: String) {
        self.fonts = fonts
        for block in blocks { place(block) }
        addFooters(footer)
    }

    private mutating func place(_ block: CaseNoteBlock) {
        switch block {
        case .title(let text):
            paragraph(text, .bold, 20, .accent, before: 0, leading: 24)
            rule(after: 8)
        case .warning(let warning):
            let lines = PDFTextWrap.lines(warning, font: fonts.bold, size: Self.bodySize, maxWidth: Self.textWidth - 20)
            let height = Double(lines.count) * Self.leading + 12
            newPageUnlessRoom(height + 10)
            y += 8
            current.frames.append(Frame(x: Self.margin, y: Self.pageHeight - y - height, width: Self.textWidth, height: height,
                                        lineWidth: 1.2, color: .accent))
            y += 4
            for line in lines {
                y += Self.leading
                current.texts.append(text(line, .bold, Self.bodySize, .accent, x: Self.margin + 10))
            }
            y += 12
        case .field(let label, let value):
            let labelWidth = 150.0
            let values = PDFTextWrap.lines(value, font: fonts.regular, size: Self.bodySize, maxWidth: Self.textWidth - labelWidth)
            // A checklist's own question can be longer than the label column: it wraps there.
            let labels = PDFTextWrap.lines(label, font: fonts.regular, size: Self.bodySize, maxWidth: labelWidth - 8)
            newPageUnlessRoom(Double(max(values.count, labels.count)) * Self.leading)
            for index in 0..<max(values.count, labels.count) {
                y += Self.leading
                if index < labels.count { current.texts.append(text(labels[index], .regular, Self.bodySize, .muted, x: Self.margin)) }
                if index < values.count { current.texts.append(text(values[index], .regular, Self.bodySize, .black, x: Self.margin + labelWidth)) }
            }
        case .heading(let heading):
            newPageUnlessRoom(3 * Self.leading + 16)
            paragraph(heading, .bold, 12.5, .accent, before: 14, leading: 16)
            y += 3
        case .paragraph(let text):
            paragraph(text, .regular, Self.bodySize, .black, before: 2, leading: Self.leading)
        case .note(let text):
            paragraph(text, .regular, 8.5, .muted, before: 10, leading: 11)
        case .bullet(let text, let indent):
            hanging(text, marker: indent == 0 ? "•" : "–", indent: Double(indent) * Self.indentStep)
        case .numbered(let n, let text):
            hanging(text, marker: "\(n).", indent: 0, face: .bold, before: 4)
        case .check(let done, let text):
            hanging(text, marker: done ? "☑" : "☐", indent: 0, before: 3)
        case .fillIn(let label):
            newPageUnlessRoom(Self.leading + 3 * 22 + 8)
            paragraph(label, .bold, Self.bodySize, .black, before: 8, leading: Self.leading)
            for _ in 0..<3 {
                y += 22
                let baseline = Self.pageHeight - y
                current.rules.append(Rule(x0: Self.margin, y0: baseline, x1: Self.pageWidth - Self.margin, y1: baseline,
                                          lineWidth: 0.5, color: .muted))
            }
        }
    }

    private var current: Page {
        get { pages[pages.count - 1] }
        set { pages[pages.count - 1] = newValue }
    }

    private mutating func newPageUnlessRoom(_ height: Double) {
        if y + height > Self.pageHeight - Self.bottom, y > Self.top {
            pages.append(Page())
            y = Self.top
        }
    }

    private func text(_ string: String, _ face: PDFFontFace, _ size: Double, _ color: PDFColor, x: Double) -> Text {
        Text(string: string, face: face, size: size, x: x, baseline: Self.pageHeight - y,
             width: fonts[face].width(of: string, size: size), color: color)
    }

    private mutating func paragraph(_ string: String, _ face: PDFFontFace, _ size: Double, _ color: PDFColor,
                                    before: Double, leading: Double, x: Double = margin) {
        y += before
        for line in PDFTextWrap.lines(string, font: fonts[face], size: size, maxWidth: Self.pageWidth - Self.margin - x) {
            newPageUnlessRoom(leading)
            y += leading
            current.texts.append(text(line, face, size, color, x: x))
        }
    }

    /// A marker ("•", "3.", "☐") with the text beside it, wrapped lines aligned.
    private mutating func hanging(_ string: String, marker: String, indent: Double, face: PDFFontFace = .regular, before: Double = 1) {
        let x = Self.margin + indent + 16
        let lines = PDFTextWrap.lines(string, font: fonts[face], size: Self.bodySize, maxWidth: Self.pageWidth - Self.margin - x)
        y += before
        for (index, line) in lines.enumerated() {
            newPageUnlessRoom(Self.leading)
            y += Self.leading
            if index == 0 { current.texts.append(text(marker, face, Self.bodySize, .accent, x: Self.margin + indent)) }
            current.texts.append(text(line, face, Self.bodySize, .black, x: x))
        }
    }

    private mutating func rule(after gap: Double) {
        y += gap
        let baseline = Self.pageHeight - y
        current.rules.append(Rule(x0: Self.margin, y0: baseline, x1: Self.pageWidth - Self.margin, y1: baseline,
                                  lineWidth: 1.5, color: .accent))
        y += 6
    }

    /// "Signaal · case note — page 2 of 3" under a thin rule on every page.
    private mutating func addFooters(_ footer: String) {
        for index in pages.indices {
            let line = "\(footer) · \(index + 1)/\(pages.count)"
            let baseline = Self.bottom - 30
            pages[index].rules.append(Rule(x0: Self.margin, y0: Self.bottom - 16, x1: Self.pageWidth - Self.margin,
                                           y1: Self.bottom - 16, lineWidth: 0.5, color: .accent))
            let shown = PDFTextWrap.lines(line, font: fonts.regular, size: 8, maxWidth: Self.textWidth).first ?? ""
            pages[index].texts.append(Text(string: shown, face: .regular, size: 8, x: Self.margin, baseline: baseline,
                                           width: fonts.regular.width(of: shown, size: 8), color: .muted))
        }
    }
}
