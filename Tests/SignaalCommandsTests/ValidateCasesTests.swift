import Foundation
import Testing
@testable import SignaalCommands

/// `signaal validate` checks the advice cases in `Content/cases/` as well.
@Suite("validate: advice cases")
struct ValidateCasesTests {
    /// A copy of the shipped content with one case file replaced.
    func contentWithCase(_ caseJSON: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-cases-\(UUID().uuidString)")
        let shipped = URL(fileURLWithPath: Run.content)
        for folder in ["", "checklists", "modules", "referral", "cards", "cases"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            guard folder != "cases" else { continue }
            let from = shipped.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: from.path) where name.hasSuffix(".json") {
                try Data(contentsOf: from.appendingPathComponent(name)).write(to: root.appendingPathComponent(folder).appendingPathComponent(name))
            }
        }
        try Data(caseJSON.utf8).write(to: root.appendingPathComponent("cases/x.json"))
        return root
    }

    @Test("a case naming an unknown step fails validate with path:line")
    func unknownStep() throws {
        let root = try contentWithCase("""
            {"cases": [
              {"id": "a", "note": "n", "checklist": "criminal-exploitation", "role": "teacher", "age": "minor",
               "signals": ["ce-threats"], "firstStep": "call-911"}
            ]}
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Run.signaal(["validate", "--lang", "en", "--content", root.path], withContent: false)
        #expect(run.code == .failure)
        #expect(run.out.contains("cases/x.json:3: unknown step id \"call-911\""), "\(run.out)")
        #expect(run.err.contains("1 problem(s) found."))
    }
}
