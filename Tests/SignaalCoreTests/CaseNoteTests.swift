import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// The case note: the Markdown exactly (a stored snapshot), the PDF read
/// back with pdftotext, and the file written owner-only and never over another.
@Suite("Case note")
struct CaseNoteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var recording: Bool { ProcessInfo.processInfo.environment["SIGNAAL_RECORD_SNAPSHOTS"] == "1" }

    /// A teacher's note: a strong and a medium signal, a minor, two steps
    /// ticked, the framework answered up to "report"; 14 March 2025, 09:30 UTC.
    static func sample(reference: String? = "D-2024/118") throws -> CaseNote {
        let content = ShippedContent.bundle
        let checklist = ShippedContent.checklist
        let strong = try #require(checklist.signals.first { $0.strength == .strong })
        let medium = try #require(checklist.signals.first { $0.strength == .medium && $0.group != strong.group })
        let input = AssessmentInput(checked: [strong.id, medium.id], age: .minor, acute: false)
        let role = content.role("teacher")
        let assessed = CaseNote.assess(input, checklist: checklist, role: role, content: content)
        var progress = ReportingCodeProgress(for: try #require(content.reportingCode))
        progress.steps[0] = .init(done: true, date: "2025-03-12", note: "Observed twice after class; see the class log")
        progress.steps[1] = .init(done: true, date: "2025-03-13", note: "")
        progress.answers = [true, true, nil, nil, nil]
        return CaseNote(created: Date(timeIntervalSince1970: 1_741_944_600), timeZone: TimeZone(identifier: "UTC")!,
                        appVersion: "0.1.0", checklist: checklist, role: role, reference: reference,
                        result: assessed.result, steps: assessed.steps, progress: progress)
    }

    static func markdown(_ note: CaseNote, _ language: Language) -> String {
        CaseNoteMarkdown.render(CaseNoteBuilder(content: ShippedContent.bundle, language: language).blocks(note))
    }

    @Test("the Markdown note is exactly the stored snapshot", arguments: [Language.dutch, .english])
    func markdownSnapshot(language: Language) throws {
        let text = Self.markdown(try Self.sample(), language)
        let file = Self.fixtures.appendingPathComponent("case-note-\(language.code).md")
        if Self.recording { try text.write(to: file, atomically: true, encoding: .utf8) }
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(text == stored, "re-record with SIGNAAL_RECORD_SNAPSHOTS=1 if the change is intended")
    }

    @Test("the note holds what the meldcode asks and what the result said")
    func contents() throws {
        let note = try Self.sample()
        let text = Self.markdown(note, .english)
        #expect(text.hasPrefix("# Case note\n\n> **This note supports your professional judgement and does not replace it."))
        for expected in ["2025-03-14 09:30 +00:00", "D-2024/118", "Teacher", "criminal-exploitation, version \(ChecklistFingerprint.of(note.checklist))",
                         note.result.level.label(.english), "0800-2000", "### Consulted with / on (date)",
                         "### Veilig Thuis consulted (date)", "### Conversation with the person (date)", "### Decision and why",
                         "- [x] 1. Map the signals", "- [ ] 3. Talk with the young person", "Outcome by the framework: Report to Veilig Thuis"] {
            #expect(text.contains(expected), "\(expected)")
        }
        for signal in note.result.contributing { #expect(text.contains(signal.why(.english))) }
    }

    @Test("without a reference the note says none, and the file name has only the date")
    func noReference() throws {
        let note = try Self.sample(reference: nil)
        #expect(Self.markdown(note, .english).contains("- **Case reference:** none"))
        let files = CaseNoteFiles(content: ShippedContent.bundle, language: .english)
        #expect(files.fileName(note, format: .pdf) == "case-note-2025-03-14-0930.pdf")
        #expect(files.fileName(try Self.sample(), format: .markdown) == "case-note-2025-03-14-0930-D-2024-118.md")
    }

    @Test("text a user typed cannot become Markdown: links, HTML and headings are escaped")
    func escaped() throws {
        var note = try Self.sample()
        note.progress?.steps[2] = .init(done: true, date: "2025-03-13", note: NoteText.clean("[click](http://x) <b>bold</b> *x*"))
        let text = Self.markdown(note, .english)
        #expect(text.contains("\\[click\\](http://x) \\<b\\>bold\\</b\\> \\*x\\*"))
        #expect(CaseNoteMarkdown.escape("# not a heading") == "\\# not a heading")
        #expect(CaseNoteMarkdown.escape("1. not a list") == "1\\. not a list")
    }

    @Test("the PDF reads back with pdftotext: level, Veilig Thuis, reference, ticks and the lines to write on",
          .enabled(if: CertificateFontTests.popplerInstalled, "poppler-utils is not installed"))
    func pdfReadsBack() throws {
        let note = try Self.sample()
        let data = try CaseNoteFiles(content: ShippedContent.bundle, language: .dutch).render(note, as: .pdf)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-note-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.pdf")
        try data.write(to: file)
        let text = try CertificateTests.run("/usr/bin/pdftotext", [file.path, "-"]).output
        for expected in ["Casusnotitie", note.result.level.label(.dutch), "Veilig Thuis", "0800-2000", "D-2024/118",
                         "Overlegd met / op (datum)", "Besluit en waarom", "☑", "Melden bij Veilig Thuis",
                         "ondersteunt je professionele oordeel en vervangt het niet"] {
            #expect(text.contains(expected), "\(expected) in:\n\(text)")
        }
        let info = try CertificateTests.run("/usr/bin/pdfinfo", [file.path]).output
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { Int($0.split(separator: " ").last ?? "") ?? 0 } ?? 0
        #expect(pages >= 2, "\(info)")
        #expect(info.contains("595 x 842"), "A4 portrait: \(info)")
    }

    @Test("the layout keeps every text inside the margins on every page")
    func layoutInside() throws {
        let fonts = try CertificateFonts.load(from: CertificateFonts.folders(content: ShippedContent.bundle))
        let blocks = CaseNoteBuilder(content: ShippedContent.bundle, language: .english).blocks(try Self.sample())
        let layout = CaseNoteLayout(blocks, fonts: fonts, footer: "footer")
        for page in layout.pages {
            for text in page.texts {
                #expect(text.x >= CaseNoteLayout.margin - 0.01 && text.x + text.width <= CaseNoteLayout.pageWidth - CaseNoteLayout.margin + 0.01,
                        "\(text.string)")
                #expect(text.baseline > 20 && text.baseline < CaseNoteLayout.pageHeight - 40, "\(text.string)")
            }
        }
    }

    @Test("a checklist's own questions are on the note with their answers; a long one wraps in the label column",
          arguments: [Language.dutch, .english])
    func checklistQuestions(language: Language) throws {
        let content = ShippedContent.bundle
        let checklist = try #require(content.checklist("sexual-exploitation-youth"))
        let recent = try #require(checklist.questions.first { $0.id == "recent-sexual-violence" })
        let under16 = try #require(checklist.questions.first { $0.id == "under-16" })
        let input = AssessmentInput(checked: [try #require(checklist.signals.first).id], answers: [recent.id])
        let assessed = CaseNote.assess(input, checklist: checklist, role: content.role("teacher"), content: content)
        let note = CaseNote(created: Date(timeIntervalSince1970: 1_741_944_600), timeZone: TimeZone(identifier: "UTC")!, appVersion: "0.1.0",
                            checklist: checklist, role: content.role("teacher"), reference: "77", result: assessed.result,
                            steps: assessed.steps, progress: nil)
        let blocks = CaseNoteBuilder(content: content, language: language).blocks(note)
        #expect(blocks.contains(.field(label: recent.text(language), value: content.strings("answer.yes", language))))
        #expect(blocks.contains(.field(label: under16.text(language), value: content.strings("answer.no", language))))
        let fonts = try CertificateFonts.load(from: CertificateFonts.folders(content: content))
        let page = try #require(CaseNoteLayout(blocks, fonts: fonts, footer: "footer").pages.first)
        let labels = page.texts.filter { $0.x == CaseNoteLayout.margin && $0.color == .muted && $0.size == CaseNoteLayout.bodySize }
        #expect(labels.count > 8, "every label, the long ones on more lines")
        for label in labels {
            #expect(label.x + label.width < CaseNoteLayout.margin + 150, "\(label.string) runs into the answers")
        }
    }

    @Test("a note is written 0600, never over another file, never through a link")
    func written() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-note-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CaseNoteFiles.create(Data("one".utf8), in: folder, name: "note.md")
        let second = try CaseNoteFiles.create(Data("two".utf8), in: folder, name: "note.md")
        #expect(first.hasSuffix("/note.md") && second.hasSuffix("/note-2.md"))
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "one")
        let mode = try FileManager.default.attributesOfItem(atPath: second)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let target = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: target.path)
        #expect(throws: CaseNoteFiles.Failure.self) { try CaseNoteFiles.replace(Data("x".utf8), at: folder.appendingPathComponent("link.md").path) }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
