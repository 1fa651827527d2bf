import Foundation
import Testing

extension EndToEnd {
    /// A start from content a full load found valid reads checklists and
    /// modules when first used. Damaged in between (someone edits a file
    /// while the app runs), the app says so in the user's language, gives
    /// the terminal back and stops: no crash, no unchecked content shown.
    @Suite("Content changed while the app runs", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct ContentChanged {
        @Test("A checklist broken after a quick start: the problem, in Dutch, exit 1, terminal restored")
        func brokenChecklist() async throws {
            let binary = try SignaalBinary.url()
            let directory = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: directory) }
            let content = directory.appendingPathComponent("content")
            let copy = try ProcessRunner.run(URL(fileURLWithPath: "/bin/cp"), ["-R", Validate.shippedContent.path, content.path])
            #expect(copy.status == 0, "\(copy.transcript)")
            var environment = TestEnvironment.variables
            environment["SIGNAAL_CONTENT"] = content.path
            environment["XDG_CACHE_HOME"] = directory.appendingPathComponent("cache").path
            // A full load notes the content valid (once the file clock has
            // moved past the copy); the app's start then reads it lazily.
            let cache = directory.appendingPathComponent("cache/signaal")
            let noted = try await Poll.until { () -> Bool? in
                let run = try ProcessRunner.run(binary, ["modules"], environment: environment)
                guard run.status == 0 else { throw E2EError(run.transcript) }
                return (try? FileManager.default.contentsOfDirectory(atPath: cache.path))?.isEmpty == false ? true : nil
            }
            #expect(noted == true, "a note in \(cache.path)")

            let variables = ["SIGNAAL_CONTENT", "XDG_CACHE_HOME"].map { "\($0)=\(shellQuoted(environment[$0] ?? ""))" }
            let tmux = try Tmux(width: 100, height: 30, command: .shell(
                "\(variables.joined(separator: " ")) \(shellQuoted(binary.path)); echo \"$?\" > \(shellQuoted(directory.appendingPathComponent("exit").path))"))
            defer { tmux.close() }
            try await tmux.waitFor(text: "Signaal · Start")
            try Data("{\"broken\": ".utf8).write(to: content.appendingPathComponent("checklists/criminal-exploitation.json"))
            try tmux.send("Enter")  // the teacher
            try await tmux.waitFor(text: "Wat wil je doen?")
            try tmux.send("Enter")  // the checklist: read now, found damaged
            let status = try await Poll.file(directory.appendingPathComponent("exit"))
            #expect(status == "1\n")
            // The pane with its history, wrapped lines joined: the path is long.
            let shown = try tmux.run(["capture-pane", "-p", "-J", "-S", "-", "-t", Tmux.target])
            let screen = shown.replacingOccurrences(of: "\n", with: "")
            #expect(screen.contains("criminal-exploitation.json:"), "the problem names the file\n\(tmux.framed(shown))")
            #expect(screen.contains("de inhoud heeft 1 probleem/problemen"), "\(tmux.framed(shown))")
            #expect(try tmux.format("#{alternate_on}") == "0", "the terminal is given back before the message")
        }
    }
}
