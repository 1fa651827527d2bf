/// The three typefaces a certificate uses, all standard PDF fonts that every
/// reader has, so nothing is embedded.
enum PDFFontFace: CaseIterable, Sendable {
    case regular
    case bold
    case mono

    /// The standard font's PostScript name.
    var baseFont: String {
        switch self {
        case .regular: "Helvetica"
        case .bold: "Helvetica-Bold"
        case .mono: "Courier-Bold"
        }
    }

    /// The page resource name of one of the face's two fonts: /F1 and /F1X …
    func resourceName(_ variant: PDFTextEncoding.Variant) -> String {
        let number: Int
        switch self {
        case .regular: number = 1
        case .bold: number = 2
        case .mono: number = 3
        }
        return variant == .winAnsi ? "F\(number)" : "F\(number)X"
    }

    /// Advance width of one encoded byte, in 1/1000 em.
    func advance(_ code: UInt8, _ variant: PDFTextEncoding.Variant) -> Int {
        switch variant {
        case .winAnsi:
            return PDFFontMetrics.winAnsiWidth(code, face: self)
        case .extended:
            guard let glyph = PDFTextEncoding.extendedGlyph(code) else { return 0 }
            return PDFFontMetrics.extendedWidth(glyph, face: self)
        }
    }

    /// Width of `text` set at `size` points, exactly as it will be printed.
    func width(of text: String, size: Double) -> Double {
        var units = 0
        for run in PDFTextEncoding.runs(text) {
            for code in run.bytes { units += advance(code, run.variant) }
        }
        return Double(units) * size / 1000
    }
}
