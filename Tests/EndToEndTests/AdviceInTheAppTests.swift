import Foundation
import Testing

extension EndToEnd {
    /// The advice that matters most, seen on the real screen: a minor being
    /// abused now puts 112 first, and vulnerability alone gives no alarm.
    @Suite("Advice in the app", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct AdviceInTheApp {
        @Test("hotel staff, a minor going to a room where adult men come: step 1 is to call 112")
        func hotelMinorCalls112First() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "en", checklist: "hotel-sexual-exploitation")
            let position = try #require(checklist.signals.firstIndex { $0.id == "hs-minor-visitors" })
            let tmux = try Tmux(width: 80, height: 24, command: .app(binary, ["--lang", "en"]))

            try await tmux.waitFor(text: "Hotel or holiday park staff")
            try tmux.send("Down", "Down", "Enter")
            try await tmux.waitFor(text: "Signaal · Hotel or holiday park staff")
            try tmux.send("Down", "Enter")
            try await tmux.waitFor(text: "Signaal · " + checklist.title)
            try tmux.check(positions: [position])
            try await tmux.waitFor(text: "1 of \(checklist.signals.count) checked")
            try tmux.send("Enter")
            try await tmux.waitFor(text: try checklist.question("minor"))
            try tmux.send("Up", "1")  // the age question; 1 = minor
            try tmux.send("Enter")
            try await tmux.waitUntil("step 1, on the first screen, is to call 112") { screen in
                screen.contains("▶SERIOUS CONCERN◀") && TeacherPath.step(1, on: screen)?.contains("Call 112 first") == true
            }
        }

        @Test("a teacher who ticks only vulnerability factors gets the lowest level")
        func vulnerabilityAloneIsNoIndication() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "en")
            let picks = checklist.signals.indices.filter { checklist.signals[$0].group == "vulnerability" }.prefix(2)
            try #require(picks.count == 2)
            let tmux = try Tmux(width: 80, height: 24, command: .app(binary, ["--lang", "en"]))

            try await tmux.openTeacherChecklist(checklist, role: "Teacher")
            try tmux.check(positions: Array(picks))
            try await tmux.waitFor(text: "2 of \(checklist.signals.count) checked")
            try tmux.send("Enter")
            try await tmux.waitFor(text: try checklist.question("minor"))
            try tmux.send("Up", "1")
            try tmux.send("Enter")
            try await tmux.waitUntil("the gauge marks NO INDICATION and says why") { screen in
                screen.contains("▶NO INDICATION◀") && screen.contains("2 vulnerability factors ticked")
            }
        }
    }
}
