import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// `--out` naming a folder is refused as a folder, also when both PDF and text
/// are written: "--out kaarten/" wrote "kaarten.pdf" and "kaarten.txt" beside it.
@Suite("--out a folder")
struct OutputFolderTests {
    @Test("a certificate in both formats with --out FOLDER/ or an existing folder: refused, nothing written beside it",
          arguments: [true, false])
    func folderRefused(trailingSlash: Bool) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-out-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("kaarten")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let out = folder.path + (trailingSlash ? "/" : "")

        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        let train = Run.signaal(["train", "youth-relationships", "--learner", "Anna", "--plain"] + d,
                                input: PlainAnswers.passing("youth-relationships", learner: "Anna"))
        #expect(train.out.contains("Passed"))
        let certificate = Run.signaal(["certificate", "--learner", "Anna", "--module", "youth-relationships", "--out", out] + d)
        #expect(certificate.code == .failure)
        #expect(certificate.err.contains("is a folder"), "\(certificate.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["kaarten"], "nothing beside the folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// Where the full-screen app saves: the working folder, else the home folder.
@Suite("The full-screen app's output folder")
struct InterfaceOutputFolderTests {
    @Test("the working folder when it can be written; the home folder when it cannot; else the working folder all the same")
    func chosen() {
        let writable: Set<String> = ["/home/jan", "/home/jan/dossiers"]
        let pick = { (current: String, home: String?) in
            SignaalCommandLine.outputFolder(current: current, home: home) { writable.contains($0) }.path
        }
        #expect(pick("/home/jan/dossiers", "/home/jan") == "/home/jan/dossiers")
        #expect(pick("/", "/home/jan") == "/home/jan", "started from /: the note goes home, and the form says so")
        #expect(pick("/srv/klas", nil) == "/srv/klas", "no home to fall back on: the save says why it failed")
        #expect(pick("/srv/klas", "/nonexistent") == "/srv/klas")
    }
}
