import Foundation
@testable import SignaalCore

/// One line per assessment in Fixtures/scoring-recorded.txt: the input, then
/// the level, score, contributing signals (in order) and reasons. Recorded
/// once from the shipped model; a change to the model or the scorer shows up
/// as a changed line. Re-record on purpose with SIGNAAL_RECORD_SCORING=1.
enum RecordedScoring {
    static let header = """
        # age acute|calm checked-signals => level score [contributing, in order] reasons
        # Recorded with SIGNAAL_RECORD_SCORING=1 swift test --filter ScoringRuleTests

        """

    static func line(_ input: AssessmentInput, _ scorer: RiskScorer) -> String {
        let result = scorer.assess(input)
        let checked = input.checked.isEmpty ? "-" : input.checked.sorted().joined(separator: ",")
        let contributing = result.contributing.map(\.id).joined(separator: ",")
        let reasons = result.reasons.map(describe).joined(separator: " ")
        return "\(input.age.rawValue) \(input.acute ? "acute" : "calm") \(checked) => \(result.level.id) \(result.score) [\(contributing)] \(reasons)"
    }

    static func input(_ line: String) -> AssessmentInput? {
        let words = line.split(separator: " ")
        guard words.count >= 3, let age = AgeGroup(rawValue: String(words[0])) else { return nil }
        let checked = words[2] == "-" ? [] : Set(words[2].split(separator: ",").map(String.init))
        return AssessmentInput(checked: checked, age: age, acute: words[1] == "acute")
    }

    static func describe(_ reason: Reason) -> String {
        switch reason {
        case .acuteDanger: "acute"
        case let .combination(rule): "combination:\(rule.level)"
        case let .scoreThreshold(level, threshold): "threshold:\(level)@\(threshold)"
        case let .requirementNotMet(requirement): "requirement:\(requirement.level)"
        case let .counts(strong, medium, weak, groups): "counts:\(strong)/\(medium)/\(weak)/\(groups)"
        case let .contextOnly(count, alone): "context:\(count)\(alone ? ",alone" : "")"
        case .ageUnknownTreatedAsMinor: "age-unknown"
        case .noSignals: "none-checked"
        }
    }
}
