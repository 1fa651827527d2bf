import Foundation
import SignaalCore

/// A certificate file that could not be written, in the user's words.
struct CertificateWriteError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Writes a certificate as PDF and/or text files.
struct CertificateFiles: Sendable {
    let content: ContentBundle
    let language: Language

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes each format; `out` names the file (its extension is replaced
    /// per format when several are written), else a name made from the
    /// recipient and module in `folder`. Returns the paths written.
    func write(_ certificate: IssuedCertificate, formats: [String], out: String?, folder: URL) throws -> [String] {
        let wording = CertificateWording(content: content, language: language)
        let text = wording.text(for: certificate)
        let stem = content.strings("cert.fileStem", language) + "-" + Self.slug(certificate.recipient) + "-" + Self.slug(certificate.moduleID)
        return try OutputFile.write(formats: formats, out: out, folder: folder, stem: stem,
                                    failed: { CertificateWriteError(message: wording.fileWriteFailure($0)) as any Error }) { format in
            guard format == "pdf" else { return Data(CertificatePlainText.render(text).utf8) }
            // Without fonts the PDF cannot be made; the text version still is (see `warning`).
            guard let fonts = try? fonts() else {
                if formats.count > 1 { return nil }
                throw Failure(description: warning(for: certificate) ?? "")
            }
            return CertificatePDF.render(text, fonts: fonts)
        }
    }

    /// Writes the certificate into the working folder (or `out`) as `format`,
    /// both PDF and text when nil; says where, and warns when the PDF cannot
    /// print every letter of it.
    func save(_ certificate: IssuedCertificate, format: String?, out: String?, console: Console) throws {
        let formats = format.map { [$0] } ?? ["pdf", "txt"]
        let paths = try write(certificate, formats: formats, out: out, folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        console.out(content.strings("certificate.saved", language, ["code": certificate.code, "paths": paths.joined(separator: ", ")]) + "\n")
        if formats.contains("pdf"), let warning = warning(for: certificate) { console.err(warning + "\n") }
    }

    func fonts() throws(CertificateFonts.Problem) -> CertificateFonts {
        try CertificateFonts.load(from: CertificateFonts.folders(content: content))
    }

    /// What to tell the user before the PDF is trusted: letters its fonts
    /// cannot draw, or no fonts at all. Nil when the PDF prints everything.
    func warning(for certificate: IssuedCertificate) -> String? {
        let strings = { (key: String, arguments: [String: String]) in content.strings(key, language, arguments) }
        do {
            let text = CertificateWording(content: content, language: language).text(for: certificate)
            let all = [text.recipient, text.statement] + text.details.map(\.value)
            let missing = try fonts().unprintable(all.joined(separator: " "))
            guard !missing.isEmpty else { return nil }
            let shown = missing.prefix(10).map { "\"\($0)\" (U+" + SafeText.hex4($0.unicodeScalars.first?.value ?? 0) + ")" }
            return strings("cert.unprintable", ["characters": shown.joined(separator: ", ")])
        } catch {
            let folders = CertificateFonts.folders(content: content).map(\.path).joined(separator: ", ")
            return strings("cert.noFonts", ["folders": folders])
        }
    }

    /// "Łukasz Wójcik" → "lukasz-wojcik", "Анна Петрова" → "anna-petrova":
    /// safe in any file system. Other scripts are spelt in Latin letters first.
    static func slug(_ name: String) -> String {
        let folded = (name.applyingTransform(.toLatin, reverse: false) ?? name).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "ı", with: "i")
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "certificate" : String(out.prefix(40))
    }
}
