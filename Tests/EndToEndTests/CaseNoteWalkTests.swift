import Foundation
import Testing

extension EndToEnd {
    /// A teacher from the checklist to a saved case note, on the real
    /// terminal interface: checklist → result → meldcode steps → s.
    @Suite("Case note walk", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct CaseNoteWalk {
        static let content = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content").path

        @Test("80x24, English: tick step 1, answer the framework, save: the file is there, 0600, with the level and Veilig Thuis")
        func walk() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "en")
            let picks = try checklist.positions(strong: 1, other: 1)
            let folder = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: folder) }
            let line = "cd \(shellQuoted(folder.path)) && \(shellQuoted(binary.path)) --lang en --content \(shellQuoted(Self.content))"
            let tmux = try Tmux(width: 80, height: 24, command: .shell(line))

            try await tmux.openTeacherChecklist(checklist, role: "Teacher")
            try tmux.check(positions: picks)
            try tmux.send("Enter")
            try await tmux.waitFor(text: try checklist.question("minor"))
            try tmux.send("Up", "1", "Enter")
            let result = try await tmux.waitUntil("the result with s and m in the key hints") { screen in
                screen.contains("Signaal · Result") && screen.contains("s save") && screen.contains("m reporting code")
            }
            let level = try #require(result.split(separator: "\n").first { $0.contains("Level: ") }
                .flatMap { $0.components(separatedBy: "Level: ").last?.components(separatedBy: ".").first },
                "the level on the result\n\(result)")

            try tmux.send("m")
            try await tmux.waitFor(text: "Signaal · Working through the reporting code")
            try tmux.send("Space", "j", "j", "j", "j", "y", "j", "y")
            try await tmux.waitUntil("step 1 ticked and the framework's outcome shown") { screen in
                screen.contains("[x] 1. Map the signals") && screen.contains("Outcome by the framework: Report to Veilig Thuis")
            }
            try tmux.send("s")
            try await tmux.waitFor(text: "A dossier number, never a name")
            try tmux.send("D", "-", "4", "2", "Enter")
            try await tmux.waitFor(text: "Saved: ")

            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            let markdown = try #require(names.first { $0.hasSuffix("-D-42.md") }, "a Markdown note in \(names)")
            #expect(names.contains { $0.hasSuffix("-D-42.pdf") }, "a PDF note in \(names)")
            for name in names where name.hasPrefix("case-note-") {
                let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.posixPermissions] as? Int
                #expect(mode == 0o600, "\(name)")
            }
            let note = try String(contentsOf: folder.appendingPathComponent(markdown), encoding: .utf8)
            #expect(note.contains(level), "the level \(level) in the note")
            #expect(note.contains("Veilig Thuis") && note.contains("- [x] 1. Map the signals"))
            #expect(note.contains("- **Case reference:** D-42"))

            // Quitting still asks: the checklist itself is never stored.
            try tmux.send("Q")
            try await tmux.waitFor(text: "Quit anyway?")
        }
    }
}
