import Foundation

/// One page of drawing in PDF points (origin lower left): text in the two
/// embedded faces, lines and rectangles. `PDFPage.render` writes pages to a
/// PDF 1.4 file with the fonts' subsets embedded once for all pages.
struct PDFPage: Equatable {
    struct Text: Equatable {
        var string: String
        var face: PDFFontFace
        var size: Double
        var x: Double
        var baseline: Double
        var color: PDFColor
    }

    struct Line: Equatable {
        var x0: Double, y0: Double, x1: Double, y1: Double
        var lineWidth: Double
        var color: PDFColor
        /// Dash and gap length in points; nil for a solid line.
        var dash: Double? = nil
    }

    var width: Double
    var height: Double
    var texts: [Text] = []
    var lines: [Line] = []

    static let a4Portrait = (width: 595.0, height: 842.0)

    /// The file: every page, the fonts' subsets, a title for the viewer's window.
    static func render(_ pages: [PDFPage], fonts: CertificateFonts, title: String, created: Date) -> Data {
        var embedded: [PDFFontFace: PDFEmbeddedFont] = [.regular: PDFEmbeddedFont(fonts.regular), .bold: PDFEmbeddedFont(fonts.bold)]
        let streams = pages.map { page -> Data in
            var content = PDFContent()
            for line in page.lines {
                content.line(from: (line.x0, line.y0), to: (line.x1, line.y1), lineWidth: line.lineWidth, color: line.color, dash: line.dash)
            }
            for text in page.texts {
                let codes = embedded[text.face]!.encode(text.string)
                content.text(codes, font: text.face.resourceName, size: text.size, x: text.x, y: text.baseline, color: text.color)
            }
            return content.data
        }

        var writer = PDFWriter()
        let catalog = writer.reserve()
        let tree = writer.reserve()
        let pageNumbers = pages.map { _ in writer.reserve() }
        writer.set(catalog, "<< /Type /Catalog /Pages \(tree) 0 R >>")
        writer.set(tree, "<< /Type /Pages /Kids [\(pageNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        var fontEntries: [String] = []
        for face in PDFFontFace.allCases {
            guard let font = embedded[face], !font.units.isEmpty else { continue }
            fontEntries.append("/\(face.resourceName) \(font.write(to: &writer)) 0 R")
        }
        for (index, page) in pages.enumerated() {
            let contents = writer.add(stream: streams[index])
            writer.set(pageNumbers[index], """
                << /Type /Page /Parent \(tree) 0 R /MediaBox [0 0 \(PDFSyntax.number(page.width)) \(PDFSyntax.number(page.height))]
                /Resources << /Font << \(fontEntries.joined(separator: " ")) >> /ProcSet [/PDF /Text] >> /Contents \(contents) 0 R >>
                """)
        }
        let info = writer.add("""
            << /Title \(PDFSyntax.textString(title)) /Producer (Signaal) /Creator (Signaal)
            /CreationDate \(PDFSyntax.literal(Array(PDFSyntax.date(created).utf8))) >>
            """)
        return writer.finish(root: catalog, info: info)
    }
}

extension PDFWriter {
    /// Adds a stream object and returns its number.
    mutating func add(stream: Data) -> Int {
        let number = reserve()
        set(number, stream: stream)
        return number
    }
}
