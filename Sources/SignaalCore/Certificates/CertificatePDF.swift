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
        let page = PDFPage(width: CertificateLayout.pageWidth, height: CertificateLayout.pageHeight,
                           texts: layout.texts, rules: layout.rules, frames: layout.frames)
        return PDFPage.render([page], fonts: fonts, title: title(text), created: created)
    }

    /// "Certificaat van deelname – Łukasz Wójcik".
    static func title(_ text: CertificateText) -> String {
        let kind = [text.heading, text.subheading].filter { !$0.isEmpty }.joined(separator: " ")
        return [kind, text.recipient].filter { !$0.isEmpty }.joined(separator: " – ")
    }
}
