import Foundation

/// A certificate as a one-page PDF 1.4, A4 landscape (842 × 595 pt).
///
/// Written by hand, uncompressed, with subsets of DejaVu Sans and DejaVu
/// Sans Bold embedded (`CertificateFonts`), so names in Latin, Greek,
/// Cyrillic and Vietnamese letters print, and copy, exactly. A character
/// the fonts lack prints as an empty box; ask `CertificateFonts.unprintable`
/// first to warn about it.
public enum CertificatePDF {
    public static func render(_ text: CertificateText, fonts: CertificateFonts) -> Data {
        render(text, fonts: fonts, created: Date())
    }

    /// The same, with a fixed creation date, so the bytes are reproducible.
    static func render(_ text: CertificateText, fonts: CertificateFonts, created: Date) -> Data {
        let layout = CertificateLayout(text.safeForOutput, fonts: fonts)
        var content = PDFContent()
        for frame in layout.frames {
            content.strokeRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height,
                                    lineWidth: frame.lineWidth, color: frame.color)
        }
        for rule in layout.rules {
            content.line(from: (rule.x0, rule.y0), to: (rule.x1, rule.y1), lineWidth: rule.lineWidth, color: rule.color)
        }
        var embedded: [PDFFontFace: PDFEmbeddedFont] = [.regular: PDFEmbeddedFont(fonts.regular), .bold: PDFEmbeddedFont(fonts.bold)]
        for item in layout.texts {
            let codes = embedded[item.face]!.encode(item.string)
            content.text(codes, font: item.face.resourceName, size: item.size, x: item.x, y: item.baseline, color: item.color)
        }

        var writer = PDFWriter()
        let catalog = writer.reserve()
        let pages = writer.reserve()
        let page = writer.reserve()
        let contents = writer.reserve()
        writer.set(catalog, "<< /Type /Catalog /Pages \(pages) 0 R >>")
        writer.set(pages, "<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        writer.set(contents, stream: content.data)
        var fontEntries: [String] = []
        for face in PDFFontFace.allCases {
            guard let font = embedded[face], !font.units.isEmpty else { continue }
            fontEntries.append("/\(face.resourceName) \(font.write(to: &writer)) 0 R")
        }
        let width = PDFSyntax.number(CertificateLayout.pageWidth), height = PDFSyntax.number(CertificateLayout.pageHeight)
        writer.set(page, """
            << /Type /Page /Parent \(pages) 0 R /MediaBox [0 0 \(width) \(height)]
            /Resources << /Font << \(fontEntries.joined(separator: " ")) >> /ProcSet [/PDF /Text] >> /Contents \(contents) 0 R >>
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
