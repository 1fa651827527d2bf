import Foundation

/// A certificate as a one-page PDF 1.4, A4 landscape (842 × 595 pt).
///
/// Written by hand, uncompressed, with the standard Helvetica, Helvetica-Bold
/// and Courier-Bold fonts (not embedded). Names in Dutch, German, French,
/// Spanish, Polish, Czech, Slovak, Hungarian, Romanian, Turkish and the
/// Baltic languages print and copy exactly; a character the standard fonts
/// do not have prints as "?" (see `PDFTextEncoding`).
public enum CertificatePDF {
    public static func render(_ text: CertificateText) -> Data {
        render(text, created: Date())
    }

    /// The same, with a fixed creation date, so the bytes are reproducible.
    static func render(_ text: CertificateText, created: Date) -> Data {
        let layout = CertificateLayout(text.safeForOutput)
        var content = PDFContent()
        for frame in layout.frames {
            content.strokeRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height,
                                    lineWidth: frame.lineWidth, color: frame.color)
        }
        for rule in layout.rules {
            content.line(from: (rule.x0, rule.y0), to: (rule.x1, rule.y1), lineWidth: rule.lineWidth, color: rule.color)
        }
        for item in layout.texts {
            content.text(item.string, face: item.face, size: item.size, x: item.x, y: item.baseline, color: item.color)
        }

        var writer = PDFWriter()
        let catalog = writer.reserve()
        let pages = writer.reserve()
        let page = writer.reserve()
        let contents = writer.reserve()
        writer.set(catalog, "<< /Type /Catalog /Pages \(pages) 0 R >>")
        writer.set(pages, "<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        writer.set(contents, stream: content.data)
        let fonts = PDFFontResources.add(PDFFontFace.allCases, to: &writer)
        let width = PDFSyntax.number(CertificateLayout.pageWidth), height = PDFSyntax.number(CertificateLayout.pageHeight)
        writer.set(page, """
            << /Type /Page /Parent \(pages) 0 R /MediaBox [0 0 \(width) \(height)]
            /Resources << /Font \(fonts) /ProcSet [/PDF /Text] >> /Contents \(contents) 0 R >>
            """)
        let info = writer.add("""
            << /Title \(PDFSyntax.textString(title(text))) /Producer (Signaal) /Creator (Signaal)
            /CreationDate \(PDFSyntax.literal(Array(PDFSyntax.date(created).utf8))) >>
            """)
        return writer.finish(root: catalog, info: info)
    }

    /// "Certificaat van deelname – Łukasz Wójcik".
    static func title(_ text: CertificateText) -> String {
        let kind = [text.heading, text.subheading].filter { !$0.isEmpty }.joined(separator: " ")
        return [kind, text.recipient].filter { !$0.isEmpty }.joined(separator: " – ")
    }
}
