import Foundation
import Testing

extension EndToEnd {
    /// A hotel manager chooses the labour-exploitation checklist in the real
    /// interface, ticks what a housekeeper told them about a cleaner from a
    /// contractor (passport held, recruitment debt) and gets the Labour
    /// Authority's path.
    @Suite("Labour checklist", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct LabourChecklist {
        static let checklistID = "labour-exploitation"

        /// The labour checklist as the binary lists it, so positions follow the content.
        static func catalogue(_ binary: URL, language: String) throws -> ChecklistCatalogue {
            let result = try ProcessRunner.run(binary, ["assess", "--checklist", checklistID, "--list", "--format", "json", "--lang", language])
            guard result.status == 0, !result.signalled else {
                throw E2EError("signaal assess --list failed\n\(result.transcript)")
            }
            return try JSONDecoder().decode(ChecklistCatalogue.self, from: Data(result.stdout.utf8))
        }

        static func positions(of ids: [String], in checklist: ChecklistCatalogue) throws -> [Int] {
            try ids.map { id in
                guard let index = checklist.signals.firstIndex(where: { $0.id == id }) else {
                    throw E2EError("the labour checklist has no signal \"\(id)\"")
                }
                return index
            }.sorted()
        }

        @Test("80x24, Dutch: manager, passport held and recruitment debt, adult → ERNSTIGE ZORG with the Arbeidsinspectie and the police")
        func managerGetsLabourAuthorityPath() async throws {
            let binary = try SignaalBinary.url()
            let checklist = try Self.catalogue(binary, language: "nl")
            let picks = try Self.positions(of: ["le-passport-held", "le-recruitment-debt"], in: checklist)
            let tmux = try Tmux(width: 80, height: 24, command: .app(binary, []))

            try await tmux.waitFor(text: "Leidinggevende")
            try tmux.send("Down", "Down", "Down", "Enter")
            try await tmux.waitFor(text: "Signaal · Leidinggevende")
            try await tmux.waitFor(text: "Signalenlijst arbeidsuitbuiting")
            try tmux.send("Down", "Enter")
            try await tmux.waitFor(text: "Signaal · " + checklist.title)

            try tmux.check(positions: picks)
            try await tmux.waitFor(text: "2 van \(checklist.signals.count) aangevinkt")
            try tmux.send("Enter")
            try await tmux.waitFor(text: try checklist.question("minor"))
            try tmux.send("2")  // the age question has the cursor; 2 = adult
            try tmux.send("Enter")
            try await tmux.waitUntil("the gauge marks ERNSTIGE ZORG and no step calls 112 first") { screen in
                screen.contains("▶ERNSTIGE ZORG◀") && TeacherPath.step(1, on: screen).map { !$0.contains("112") } == true
            }

            try await tmux.scrollResult(until: "controleer het bureau")
            try await tmux.scrollResult(until: "Arbeidsinspectie 0800 5151")
            try await tmux.scrollResult(until: "0900-8844")
        }
    }
}
