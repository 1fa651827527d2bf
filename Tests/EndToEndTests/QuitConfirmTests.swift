import Foundation
import Testing

extension EndToEnd {
    @Suite("Quit", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct Quit {
        @Test("Q asks first when something was checked: n stays, j quits")
        func confirmAfterWork() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "nl")
            let counter = "1 van \(checklist.signals.count) aangevinkt"
            let tmux = try Tmux(width: 80, height: 24, command: .app(binary, []))

            try await tmux.openTeacherChecklist(checklist, role: "Leraar of docent")
            try tmux.send("Space")
            try await tmux.waitFor(text: counter)

            try tmux.send("Q")
            try await tmux.waitFor(text: "Stoppen?")
            try tmux.send("n")
            try await tmux.waitUntil("the confirm box is gone and the checklist is back") {
                !$0.contains("Stoppen?") && $0.contains(counter)
            }
            #expect(try tmux.format("#{pane_dead}") == "0", "n does not quit")

            try tmux.send("Q")
            try await tmux.waitFor(text: "Stoppen?")
            try tmux.send("j")
            let status = try await tmux.waitForExit()
            let screen = try tmux.capture()
            #expect(status == 0, "exit status after Q j\n\(tmux.framed(screen))")
            #expect(try tmux.format("#{alternate_on}") == "0", "back on the normal screen")
        }

        @Test("Q quits at once when nothing was filled in")
        func quitWithoutWork() async throws {
            let binary = try SignaalBinary.url()
            let tmux = try Tmux(width: 80, height: 24, command: .app(binary, []))
            try await tmux.waitFor(text: "Signaal · Start")
            try tmux.send("Q")
            let status = try await tmux.waitForExit()
            let screen = try tmux.capture()
            #expect(status == 0, "exit status after Q\n\(tmux.framed(screen))")
        }
    }
}
