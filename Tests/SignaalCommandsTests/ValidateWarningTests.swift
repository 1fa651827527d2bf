import Foundation
import Testing
@testable import SignaalCommands

/// `validate` warns (exit 0) when most single-choice answers sit in one position.
@Suite("Validate: answer positions")
struct ValidateWarningTests {
    @Test("a module with every single-choice answer first gets a warning with its file; the content still validates")
    func warnsWithFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-content-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Run.content), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("modules/buit-youth.json")
        var module = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var units = try #require(module["units"] as? [[String: Any]])
        for index in units.indices where units[index]["kind"] as? String == "single" {
            let options = try #require(units[index]["options"] as? [[String: Any]])
            units[index]["options"] = options.filter { $0["correct"] as? Bool == true } + options.filter { $0["correct"] as? Bool != true }
        }
        module["units"] = units
        try JSONSerialization.data(withJSONObject: module, options: [.prettyPrinted]).write(to: file)
        let run = Run.signaal(["validate", "--lang", "en", "--content", folder.path], withContent: false)
        #expect(run.code == .ok)
        #expect(run.err.contains("modules/buit-youth.json: warning (buit-youth): 6 of 6 single-choice questions have their right answer in position 1"), "\(run.err)")
        #expect(run.out.hasPrefix("Content is valid"))
    }
}
