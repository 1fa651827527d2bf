import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// Every name prints: `train --plain` then `certificate`, read back with
/// poppler; letters the fonts cannot draw are named, never silently lost.
@Suite("Certificate printing")
struct CertificatePrintTests {
    /// Passes the youth track as `name`; returns the certificate run and the PDF's text.
    static func certify(_ name: String, lang: String = "en") throws -> (run: (code: ExitCode?, out: String, err: String), pdfText: String, txt: String) {
        let data = DataFolder()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let train = Run.signaal(["train", "buit-youth", "--learner", name, "--plain", "--data", data.path, "--lang", lang],
                                input: PlainAnswers.passing("buit-youth", learner: name))
        #expect(train.code == .ok, "\(train.err)")
        let out = folder.appendingPathComponent("cert.pdf").path
        let run = Run.signaal(["certificate", "--learner", name, "--module", "buit-youth", "--out", out, "--data", data.path, "--lang", lang])
        let pdfText = try pdftotext(out)
        let txt = (try? String(contentsOfFile: folder.appendingPathComponent("cert.txt").path, encoding: .utf8)) ?? ""
        return ((run.code, run.out, run.err), pdfText, txt)
    }

    static func pdftotext(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static var popplerInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") }

    @Test("Cyrillic, Vietnamese, Greek, Polish, Romanian and Turkish names read back from the PDF",
          .enabled(if: popplerInstalled, "poppler-utils is not installed"),
          arguments: ["Анна Петрова", "Nguyễn Văn An", "Γιώργος Παπαδόπουλος", "Łukasz Wójcik", "Ștefan Țăranu", "Özlem Yılmaz"])
    func readsBack(name: String) throws {
        let result = try Self.certify(name)
        #expect(result.run.code == .ok, "\(result.run.err)")
        #expect(result.run.err.isEmpty, "no warning for a printable name: \(result.run.err)")
        #expect(result.pdfText.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == name }, "\(result.pdfText)")
    }

    @Test("a Chinese name: a warning in the user's language that names the letters; the .txt holds the name",
          .enabled(if: popplerInstalled, "poppler-utils is not installed"))
    func unprintableWarns() throws {
        let english = try Self.certify("李小龙")
        #expect(english.run.code == .ok)
        #expect(english.run.err.contains("no glyph for \"李\" (U+674E)"), "\(english.run.err)")
        #expect(english.run.err.contains(".txt certificate shows the name in full"))
        #expect(english.txt.contains("李小龙"))
        #expect(!english.pdfText.contains("?"))
        let data = DataFolder()
        _ = Run.signaal(["train", "buit-youth", "--learner", "李小龙", "--plain", "--data", data.path, "--lang", "en"], input: PlainAnswers.passing("buit-youth", learner: "李小龙"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-txt-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let textOnly = Run.signaal(["certificate", "--learner", "李小龙", "--module", "buit-youth", "--format", "txt", "--out", out, "--data", data.path, "--lang", "en"])
        #expect(textOnly.code == .ok && textOnly.err.isEmpty, "no PDF, so no warning about it: \(textOnly.err)")
        let dutch = try Self.certify("李小龙", lang: "nl")
        #expect(dutch.run.err.contains("heeft geen teken voor \"李\""), "\(dutch.run.err)")
    }

    @Test("a name of 200 characters is accepted and printed whole; 201 is refused with the right message",
          .enabled(if: popplerInstalled, "poppler-utils is not installed"))
    func longNames() throws {
        let long = String((String(repeating: "Maria-Magdalena Petrova-Ivanova ", count: 7)).prefix(200))
        let result = try Self.certify(long)
        #expect(result.run.code == .ok, "\(result.run.err)")
        let words = result.pdfText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(long.split(separator: " ").joined(separator: " ")))

        let refused = Run.signaal(["train", "buit-youth", "--learner", long + "x", "--plain", "--data", DataFolder().path, "--lang", "en"])
        #expect(refused.code == .usage)
        #expect(refused.err == "signaal train: The name is too long: 201 characters, 200 at most.\n")
    }

    @Test("file names spell every name in Latin letters", arguments: [
        ("Анна Петрова", "anna-petrova"), ("Nguyễn Văn An", "nguyen-van-an"), ("Ștefan Țăranu", "stefan-taranu"),
        ("Łukasz Wójcik", "lukasz-wojcik"), ("Γιώργος", "giorgos"), ("李小龙", "li-xiao-long"), ("😀", "certificate"),
    ])
    func fileNames(name: String, slug: String) {
        #expect(CertificateFiles.slug(name) == slug)
    }
}
