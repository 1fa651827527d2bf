/// Where everything on a certificate goes: A4 landscape, centred, with text
/// measured by the fonts' real widths. A pure value, so tests can check that
/// nothing leaves the frame; `CertificatePDF` only draws it.
///
/// Coordinates are PDF points from the lower-left corner of the page.
struct CertificateLayout {
    typealias Text = PDFPage.Text
    typealias Rule = PDFPage.Rule
    typealias Frame = PDFPage.Frame

    static let pageWidth = PDFPage.a4Landscape.width
    static let pageHeight = PDFPage.a4Landscape.height
    /// Text stays this far from the page edge, well inside the inner frame.
    static let textMargin = 70.0
    static var textWidth: Double { pageWidth - 2 * textMargin }

    /// The recipient's name: this big when it fits, smaller when it is long.
    static let nameLargest = 36.0
    static let nameSmallestOnOneLine = 22.0
    static let nameSmallest = 10.0
    static let nameMaxWidth = 640.0
    /// Four lines at the smallest size hold 200 of the widest letters, the
    /// longest name the records accept.
    static let nameMaxLines = 4

    var texts: [Text] = []
    var rules: [Rule] = []
    var frames: [Frame] = []
    /// The size the recipient's name was set at.
    var nameSize = nameLargest

    let fonts: CertificateFonts

    init(_ certificate: CertificateText, fonts: CertificateFonts) {
        self.fonts = fonts
        frames = [
            Frame(x: 20, y: 20, width: Self.pageWidth - 40, height: Self.pageHeight - 40, lineWidth: 2.5, color: .accent),
            Frame(x: 28, y: 28, width: Self.pageWidth - 56, height: Self.pageHeight - 56, lineWidth: 0.75, color: .accent),
        ]

        // Header, from the top: issuer, heading, subheading.
        var top = 78.0
        place(certificate.issuer, .bold, 10, .accent, top: top, maxWidth: Self.textWidth)
        top += 54
        place(certificate.heading, .bold, 42, .accent, top: top, maxWidth: Self.textWidth)
        top += 28
        place(certificate.subheading, .regular, 17, .muted, top: top, maxWidth: Self.textWidth)
        top += 20
        rules.append(Rule(x0: Self.pageWidth / 2 - 28, y0: Self.pageHeight - top, x1: Self.pageWidth / 2 + 28,
                          y1: Self.pageHeight - top, lineWidth: 1.5, color: .accent))
        let headerBottom = top + 4

        // Footer, from the bottom: disclaimer, verify hint, code.
        let disclaimer = PDFTextWrap.balancedLines(certificate.disclaimer, font: fonts.regular, size: 8.5, maxWidth: 600)
        let disclaimerTop = Self.pageHeight - 46 - Double(disclaimer.count - 1) * 11
        for (index, line) in disclaimer.enumerated() {
            place(line, .regular, 8.5, .muted, top: disclaimerTop + Double(index) * 11, maxWidth: Self.textWidth)
        }
        var bottom = disclaimerTop - 19
        place(certificate.verifyHint, .regular, 9.5, .muted, top: bottom, maxWidth: Self.textWidth)
        bottom -= 18
        placeCode(certificate, top: bottom)
        let footerTop = bottom - 24

        // The middle, centred between them; made smaller when it does not fit.
        let available = footerTop - headerBottom
        var scale = 1.0
        var middle = Middle(certificate, fonts: fonts, scale: scale)
        while middle.height > available, scale > 0.6 {
            scale -= 0.05
            middle = Middle(certificate, fonts: fonts, scale: scale)
        }
        let start = headerBottom + max(0, (available - middle.height) / 2)
        for item in middle.texts {
            var item = item
            item.baseline = Self.pageHeight - (start + item.baseline)
            texts.append(item)
        }
        for rule in middle.rules {
            var rule = rule
            rule.y0 = Self.pageHeight - (start + rule.y0)
            rule.y1 = Self.pageHeight - (start + rule.y1)
            rules.append(rule)
        }
        nameSize = middle.nameSize
    }

    /// A line centred on the page, `top` points below the page's top edge,
    /// shrunk when wider than `maxWidth`.
    private mutating func place(_ string: String, _ face: PDFFontFace, _ size: Double, _ color: PDFColor, top: Double, maxWidth: Double) {
        guard !string.isEmpty else { return }
        let text = Self.centred(string, fonts, face, size, color, top: top, maxWidth: maxWidth)
        texts.append(Text(string: text.string, face: text.face, size: text.size, x: text.x,
                          baseline: Self.pageHeight - top, width: text.width, color: text.color))
    }

    /// The code line: its label, then the code in bold, centred together.
    private mutating func placeCode(_ certificate: CertificateText, top: Double) {
        let labelSize = 9.5, codeSize = 14.0, gap = 8.0
        let label = certificate.codeLabel
        let labelWidth = fonts.regular.width(of: label, size: labelSize)
        let codeWidth = fonts.bold.width(of: certificate.code, size: codeSize)
        let total = (label.isEmpty ? 0 : labelWidth + gap) + codeWidth
        var x = (Self.pageWidth - total) / 2
        let baseline = Self.pageHeight - top
        if !label.isEmpty {
            texts.append(Text(string: label, face: .regular, size: labelSize, x: x, baseline: baseline, width: labelWidth, color: .muted))
            x += labelWidth + gap
        }
        texts.append(Text(string: certificate.code, face: .bold, size: codeSize, x: x, baseline: baseline, width: codeWidth, color: .black))
    }

