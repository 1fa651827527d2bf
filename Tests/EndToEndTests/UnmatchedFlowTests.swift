import Foundation
import Testing

extension EndToEnd {
    /// Issue 14 §3 with the real binary: staff type their names and the
    /// hotel's name as people do; the manager sees them counted, or listed as
    /// unmatched with a one-key link. And "1" everywhere fails in the interface.
    @Suite("Unmatched completions", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct UnmatchedFlow {
        static let roster = "Naam;Afdeling\nȘtefan Popescu;Receptie\nBakker, Marieke;Housekeeping\nJan de Vries;Keuken\nÖzlem Yılmaz;Housekeeping\nPiet Klaassen;Bar\n"

        @Test("\"Stefan\", \"Marieke Bakker\", an empty organisation and \"Hotel De Duinen Zandvoort\": three count, one is linked with m")
        func managerLinks() async throws {
            let binary = try SignaalBinary.url()
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            let common = ["--data", work.appendingPathComponent("data").path, "--lang", "en"]
            func signaal(_ words: [String], input: ProcessRunner.Input = .devNull) throws -> ProcessResult {
                try ProcessRunner.run(binary, words + common, input: input, timeout: 60)
            }
            let rosterFile = work.appendingPathComponent("rooster.csv")
            try Self.roster.write(to: rosterFile, atomically: true, encoding: .utf8)
            #expect(try signaal(["org", "create", "Hotel De Duinen", "--location", "Zandvoort"]).status == 0)
            #expect(try signaal(["org", "import-roster", "hotel-de-duinen", rosterFile.path]).status == 0)
            for (name, organisation) in [("Stefan Popescu", "Hotel De Duinen"), ("Marieke Bakker", "hotel de duinen"),
                                         ("Jan de Vries", nil), ("Özlem Yılmaz", "Hotel De Duinen Zandvoort")] as [(String, String?)] {
                let answers = try HotelFlow.passingAnswers(module: "no-room-hotel", learner: name, binary: binary,
                                                           scratch: work.appendingPathComponent("probe"))
                let train = try signaal(["train", "no-room-hotel", "--learner", name, "--plain"] + (organisation.map { ["--organisation", $0] } ?? []),
                                        input: .text(answers))
                #expect(train.stdout.contains("Passed"), "\(train.transcript.suffix(300))")
            }
            let line = ([binary.path] + common).map(shellQuoted).joined(separator: " ")
            let tmux = try Tmux(width: 80, height: 24, command: .shell(line))
            try await tmux.waitFor(text: "Who are you?")
            try tmux.send("4")
            try await tmux.waitFor(text: "Your staff's progress")
            try tmux.send("Enter")
            try await tmux.waitFor(text: "Hotel De Duinen")
            try tmux.send("Enter")
            // The list of organisations shows the same count: wait for the organisation's own screen.
            let screen = try await tmux.waitUntil("the unmatched completion is listed") {
                $0.contains("counted for nobody on the roster (1)") && $0.contains("3 of 5 staff have completed the training (60%)")
            }
            #expect(screen.contains("▶ ? Jan de Vries · no organisation · likely: Jan de Vries"))
            try tmux.send("m")
            try await tmux.waitFor(text: "4 of 5 staff have completed the training (80%)")
            try tmux.send("u")
            try await tmux.waitFor(text: "3 of 5 staff have completed the training (60%)")
            try tmux.send("Q")
        }

        @Test("\"1\" and Enter everywhere in the interface fails the hotel module")
        func oneEverywhere() async throws {
            let binary = try SignaalBinary.url()
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            let line = ([binary.path, "--data", work.appendingPathComponent("data").path, "--lang", "en"]).map(shellQuoted).joined(separator: " ")
            let tmux = try Tmux(width: 80, height: 24, command: .shell(line))
            try await tmux.waitFor(text: "Who are you?")
            try tmux.send("3")
            try await tmux.waitFor(text: "Training")
            try tmux.send("1")
            try await tmux.waitFor(text: "Who is training?")
            try tmux.type("Een Overal")
            try tmux.send("Enter", "Enter", "Enter")  // name, no organisation (asked once), go on
            try await tmux.waitFor(text: "Choose a training")
            try tmux.send("Enter")
            var screen = try tmux.capture()
            for _ in 0..<600 where !screen.contains("You reached the end") {
                // Every "1, Enter" changes the screen: wait for it, so no key lands past the end.
                let before = screen
                try tmux.send("1", "Enter")
                screen = try await tmux.waitUntil("the screen changes") { $0 != before }
            }
            let end = try await tmux.waitUntil("the end, not passed") { $0.contains("You reached the end") && $0.contains("Not passed yet") }
            #expect(!end.contains("Passed. Well done"))
            try tmux.send("Q")
        }
    }
}
