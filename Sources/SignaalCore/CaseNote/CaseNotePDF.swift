import Foundation

/// A case note as a PDF 1.4 file, A4 portrait, with the certificates'
/// writer and embedded DejaVu fonts (so every letter prints and copies).
public enum CaseNotePDF {
    public static func render(_ blocks: [CaseNoteBlock], fonts: CertificateFonts, title: String, footer: String,
                              created: Date = Date()) -> Data {
        let layout = CaseNoteLayout(blocks, fonts: fonts, footer: footer)
        let pages = layout.pages.map { page in
            PDFPage(width: CaseNoteLayout.pageWidth, height: CaseNoteLayout.pageHeight,
                    texts: page.texts, rules: page.rules, frames: page.frames)
        }
        return PDFPage.render(pages, fonts: fonts, title: title, created: created)
    }
}
