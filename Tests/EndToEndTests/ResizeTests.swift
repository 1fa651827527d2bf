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
            let tmux = try Tmux(width: 100, height: 30, command: Tmux.app(binary))

            try await tmux.openTeacherChecklist(checklist, role: "Leraar of docent")
            try tmux.check(positions: [0, 1])
            try await tmux.waitFor(text: "2 van \(total) aangevinkt · signaal 2 van \(total)")

            try tmux.resize(width: 70, height: 20)
            let small = try await tmux.waitFor(text: "80x24")
            #expect(small.contains("70x20"), "the message names the current size\n\(tmux.framed(small))")
            #expect(!small.contains("aangevinkt"), "no half-drawn checklist\n\(tmux.framed(small))")

            try tmux.resize(width: 100, height: 30)
            let back = try await tmux.waitFor(text: "2 van \(total) aangevinkt · signaal 2 van \(total)")
            #expect(back.contains("Signaal · " + checklist.title))
            #expect(!back.contains("80x24"))
        }
    }
}
