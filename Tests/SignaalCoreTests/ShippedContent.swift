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

/// A small deterministic random generator (SplitMix64), so generated test
/// cases are the same on every run and a failure can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
