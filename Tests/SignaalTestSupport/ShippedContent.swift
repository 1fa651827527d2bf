import Foundation
import SignaalCore

/// The content the app ships with, loaded once for the tests that check
/// its model (scoring, referral) and its screens. Fails loudly if the
/// content is invalid. Shared by the test targets (public API only).
public enum ShippedContent {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    public static let bundle: ContentBundle = {
        let result = ContentLoader.load(from: root)
        guard let bundle = result.bundle else {
            fatalError("shipped content is invalid:\n" + result.problems.map(\.description).joined(separator: "\n"))
        }
        return bundle
    }()

    public static var checklist: Checklist {
        guard let checklist = bundle.checklist("criminal-exploitation") else { fatalError("checklist missing") }
        return checklist
    }

    public static var scorer: RiskScorer { RiskScorer(model: bundle.scoring, checklist: checklist) }
}
