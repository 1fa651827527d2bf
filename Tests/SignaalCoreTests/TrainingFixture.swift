import Foundation
import Testing
@testable import SignaalCore

/// The good content, whose one module is Fixtures/good/modules/mini.json.
enum MiniModule {
    static func copy() throws -> ContentCopy {
        try ContentCopy()
    }

    static func load() throws -> TrainingModule {
        let copy = try copy()
        let result = copy.load()
        let module = try #require(result.bundle?.module("mini"), "mini module did not load:\n\(listing(result.problems))")
        return module
    }
}
