import Foundation
import Testing
@testable import SignaalCore

/// `validate` is the full pass of a load, with module files read in
/// parallel and no module kept: the same problems, in the same order, and
/// what it reports of the modules from the pass itself.
@Suite struct ContentValidateTests {
    @Test func validContentGivesWhatAFullLoadGives() throws {
        let full = ContentLoader.load(from: Fixtures.shipped)
        let validated = ContentLoader.validate(from: Fixtures.shipped)
        let modules = try #require(full.bundle?.modules)
        let bundle = try #require(validated.bundle)
        #expect(validated.problems.isEmpty)
        #expect(validated.fileCount == full.fileCount)
        #expect(validated.moduleCount == modules.count)
        #expect(validated.answerPositionWarnings == AnswerPositionCheck.warnings(modules))
        #expect(validated.moduleLanguages == Set(modules.flatMap(\.languages)))
        #expect(validated.moduleLanguages.isSuperset(of: ["nl", "en", "pl"]))
        #expect(bundle.checklists == full.bundle?.checklists)
        #expect(bundle.steps == full.bundle?.steps)
        #expect(!bundle.catalogue.areModulesReadAgain, "validate keeps no module, and reading the rest does not read them")
        #expect(bundle.modules == modules, "asked for, they are read again")
        #expect(bundle.catalogue.areModulesReadAgain)
    }

    @Test func problemsInSeveralModulesComeInFileOrder() throws {
        let content = try ContentCopy(of: Fixtures.shipped)
        let mini = try content.text("modules/no-room-hotel.json")
        for (index, name) in ["a", "b", "c", "d", "e", "f"].enumerated() {
            // Each copy has its own id; every other one is broken in its own way.
            let copy = mini.replacingOccurrences(of: "\"id\": \"no-room-hotel\"", with: "\"id\": \"copy-\(name)\"")
            try content.write("modules/\(name).json", index.isMultiple(of: 2) ? copy.replacingOccurrences(of: "\"minutes\": ", with: "\"minutes\": \"x\", \"old\": ") : copy)
        }
        let validated = ContentLoader.validate(from: content.root, displayRoot: ContentCopy.displayRoot)
        let full = content.load()
        #expect(validated.problems == full.problems)
        let files = validated.problems.map(\.file).filter { $0.hasPrefix("content/modules/") }
        #expect(files == files.sorted())
        #expect(Set(files) == ["content/modules/a.json", "content/modules/c.json", "content/modules/e.json"])
        #expect(validated.bundle == nil)
    }
}
