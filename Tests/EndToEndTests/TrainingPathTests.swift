import Foundation
import Testing

extension EndToEnd {
    /// A learner does the youth track in the full-screen interface, from
    /// the name form to a certificate, reading each screen as a person would.
    @Suite("Training path", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct TrainingPath {
        /// The module's units, read from the package's content.
        static func units(_ id: String) throws -> [[String: Any]] {
            let url = SignaalBinary.packageRoot.appendingPathComponent("Content/modules/\(id).json")
            let module = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            return module["units"] as? [[String: Any]] ?? []
        }

        /// The numbers under which options with these texts are shown ("▶ 3. ( ) Text" → "3").
        static func shownNumbers(of texts: [String], on screen: String) -> [String] {
            screen.split(separator: "\n").compactMap { line -> String? in
                guard texts.contains(where: { line.contains(String($0.prefix(24))) }),
                      let range = line.range(of: #"\d+\. [\[(]"#, options: .regularExpression) else { return nil }
                return String(line[range].prefix { $0.isNumber })
            }
        }

        /// A question answered: its verdict, or the marks with "Enter next" when the verdict is below the fold.
        static func answered(_ screen: String) -> Bool {
            screen.contains("Right!") || screen.contains("Partly right.") || screen.contains("Not right.")
                || screen.contains("✓") && screen.contains("Enter next")
        }

        /// "part 7 of 22" → 6.
        static func unitIndex(_ screen: String) -> Int? {
            guard let range = screen.range(of: #"part \d+ of \d+"#, options: .regularExpression) else { return nil }
            return Int(screen[range].split(separator: " ")[1]).map { $0 - 1 }
        }

        @Test("youth track at 80x24 in English: every screen, a pass, a certificate that verifies")
        func youthTrackToCertificate() async throws {
            let binary = try SignaalBinary.url()
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            let common = ["--data", work.appendingPathComponent("data").path, "--lang", "en"]
            let line = "cd \(shellQuoted(work.path)) && " + ([binary.path] + common).map(shellQuoted).joined(separator: " ")
            let tmux = try Tmux(width: 80, height: 24, command: .shell(line))
            let units = try Self.units("buit-youth")

            try await tmux.waitFor(text: "Who are you?")
            try tmux.send("Enter")                      // teacher
            try await tmux.waitFor(text: "Training for professionals")
            try tmux.send("3")
            try await tmux.waitFor(text: "Who is training?")
            try tmux.type("Zoë Brontë")
            try tmux.send("Enter", "Enter")
            try await tmux.waitFor(text: "Choose a training")
            try tmux.send("j", "Enter")                 // the youth track, second in the list
            try await tmux.waitFor(text: "part 1 of \(units.count)")

            var screen = try tmux.capture()
            for _ in 0..<400 {
                if screen.contains("You reached the end") { break }
                let index = Self.unitIndex(screen) ?? -1
                let type = units.indices.contains(index) ? units[index]["type"] as? String : nil
                if type == "chat" {
                    if screen.contains("Press a key to skip the wait") {
                        try tmux.send("Space")
                    } else if screen.contains("Why?") || screen.contains("How it ends") {
                        try tmux.send("Enter")
                    } else {
                        try tmux.send("1")                 // the first reply
                    }
                } else if type == "question" {
                    if Self.answered(screen) {
                        try tmux.send("Enter")
                    } else {
                        // Options are shuffled for each learner: find the right ones by their text.
                        let options = units[index]["options"] as? [[String: Any]] ?? []
                        let texts = options.filter { $0["correct"] as? Bool == true }
                            .compactMap { ($0["text"] as? [String: String])?["en"] }
                        var right: [String] = []
                        // A frame being drawn can miss lines: read the question once it has settled.
                        try await Task.sleep(nanoseconds: 200_000_000)
                        var shown = try tmux.capture()
                        guard Self.unitIndex(shown) == index, !Self.answered(shown) else {
                            screen = shown
                            continue
                        }
                        for _ in 0..<10 where right.count < texts.count {
                            right = Array(Set(right + Self.shownNumbers(of: texts, on: shown)))
                            guard right.count < texts.count else { break }
                            // Further options are below: move down and read again.
                            let before = shown
                            try tmux.send("j")
                            shown = (try? await tmux.waitUntil("the cursor moves", timeout: 2) { $0 != before }) ?? before
                        }
                        #expect(right.count == texts.count, "right options not found on screen: \(texts) \(right)\n\(shown)")
                        try tmux.send(right + ["Enter"])
                        screen = try await tmux.waitUntil("the answer's marks", Self.answered)
                        continue
                    }
                } else {
                    try tmux.send("Enter")                 // a lesson page
                }
                let before = screen
                screen = try await tmux.waitUntil("the screen changes") { $0 != before }
            }
            try await tmux.waitUntil("the end, passed") { $0.contains("You reached the end") && $0.contains("Passed") }
            try tmux.send("c")
            let saved = try await tmux.waitFor(text: "saved")
            let code = try #require(saved.range(of: #"Certificate [A-Z2-9]{10}"#, options: .regularExpression).map { String(saved[$0].suffix(10)) })
            let pdf = work.appendingPathComponent("certificate-zoe-bronte-buit-youth.pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path))
            try tmux.send("Q")

            let verify = try ProcessRunner.run(binary, ["verify", code] + common)
            #expect(verify.status == 0, "\(verify.transcript)")
            #expect(verify.stdout.contains("Zoë Brontë"))
            if let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile) {
                let text = try ProcessRunner.run(URL(fileURLWithPath: pdftotext), [pdf.path, "-"])
                #expect(text.stdout.contains("Zoë Brontë"))
                #expect(text.stdout.contains(code))
            }
        }
    }
}
