import Foundation

/// One page of drawing in PDF points (origin lower left): text in the two
/// embedded faces, rules and frames. Certificates, case notes and pocket
/// cards lay out pages; `PDFPage.render` writes them to one PDF 1.4 file
/// with the fonts' subsets embedded once for all pages.
struct PDFPage: Equatable {
    struct Text: Equatable {
        var string: String
        var face: PDFFontFace
        var size: Double
        var x: Double
        var baseline: Double
        var width: Double
        var color: PDFColor
    }

    struct Rule: Equatable {
        var x0: Double, y0: Double, x1: Double, y1: Double
        var lineWidth: Double
        var color: PDFColor
        /// Dash and gap length in points; nil for a solid line.
        var dash: Double? = nil
    }

    struct Frame: Equatable {
        var x: Double, y: Double, width: Double, height: Double
        var lineWidth: Double
        var color: PDFColor
    }

    var width: Double
    var height: Double
    var texts: [Text] = []
    var rules: [Rule] = []
    var frames: [Frame] = []

    static let a4Portrait = (width: 595.0, height: 842.0)
    static let a4Landscape = (width: 842.0, height: 595.0)

    /// The file: every page, the fonts' subsets, a title for the viewer's window.
    static func render(_ pages: [PDFPage], fonts: CertificateFonts, title: String, created: Date) -> Data {
        var embedded: [PDFFontFace: PDFEmbeddedFont] = [.regular: PDFEmbeddedFont(fonts.regular), .bold: PDFEmbeddedFont(fonts.bold)]
        let streams = pages.map { page -> Data in
            var content = PDFContent()
            for frame in page.frames {
                content.strokeRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height,
                                        lineWidth: frame.lineWidth, color: frame.color)
            }
            for rule in page.rules {
                content.line(from: (rule.x0, rule.y0), to: (rule.x1, rule.y1), lineWidth: rule.lineWidth, color: rule.color, dash: rule.dash)
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
        // Page contents before the fonts: a reader meets the page's text first.
        let contents = streams.map { writer.add(stream: $0) }
        writer.set(catalog, "<< /Type /Catalog /Pages \(tree) 0 R >>")
        writer.set(tree, "<< /Type /Pages /Kids [\(pageNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        var fontEntries: [String] = []
        for face in PDFFontFace.allCases {
            guard let font = embedded[face], !font.units.isEmpty else { continue }
            fontEntries.append("/\(face.resourceName) \(font.write(to: &writer)) 0 R")
        }
        for (index, page) in pages.enumerated() {
            writer.set(pageNumbers[index], """
                << /Type /Page /Parent \(tree) 0 R /MediaBox [0 0 \(PDFSyntax.number(page.width)) \(PDFSyntax.number(page.height))]
                /Resources << /Font << \(fontEntries.joined(separator: " ")) >> /ProcSet [/PDF /Text] >> /Contents \(contents[index]) 0 R >>
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
