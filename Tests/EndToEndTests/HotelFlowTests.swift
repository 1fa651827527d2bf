import Foundation
import Testing

extension EndToEnd {
    /// A hotel manager's whole path with the real binary: import the roster,
    /// three of five staff complete the training, the manager's screen shows
    /// 60% and exports the organisation certificate.
    @Suite("Hotel flow", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct HotelFlow {
        static let roster = "\u{FEFF}Naam;Afdeling\r\nAnna de Vries;Receptie\r\nŁukasz Wójcik;Housekeeping\r\nÖzlem Yılmaz;Housekeeping\r\nBob Jansen;Keuken\r\nMaria García;Receptie\r\n"

        /// Input for `train --plain` that answers every question right for
        /// `learner`. Options are shuffled per learner, so a first run in a
        /// scratch folder answers "1" everywhere and reads the numbers this
        /// learner sees in its feedback ("Correct: 2, 4.").
        static func passingAnswers(module id: String, learner: String, binary: URL, scratch: URL) throws -> String {
            let probe = try ProcessRunner.run(binary, ["train", id, "--learner", learner, "--plain", "--lang", "en", "--data", scratch.path],
                                              input: .text(String(repeating: "1\n", count: 500)), timeout: 60)
            let prompt = try Regex(#"Enter to go on, q to stop: |Choose (one or more of )?1–\d+: "#)
            var lines: [String] = []
            var rest = probe.stdout[...]
            while let match = rest.firstMatch(of: prompt) {
                let after = rest[match.range.upperBound...]
                let segment = after.firstMatch(of: prompt).map { after[..<$0.range.lowerBound] } ?? after
                if let right = segment.firstMatch(of: try Regex(#"Correct: ([\d, ]+)\."#)), let numbers = right.output[1].substring {
                    lines.append(numbers.replacingOccurrences(of: ",", with: ""))
                } else {
                    lines.append(match.output[0].substring?.hasPrefix("Enter") == true ? "" : "1")
                }
                rest = after
            }
            return lines.joined(separator: "\n") + "\n"
        }

        @Test("roster → three staff complete → 60% on the manager's screen → organisation certificate")
        func rosterToCertificate() async throws {
            let binary = try SignaalBinary.url()
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            let data = work.appendingPathComponent("data").path
            let rosterFile = work.appendingPathComponent("rooster.csv")
            try Self.roster.write(to: rosterFile, atomically: true, encoding: .utf8)
            let common = ["--data", data, "--lang", "en"]

            func signaal(_ words: [String], input: ProcessRunner.Input = .devNull) throws -> ProcessResult {
                try ProcessRunner.run(binary, words + common, input: input, timeout: 60)
            }
            #expect(try signaal(["org", "create", "Hotel De Zeemeeuw"]).status == 0)
            let imported = try signaal(["org", "import-roster", "hotel-de-zeemeeuw", rosterFile.path])
            #expect(imported.status == 0 && imported.stdout.contains("5 added"), "\(imported.transcript)")
            for name in ["Anna de Vries", "Łukasz Wójcik", "Özlem Yılmaz"] {
                let answers = try Self.passingAnswers(module: "no-room-hotel", learner: name, binary: binary, scratch: work.appendingPathComponent("probe"))
                let train = try signaal(["train", "no-room-hotel", "--learner", name, "--organisation", "Hotel De Zeemeeuw", "--plain"],
                                        input: .text(answers))
                #expect(train.status == 0 && train.stdout.contains("Passed"), "\(train.transcript.suffix(400))")
            }

            // The manager, in the full-screen interface, started in the work folder.
            let line = "cd \(shellQuoted(work.path)) && " + ([binary.path] + common).map(shellQuoted).joined(separator: " ")
            let tmux = try Tmux(width: 80, height: 24, command: .shell(line))
            try await tmux.waitFor(text: "Who are you?")
            try tmux.send("4")
            try await tmux.waitFor(text: "Your staff's progress")
            try tmux.send("Enter")
            try await tmux.waitFor(text: "Hotel De Zeemeeuw")
            try tmux.send("Enter")
            try await tmux.waitUntil("the bar reaches 60% and the certificate can be issued") { screen in
                screen.contains("3 of 5 staff have completed the training (60%)") && screen.contains("✓")
            }
            try tmux.send("c")
            try await tmux.waitFor(text: "saved")
            let pdf = work.appendingPathComponent("certificate-hotel-de-zeemeeuw-no-room-hotel.pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path))
            if let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile) {
                let text = try ProcessRunner.run(URL(fileURLWithPath: pdftotext), [pdf.path, "-"])
                #expect(text.stdout.contains("Hotel De Zeemeeuw"))
                #expect(text.stdout.contains("3 of 5 (60%)"))
            }
            try tmux.send("Q")
        }
    }
}
