import Foundation
import Testing

extension EndToEnd {
    /// A hotel manager's whole path with the real binary: import the roster,
    /// three of five staff complete the training, the manager's screen shows
    /// 60% and exports the organisation certificate.
    @Suite("Hotel flow", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct HotelFlow {
        static let roster = "\u{FEFF}Naam;Afdeling\r\nAnna de Vries;Receptie\r\nŁukasz Wójcik;Housekeeping\r\nÖzlem Yılmaz;Housekeeping\r\nBob Jansen;Keuken\r\nMaria García;Receptie\r\n"

        /// Input for `train --plain` that answers every question right.
        static func passingAnswers(module id: String) throws -> String {
            let url = SignaalBinary.packageRoot.appendingPathComponent("Content/modules/\(id).json")
            let module = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            var lines: [String] = []
            for unit in module["units"] as? [[String: Any]] ?? [] {
                switch unit["type"] as? String {
                case "lesson":
                    lines += Array(repeating: "", count: (unit["pages"] as? [Any])?.count ?? 0)
                case "chat":
                    let nodes = Dictionary(uniqueKeysWithValues: (unit["nodes"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0) })
                    var node = nodes[unit["start"] as? String ?? ""]
                    while let current = node, current["end"] as? Bool != true {
                        lines.append("1")
                        node = nodes[((current["replies"] as? [[String: Any]])?.first?["next"] as? String) ?? ""]
                    }
                    lines.append("")
                default:
                    let options = unit["options"] as? [[String: Any]] ?? []
                    let right = options.indices.filter { options[$0]["correct"] as? Bool == true }.map { "\($0 + 1)" }
                    let several = ["multiple", "spot"].contains(unit["kind"] as? String ?? "")
                    lines.append(several ? right.joined(separator: " ") : right.first ?? "1")
                }
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
            let answers = try Self.passingAnswers(module: "no-room-hotel")
            for name in ["Anna de Vries", "Łukasz Wójcik", "Özlem Yılmaz"] {
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
