import Foundation
import Testing
import SignaalCore
@testable import SignaalCommands

/// `assess --format markdown|pdf|txt` and the `--plain` walk through the meldcode.
@Suite("Case note from the command line")
struct CaseNoteCommandTests {
    static let signals = ["--checklist", "criminal-exploitation", "--signal", "ce-asked-serious-crime", "--signal", "ce-online-offer"]

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-casenote-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("--format markdown prints the note: the level, the reference, Veilig Thuis for a minor")
    func markdown() {
        let run = Run.signaal(["assess"] + Self.signals + ["--minor", "--role", "youth-worker", "--case", "D-2024/118",
                                                          "--format", "markdown", "--lang", "en"])
        #expect(run.code == .ok, "\(run.err)")
        #expect(run.out.hasPrefix("# Case note\n"))
        #expect(run.out.contains("- **Case reference:** D-2024/118"))
        #expect(run.out.contains("Serious concern") && run.out.contains("Veilig Thuis: 0800-2000"))
        #expect(run.out.contains("### Decision and why"))
    }

    @Test("--format txt prints the same note as plain text")
    func text() {
        let run = Run.signaal(["assess"] + Self.signals + ["--minor", "--format", "txt", "--lang", "nl"])
        #expect(run.code == .ok)
        #expect(run.out.hasPrefix("CASUSNOTITIE\n"))
        #expect(run.out.contains("Dossiernummer: geen"))
        #expect(run.out.contains("Besluit en waarom:"))
    }

    @Test("a name as --case is refused before anything is written", arguments: ["Jan Jansen", "D-1\u{1B}[2J"])
    func nameRefused(reference: String) {
        let run = Run.signaal(["assess"] + Self.signals + ["--case", reference, "--format", "markdown", "--lang", "en"])
        #expect(run.code == .usage)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("--case"))
    }

    @Test("--case and --out belong to a case note, not to the text or JSON result")
    func caseOnlyForNotes() {
        let run = Run.signaal(["assess"] + Self.signals + ["--case", "D-1", "--format", "json", "--lang", "en"])
        #expect(run.code == .usage && run.err.contains("--format markdown, pdf or txt"))
    }

    @Test("--format pdf --out writes the file 0600; pdftotext reads the reference and the level back",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "poppler-utils is not installed"))
    func pdf() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("note.pdf").path
        let run = Run.signaal(["assess"] + Self.signals + ["--minor", "--case", "VT-77", "--format", "pdf", "--out", out, "--lang", "en"])
        #expect(run.code == .ok, "\(run.err)")
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [out, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("VT-77") && text.contains("Serious concern") && text.contains("Veilig Thuis"), "\(text)")
    }

    @Test("a note that cannot be written says why in the user's language, not the system's English")
    func unwritable() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        let dutch = Run.signaal(["assess"] + Self.signals + ["--format", "pdf", "--out", missing + "/note.pdf", "--lang", "nl"])
        #expect(dutch.code == .failure)
        #expect(dutch.err.contains("Kan \(missing)/note.pdf niet schrijven: die map bestaat niet"), "\(dutch.err)")
        #expect(!dutch.err.contains("No such file"))
        // The interface saves through `create`: the same reason, kept as data.
        let failure = try #require(throws: CaseNoteFiles.Failure.self) {
            try CaseNoteFiles.create(Data("x".utf8), in: URL(fileURLWithPath: missing), name: "note.md")
        }
        #expect(failure.file == FileWriteFailure(path: missing + "/note.md", reason: .noFolder))
    }

    @Test("--plain: a youth worker walks the meldcode, answers the framework and saves the note")
    func plainWalk() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try #require(ContentLoader.load(from: URL(fileURLWithPath: Run.content)).bundle)
        let recorder = Recorder(input: [
            "3 8", "", "1", "2",              // signals, done, a minor, not acute
            "1",                               // work through the meldcode
            "y", "2025-03-12", "seen at the gate \u{1B}[31m",  // step 1
            "n", "n",                          // steps 2 and 3
            "y", "y", "n",                     // two answers decide; step 4 not done
            "n",                               // step 5
            "1", "Jan", "D-9",                 // Markdown; a name is refused; a number
        ])
        var dialogue = PlainDialogue(content: content, language: .english, console: recorder.console)
        dialogue.noteFolder = folder
        let code = dialogue.run(role: "youth-worker", checklist: "criminal-exploitation")
        #expect(code == .ok, "\(recorder.err)")
        #expect(recorder.out.contains("Outcome by the framework: Report to Veilig Thuis"))
        #expect(recorder.out.contains("This looks like a name"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        try #require(files.count == 1, "\(files)")
        let path = folder.appendingPathComponent(files[0]).path
        #expect(files[0].hasPrefix("case-note-") && files[0].hasSuffix("-D-9.md"))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let note = try String(contentsOfFile: path, encoding: .utf8)
        #expect(note.contains("- [x] 1. Map the signals and record the facts — 2025-03-12 — seen at the gate \\[31m"))
        #expect(!note.contains("\u{1B}"))
        #expect(note.contains("- **Case reference:** D-9"))
    }

    @Test("--plain input that ends after the result saves nothing and is no error")
    func plainEndsEarly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try #require(ContentLoader.load(from: URL(fileURLWithPath: Run.content)).bundle)
        let recorder = Recorder(input: ["3 8", "", "1", "2"])
        var dialogue = PlainDialogue(content: content, language: .english, console: recorder.console)
        dialogue.noteFolder = folder
        #expect(dialogue.run(role: "teacher", checklist: "criminal-exploitation") == .ok)
        #expect(recorder.out.contains("Nothing saved."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
