import Foundation
@testable import SignaalCore

/// The content the app ships with, loaded once for the tests that check
/// its model (scoring, referral). Fails loudly if the content is invalid.
enum ShippedContent {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    static let bundle: ContentBundle = {
        let result = ContentLoader.load(from: root)
        guard let bundle = result.bundle else {
            fatalError("shipped content is invalid:\n" + result.problems.map(\.description).joined(separator: "\n"))
        }
        return bundle
    }()

    static var checklist: Checklist {
        guard let checklist = bundle.checklist("criminal-exploitation") else { fatalError("checklist missing") }
        return checklist
    }

    static var scorer: RiskScorer { RiskScorer(model: bundle.scoring, checklist: checklist) }
}
