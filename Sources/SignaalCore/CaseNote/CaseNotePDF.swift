import Foundation

/// A case note as a PDF 1.4 file, A4 portrait, with the certificates'
/// writer and embedded DejaVu fonts (so every letter prints and copies).
public enum CaseNotePDF {
    public static func render(_ blocks: [CaseNoteBlock], fonts: CertificateFonts, title: String, footer: String,
                              created: Date = Date()) -> Data {
        let layout = CaseNoteLayout(blocks, fonts: fonts, footer: footer)
        var embedded: [PDFFontFace: PDFEmbeddedFont] = [.regular: PDFEmbeddedFont(fonts.regular), .bold: PDFEmbeddedFont(fonts.bold)]
        var streams: [Data] = []
        for page in layout.pages {
            var content = PDFContent()
            for frame in page.frames {
                content.strokeRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height,
                                        lineWidth: frame.lineWidth, color: frame.color)
            }
            for rule in page.rules {
                content.line(from: (rule.x0, rule.y0), to: (rule.x1, rule.y1), lineWidth: rule.lineWidth, color: rule.color)
            }
            for item in page.texts {
                let codes = embedded[item.face]!.encode(item.string)
                content.text(codes, font: item.face.resourceName, size: item.size, x: item.x, y: item.baseline, color: item.color)
            }
            streams.append(content.data)
        }

        var writer = PDFWriter()
        let catalog = writer.reserve()
        let pagesObject = writer.reserve()
        var fontEntries: [String] = []
        for face in PDFFontFace.allCases {
            guard let font = embedded[face], !font.units.isEmpty else { continue }
            fontEntries.append("/\(face.resourceName) \(font.write(to: &writer)) 0 R")
        }
        let width = PDFSyntax.number(CaseNoteLayout.pageWidth), height = PDFSyntax.number(CaseNoteLayout.pageHeight)
        var kids: [Int] = []
        for stream in streams {
            let contents = writer.reserve()
            writer.set(contents, stream: stream)
            kids.append(writer.add("""
                << /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 \(width) \(height)]
                /Resources << /Font << \(fontEntries.joined(separator: " ")) >> /ProcSet [/PDF /Text] >> /Contents \(contents) 0 R >>
                """))
        }
        writer.set(catalog, "<< /Type /Catalog /Pages \(pagesObject) 0 R >>")
        writer.set(pagesObject, "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>")
        let info = writer.add("""
            << /Title \(PDFSyntax.textString(title)) /Producer (Signaal) /Creator (Signaal)
            /CreationDate \(PDFSyntax.literal(Array(PDFSyntax.date(created).utf8))) >>
            """)
        return writer.finish(root: catalog, info: info)
    }
}
