import Foundation

/// A pocket card as a PDF: an A4 page holding the same A5 card twice, one
/// above the other, with a dashed line to cut along. Text is set in the
/// certificates' embedded fonts (so every European, Greek, Cyrillic and
/// Vietnamese letter prints), shrinking one step at a time until both
/// columns fit the card.
public enum PocketCardPDF {
    public static func render(_ sheet: PocketCardSheet, fonts: CertificateFonts, created: Date = Date()) -> Data {
        let a4 = PDFPage.a4Portrait
        var page = PDFPage(width: a4.width, height: a4.height)
        let half = a4.height / 2
        for top in [a4.height, half] {
            let card = PocketCardLayout(sheet, fonts: fonts, width: a4.width, top: top, height: half)
            page.texts += card.texts
            page.rules += card.rules
        }
        page.rules.append(.init(x0: 14, y0: half, x1: a4.width - 14, y1: half, lineWidth: 0.5, color: .muted, dash: 4))
        return PDFPage.render([page], fonts: fonts, title: sheet.title, created: created)
    }
}

/// Where everything on one card goes. A pure value: tests check that no
/// text leaves the card.
struct PocketCardLayout {
    static let margin = 30.0
    static let gutter = 18.0
    static let sizes: [Double] = [9.5, 9, 8.5, 8, 7.5, 7, 6.5]

    private(set) var texts: [PDFPage.Text] = []
    private(set) var rules: [PDFPage.Rule] = []
    /// The body text size chosen, and whether everything fit at it.
    private(set) var bodySize = 0.0
    private(set) var fits = false

    private(set) var fonts: CertificateFonts
    private(set) var left: Double, right: Double, bottom: Double

    init(_ sheet: PocketCardSheet, fonts: CertificateFonts, width: Double, top: Double, height: Double) {
        self.fonts = fonts
        left = Self.margin
        right = width - Self.margin
        bottom = top - height + Self.margin
        var y = top - Self.margin - 14
        add(sheet.title, .bold, 14, .accent, x: left, baseline: y)
        y -= 13
        add(sheet.roleLabel, .regular, 9, .muted, x: left, baseline: y)
        // The date goes on the role's line, right-aligned: beside the title a long title ran into it.
        let stampWidth = fonts.regular.width(of: sheet.stamp, size: 7)
        add(sheet.stamp, .regular, 7, .muted, x: right - stampWidth, baseline: y)
        y -= 7
        rules.append(.init(x0: left, y0: y, x1: right, y1: y, lineWidth: 1, color: .accent))
        let columnTop = y - 14
        let footerTop = bottom + Double(sheet.footer.count) * 9 + 4

        let column = (right - left - Self.gutter) / 2
        // Each size starts again from the header, so a smaller attempt never draws over a bigger one.
        let header = self
        for size in Self.sizes {
            var attempt = header
            let leftEnd = attempt.section(sheet.signalsHeading, sheet.signals, x: left, width: column, top: columnTop, size: size)
            var rightY = attempt.section(sheet.doHeading, sheet.dos, x: left + column + Self.gutter, width: column, top: columnTop, size: size)
            rightY = attempt.section(sheet.dontHeading, sheet.donts, x: left + column + Self.gutter, width: column, top: rightY - size * 0.6, size: size)
            rightY = attempt.numbers(sheet, x: left + column + Self.gutter, width: column, top: rightY - size * 0.6, size: size)
            attempt.bodySize = size
            attempt.fits = min(leftEnd, rightY) >= footerTop
            self = attempt
            if fits { break }
        }
        var footerY = bottom + Double(sheet.footer.count - 1) * 9
        for line in sheet.footer {
            add(line, .regular, 7, .muted, x: left, baseline: footerY, maxWidth: right - left)
            footerY -= 9
        }
    }

    /// A heading and bulleted items with a hanging indent; returns the y below them.
    private mutating func section(_ heading: String, _ items: [String], x: Double, width: Double, top: Double, size: Double) -> Double {
        var y = top
        add(heading, .bold, size + 1.5, .accent, x: x, baseline: y)
        y -= (size + 1.5) * 1.35
        let indent = size * 0.9
        for item in items {
            add("•", .regular, size, .black, x: x, baseline: y)
            for line in PDFTextWrap.lines(item, font: fonts.regular, size: size, maxWidth: width - indent) {
                add(line, .regular, size, .black, x: x + indent, baseline: y)
                y -= size * 1.25
            }
            y -= size * 0.2
        }
        return y
    }

    /// The numbers: 112 first (as listed), number in bold, then name and hours.
    private mutating func numbers(_ sheet: PocketCardSheet, x: Double, width: Double, top: Double, size: Double) -> Double {
        var y = top
        add(sheet.numbersHeading, .bold, size + 1.5, .accent, x: x, baseline: y)
        y -= (size + 1.5) * 1.35
        let numberWidth = sheet.numbers.map { fonts.bold.width(of: $0.reach, size: size) }.max() ?? 0
        let column = min(numberWidth + size, width * 0.45)
        for number in sheet.numbers {
            add(number.reach, .bold, size, .black, x: x, baseline: y, maxWidth: column - size * 0.5)
            let described = number.name + (number.hours.map { " — \($0)" } ?? "")
            for line in PDFTextWrap.lines(described, font: fonts.regular, size: size, maxWidth: width - column) {
                add(line, .regular, size, .black, x: x + column, baseline: y)
                y -= size * 1.25
            }
            y -= size * 0.2
        }
        return y
    }

    /// One line of text; with `maxWidth`, shrunk until it fits.
    private mutating func add(_ string: String, _ face: PDFFontFace, _ size: Double, _ color: PDFColor,
                              x: Double, baseline: Double, maxWidth: Double? = nil) {
        var size = size
        if let maxWidth {
            let width = fonts[face].width(of: string, size: size)
            if width > maxWidth { size *= maxWidth / width }
        }
        texts.append(.init(string: string, face: face, size: size, x: x, baseline: baseline,
                           width: fonts[face].width(of: string, size: size), color: color))
    }
}
