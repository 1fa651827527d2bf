import Foundation

/// A colour for the `rg` (fill) and `RG` (stroke) operators.
struct PDFColor: Equatable, Sendable {
    var red: Double
    var green: Double
    var blue: Double

    static let black = PDFColor(red: 0, green: 0, blue: 0)
    /// The one accent: a calm dark blue.
    static let accent = PDFColor(red: 0.11, green: 0.23, blue: 0.40)
    /// Black at a lighter weight, for labels and small print.
    static let muted = PDFColor(red: 0.30, green: 0.30, blue: 0.33)

    var operands: String {
        [red, green, blue].map(PDFSyntax.number).joined(separator: " ")
    }
}

/// Builds a page's content stream: text, lines and rectangles, uncompressed.
struct PDFContent {
    private(set) var operators: [String] = []

    /// A rectangle's outline; `x`, `y` is the lower-left corner.
    mutating func strokeRectangle(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, color: PDFColor) {
        let n = PDFSyntax.number
        operators.append("\(color.operands) RG \(n(lineWidth)) w \(n(x)) \(n(y)) \(n(width)) \(n(height)) re S")
    }

    /// A straight line.
    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), lineWidth: Double, color: PDFColor) {
        let n = PDFSyntax.number
        operators.append("\(color.operands) RG \(n(lineWidth)) w \(n(start.x)) \(n(start.y)) m \(n(end.x)) \(n(end.y)) l S")
    }

    /// One line of text starting at `x` on the baseline `y`, as the codes
    /// of an embedded font (see `PDFEmbeddedFont`).
    mutating func text(_ codes: [UInt16], font resource: String, size: Double, x: Double, y: Double, color: PDFColor) {
        let n = PDFSyntax.number
        operators.append("BT \(color.operands) rg 1 0 0 1 \(n(x)) \(n(y)) Tm /\(resource) \(n(size)) Tf \(PDFEmbeddedFont.hexString(codes)) Tj ET")
    }

    var data: Data {
        Data((operators.joined(separator: "\n") + "\n").utf8)
    }
}