    /// A centred line; `baseline` holds `top` until the caller places it.
    static func centred(_ string: String, _ fonts: CertificateFonts, _ face: PDFFontFace, _ size: Double, _ color: PDFColor, top: Double, maxWidth: Double) -> Text {
        var size = size
        var width = fonts[face].width(of: string, size: size)
        if width > maxWidth {
            size *= maxWidth / width
            width = fonts[face].width(of: string, size: size)
        }
        return Text(string: string, face: face, size: size, x: (pageWidth - width) / 2, baseline: top, width: width, color: color)
    }

    /// The recipient's name as lines at one size: one line as large as fits,
    /// else two or three lines, at no less than `nameSmallest`.
    static func fitName(_ name: String, font: TrueTypeFont) -> (lines: [String], size: Double) {
        var size = nameLargest
        while size >= nameSmallestOnOneLine {
            if font.width(of: name, size: size) <= nameMaxWidth { return ([name], size) }
            size -= 1
        }
        size = nameSmallestOnOneLine
        while true {
            let lines = PDFTextWrap.balancedLines(name, font: font, size: size, maxWidth: nameMaxWidth)
            // Two lines while the name stays large; three rather than tiny letters.
            if lines.count <= 2 || (lines.count <= 3 && size <= 16) || size <= nameSmallest {
                if lines.count <= nameMaxLines { return (lines, size) }
                // Longer than any name the records accept: cut, and say so.
                var kept = Array(lines.prefix(nameMaxLines))
                var last = kept[nameMaxLines - 1]
                while !last.isEmpty, font.width(of: last + "…", size: size) > nameMaxWidth { last.removeLast() }
                kept[nameMaxLines - 1] = last + "…"
                return (kept, size)
            }
            size -= 1
        }
    }
}

/// The middle block, laid out from its own top (y grows downwards until the
/// block is placed): "presented to", the name, a rule, the statement, the details.
private struct Middle {
    var texts: [CertificateLayout.Text] = []
    var rules: [CertificateLayout.Rule] = []
    var height = 0.0
    var nameSize = 0.0

    init(_ certificate: CertificateText, fonts: CertificateFonts, scale: Double) {
        typealias Layout = CertificateLayout
        var y = 0.0

        if !certificate.presentedTo.isEmpty {
            y += 12 * scale
            texts.append(Layout.centred(certificate.presentedTo, fonts, .regular, 12 * scale, .muted, top: y, maxWidth: Layout.textWidth))
            y += 14 * scale
        }

        let name = Layout.fitName(certificate.recipient, font: fonts.bold)
        nameSize = name.size * scale
        var nameWidth = 0.0
        for (index, line) in name.lines.enumerated() {
            y += (index == 0 ? 0.74 : 1.18) * nameSize
            let text = Layout.centred(line, fonts, .bold, nameSize, .black, top: y, maxWidth: Layout.nameMaxWidth)
            nameWidth = max(nameWidth, text.width)
            texts.append(text)
        }
        y += 0.21 * nameSize + 12 * scale
        let ruleWidth = min(Layout.nameMaxWidth, max(280, nameWidth + 60))
        rules.append(.init(x0: (Layout.pageWidth - ruleWidth) / 2, y0: y, x1: (Layout.pageWidth + ruleWidth) / 2, y1: y,
                           lineWidth: 0.8, color: .accent))

        let statementSize = 13.5 * scale
        let statement = PDFTextWrap.balancedLines(certificate.statement, font: fonts.regular, size: statementSize, maxWidth: 560)
        if !certificate.statement.isEmpty {
            y += 28 * scale
            for (index, line) in statement.enumerated() {
                if index > 0 { y += 19 * scale }
                texts.append(Layout.centred(line, fonts, .regular, statementSize, .black, top: y, maxWidth: Layout.textWidth))
            }
        }

        if !certificate.details.isEmpty {
            y += 30 * scale
            placeDetails(certificate.details, fonts: fonts, scale: scale, y: &y)
        }
        height = y + 4 * scale
    }

    /// Labels right-aligned in one column, values left-aligned in the next;
    /// the pair of columns centred on the page. Long values wrap.
    private mutating func placeDetails(_ details: [CertificateText.Detail], fonts: CertificateFonts, scale: Double, y: inout Double) {
        let size = 11 * scale, leading = 17 * scale, gap = 12.0
        let maxLabel = 220.0
        let labelWidth = min(maxLabel, details.map { fonts.regular.width(of: $0.label, size: size) }.max() ?? 0)
        let valueLimit = min(440, CertificateLayout.textWidth - labelWidth - gap)
        let values = details.map { PDFTextWrap.lines($0.value, font: fonts.bold, size: size, maxWidth: valueLimit) }
        let valueWidth = values.flatMap { $0 }.map { fonts.bold.width(of: $0, size: size) }.max() ?? 0
        let left = (CertificateLayout.pageWidth - (labelWidth + gap + valueWidth)) / 2
        for (index, detail) in details.enumerated() {
            if index > 0 { y += leading }
            let labelLines = PDFTextWrap.lines(detail.label, font: fonts.regular, size: size, maxWidth: maxLabel)
            for (row, line) in labelLines.enumerated() {
                let width = fonts.regular.width(of: line, size: size)
                texts.append(.init(string: line, face: .regular, size: size, x: left + labelWidth - width,
                                   baseline: y + Double(row) * leading, width: width, color: .muted))
            }
            for (row, line) in values[index].enumerated() {
                texts.append(.init(string: line, face: .bold, size: size, x: left + labelWidth + gap,
                                   baseline: y + Double(row) * leading, width: fonts.bold.width(of: line, size: size), color: .black))
            }
            y += Double(max(labelLines.count, values[index].count) - 1) * leading
        }
    }
}
