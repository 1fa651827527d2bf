import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The formats a case note is written in.
public enum CaseNoteFormat: String, CaseIterable, Sendable {
    case markdown, pdf, txt

    public var fileExtension: String { self == .markdown ? "md" : rawValue }
}

/// Renders a case note and writes it, only when the user asks: owner-only
/// (0600), never over an existing file unless the user named it, never
/// through a symbolic link, and never in Signaal's data folder.
public struct CaseNoteFiles: Speaks {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
        /// Which file and why, when the system refused it: said in the
        /// user's words with `Speaks.caseNoteFailure`.
        public var file: FileWriteFailure?

        init(description: String, file: FileWriteFailure? = nil) {
            self.description = description
            self.file = file
        }

        /// The path and the system's reason for the last call that failed.
        static func system(_ path: String) -> Failure {
            let code = errno
            return Failure(description: "\(path): \(String(cString: strerror(code)))",
                           file: FileWriteFailure(path: path, reason: FileWriteFailure.reason(code: code)))
        }
    }

    public func render(_ note: CaseNote, as format: CaseNoteFormat) throws(Failure) -> Data {
        let blocks = CaseNoteBuilder(content: content, language: language).blocks(note)
        switch format {
        case .markdown: return Data(CaseNoteMarkdown.render(blocks).utf8)
        case .txt: return Data(CaseNotePlainText.render(blocks).utf8)
        case .pdf:
            let fonts: CertificateFonts
            do {
                fonts = try CertificateFonts.load(from: CertificateFonts.folders(content: content))
            } catch {
                throw Failure(description: t("casenote.noFonts"))
            }
            let title = [t("casenote.title"), note.reference].compactMap { $0 }.joined(separator: " – ")
            return CaseNotePDF.render(blocks, fonts: fonts, title: title, footer: t("casenote.pdfFooter"), created: note.created)
        }
    }

    /// "casusnotitie-2026-11-27-1015-D-2024-118.md": the date, time and the
    /// reference's safe letters only; never anything else a user typed.
    public func fileName(_ note: CaseNote, format: CaseNoteFormat) -> String {
        let stamp = DateText.minute(note.created, in: note.timeZone).prefix(16)
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        var stem = t("casenote.fileStem") + "-" + stamp
        if let reference = note.reference {
            let safe = String(reference.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "-"
            }).split(separator: "-").joined(separator: "-")
            if !safe.isEmpty { stem += "-" + safe }
        }
        return stem + "." + format.fileExtension
    }

    /// Writes into `folder` under `name`, or "name-2", "name-3" … when it
    /// exists. Returns the path written.
    public static func create(_ data: Data, in folder: URL, name: String) throws(Failure) -> String {
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        for attempt in 1...99 {
            let candidate = attempt == 1 ? name : "\(base)-\(attempt).\(ext)"
            let path = folder.appendingPathComponent(candidate).path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw Failure.system(path)
            }
            try finish(descriptor, data, path)
            return path
        }
        throw Failure(description: "\(folder.path): too many case notes with this name")
    }

    /// Writes to the file the user named (`--out`), replacing it, 0600.
    public static func replace(_ data: Data, at path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw Failure.system(path) }
        try finish(descriptor, data, path)
    }

    private static func finish(_ descriptor: Int32, _ data: Data, _ path: String) throws(Failure) {
        defer { close(descriptor) }
        // The umask may have taken bits away, or the file existed: 0600 exactly.
        _ = fchmod(descriptor, 0o600)
        var written = 0
        let failed: Bool = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                guard let base = buffer.baseAddress else { return false }
                let n = write(descriptor, base + written, buffer.count - written)
                if n < 0 { if errno == EINTR { continue }; return true }
                written += n
            }
            return false
        }
        if failed || fsync(descriptor) != 0 {
            throw Failure.system(path)
        }
    }
}

extension Speaks {
    /// A case note that could not be written, in the user's language where
    /// the system said why ("you have no permission to write there").
    public func caseNoteFailure(_ failure: CaseNoteFiles.Failure) -> String {
        failure.file.map(fileWriteFailure) ?? failure.description
    }
}
