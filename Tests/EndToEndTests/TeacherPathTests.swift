import Foundation
import Testing

extension EndToEnd {
    /// The whole teacher path, from the role to the result, on the real
    /// terminal interface.
    @Suite("Teacher path", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct TeacherPath {
        @Test("80x24, Dutch: acute danger gives ACUUT GEVAAR and 112 as step 1")
        func acuteInDutch() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "nl")
            let picks = try checklist.positions(strong: 1, other: 2)
            let tmux = try Tmux(width: 80, height: 24, command: .app(binary, []))

            try await tmux.openTeacherChecklist(checklist, role: "Leraar of docent")
            try tmux.check(positions: picks)
            try await tmux.waitFor(text: "3 van \(checklist.signals.count) aangevinkt")

            try tmux.send("Enter")
            try await tmux.waitFor(text: try checklist.question("acute"))
            try tmux.send("Down", "Space")
            try await tmux.waitFor(text: "112")  // the context screen's warning
            try tmux.send("Enter")
            // One condition for the whole first screen: a capture can catch
            // a frame half drawn.
            try await tmux.waitUntil("the gauge marks ACUUT GEVAAR and step 1, on the first screen, is to call 112") { screen in
                screen.contains("▶ACUUT GEVAAR◀") && Self.step(1, on: screen)?.contains("112") == true
            }
        }

        @Test("120x40, English: two strong signals for a minor give SERIOUS CONCERN; the police number is further down")
        func seriousInEnglish() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "en")
            let picks = try checklist.positions(strong: 2, other: 0)
            let tmux = try Tmux(width: 120, height: 40, command: .app(binary, ["--lang", "en"]))

            try await tmux.openTeacherChecklist(checklist, role: "Teacher")
            try tmux.check(positions: picks)
            try await tmux.waitFor(text: "2 of \(checklist.signals.count) checked")

            try tmux.send("Enter")
            try await tmux.waitFor(text: try checklist.question("minor"))
            try tmux.send("Up", "1")  // the age question; 1 = minor
            try tmux.send("Enter")
            try await tmux.waitUntil("the gauge marks SERIOUS CONCERN and the steps are drawn") { screen in
                screen.contains("▶SERIOUS CONCERN◀") && Self.step(1, on: screen) != nil
            }

            try await tmux.scrollResult(until: "0900-8844")
        }

        /// The line of step `number` ("  1. Acuut gevaar? Bel eerst 112").
        static func step(_ number: Int, on screen: String) -> Substring? {
            screen.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(number). ") }
        }
    }
}

extension Tmux {
    /// Pages down through the result until `text` is on screen. Each page
    /// waits for the "lines a–b of n" indicator to move; the bottom of the
    /// document without `text` is a failure.
    func scrollResult(until text: String, maxPages: Int = 30) async throws {
        var screen = try capture()
        for _ in 0..<maxPages {
            if screen.contains(text) { return }
            guard let position = Self.resultPosition(screen) else {
                throw E2EError("no \"lines a–b of n\" indicator on the result screen\n\(framed(screen))")
            }
            guard position.to < position.total else {
                throw E2EError("reached the end of the result without seeing \"\(text)\"\n\(framed(screen))")
            }
            try send("NPage")
            screen = try await waitUntil("the result scrolls past line \(position.from)") {
                (Self.resultPosition($0)?.from ?? position.from) > position.from
            }
        }
        throw E2EError("\"\(text)\" not found after \(maxPages) pages\n\(framed(screen))")
    }

    /// Reads "lines 1–34 of 80" (or "regel 1–19 van 102").
    static func resultPosition(_ screen: String) -> (from: Int, to: Int, total: Int)? {
        guard let match = screen.firstMatch(of: /(\d+)–(\d+) (?:of|van) (\d+)/),
              let from = Int(match.1), let to = Int(match.2), let total = Int(match.3) else { return nil }
        return (from, to, total)
    }
}
