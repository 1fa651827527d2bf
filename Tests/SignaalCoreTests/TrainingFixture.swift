import Foundation
import Testing
@testable import SignaalCore

/// The good content plus the small module in Fixtures/modules/mini.json.
enum MiniModule {
    static func copy() throws -> ContentCopy {
        let copy = try ContentCopy()
        try FileManager.default.createDirectory(at: copy.url("modules"), withIntermediateDirectories: true)
        let source = Fixtures.folder.appendingPathComponent("modules/mini.json")
        try copy.write("modules/mini.json", bytes: Array(try Data(contentsOf: source)))
        return copy
    }

    static func load() throws -> TrainingModule {
        let copy = try copy()
        let result = copy.load()
        let module = try #require(result.bundle?.module("mini"), "mini module did not load:\n\(listing(result.problems))")
        return module
    }
}
