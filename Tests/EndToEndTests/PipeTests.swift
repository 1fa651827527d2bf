import Foundation
import Testing

extension EndToEnd {
    /// Without a terminal: the TUI refuses politely; `--plain` works.
    @Suite("Pipes", .serialized)
    struct Pipes {
        @Test("Without a terminal the app exits 2 and points to --plain")
        func notATerminal() throws {
            let binary = try SignaalBinary.url()
            let result = try ProcessRunner.run(binary, [], input: .devNull)
            #expect(!result.signalled && result.status == 2, "\(result.transcript)")
            #expect(result.stderr.contains("--plain"), "\(result.transcript)")
            #expect(!result.stdout.contains("\u{1B}"), "no terminal control codes on a pipe\n\(result.transcript)")
        }

        @Test("--plain through a pipe: the result heading, the level and Veilig Thuis")
        func plainScript() throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "nl")
            let numbered = checklist.plainNumbering
            try #require(numbered.count >= 8)
            // The same case through `assess`, for the level to expect.
            let assess = try ProcessRunner.run(binary, ["assess", "--checklist", checklist.id, "--signal", numbered[2].id,
                                                        "--signal", numbered[7].id, "--minor", "--role", "teacher",
                                                        "--format", "json", "--lang", "nl"])
            let expected = try #require(JSONSerialization.jsonObject(with: Data(assess.stdout.utf8)) as? [String: Any])
            let level = try #require(expected["levelLabel"] as? String, "\(assess.transcript)")

            // teacher; the first checklist; signals 3 and 8; done; minor; not acute
            let result = try ProcessRunner.run(binary, ["--plain"], input: .text("1\n1\n3 8\n\n1\n2\n"))
            #expect(!result.signalled && result.status == 0, "\(result.transcript)")
            #expect(result.stdout.contains("INSCHATTING"), "the result heading\n\(result.transcript)")
            #expect(result.stdout.contains("[\(level.uppercased())]"), "the level, as assess gives it\n\(result.transcript)")
            #expect(result.stdout.contains("0800-2000"), "Veilig Thuis for a minor\n\(result.transcript)")
            #expect(!result.stdout.contains("\u{1B}"), "no terminal control codes\n\(result.transcript)")
        }

        @Test("--plain with input that stops early exits 1 with a message, not a crash")
        func plainIncomplete() throws {
            let binary = try SignaalBinary.url()
            let result = try ProcessRunner.run(binary, ["--plain"], input: .text("1\n3 8\n"))
            #expect(!result.signalled && result.status == 1, "\(result.transcript)")
            let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(message.hasPrefix("signaal:") && message.split(separator: "\n").count == 1,
                    "one clear line on stderr\n\(result.transcript)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtrace"), "\(result.transcript)")
        }
    }
}
