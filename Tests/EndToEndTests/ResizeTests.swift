import Foundation
import Testing

extension EndToEnd {
    @Suite("Resize", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct Resize {
        @Test("Too small a window asks for 80x24; growing it again brings the checklist back as it was")
        func tooSmallAndBack() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary, language: "nl")
            let total = checklist.signals.count
            let tmux = try Tmux(width: 100, height: 30, command: .app(binary, []))

            try await tmux.openTeacherChecklist(checklist, role: "Leraar of docent")
            try tmux.check(positions: [0, 1])
            try await tmux.waitFor(text: "2 van \(total) aangevinkt · signaal 2 van \(total)")

            try tmux.resize(width: 70, height: 20)
            try await tmux.waitUntil("the screen asks for 80x24, names 70x20 and shows nothing else") { screen in
                screen.contains("80x24") && screen.contains("70x20") && !screen.contains("aangevinkt")
            }

            try tmux.resize(width: 100, height: 30)
            try await tmux.waitUntil("the checklist is back with the same count and cursor") { screen in
                screen.contains("Signaal · " + checklist.title) && !screen.contains("80x24")
                    && screen.contains("2 van \(total) aangevinkt · signaal 2 van \(total)")
            }
        }
    }
}
