import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// The rules the scoring model must always keep, checked over many generated
/// combinations of the shipped checklist.
@Suite("Scoring rules")
struct ScoringRuleTests {
    let scorer = ShippedContent.scorer
    let ids = ShippedContent.checklist.signals.map(\.id)

    func randomInput(_ random: inout SplitMix64) -> AssessmentInput {
        let count = Int.random(in: 0...12, using: &random)
        let checked = Set((0..<count).map { _ in ids.randomElement(using: &random) ?? "" })
        let age = AgeGroup.allCases.randomElement(using: &random) ?? .unknown
        return AssessmentInput(checked: checked, age: age, acute: Bool.random(using: &random))
    }

    @Test("adding a signal never lowers the level or the score")
    func addingNeverLowers() {
        var random = SplitMix64(seed: 1)
        for _ in 0..<3000 {
            let before = randomInput(&random)
            guard let extra = ids.filter({ !before.checked.contains($0) }).randomElement(using: &random) else { continue }
            var after = before
            after.checked.insert(extra)
            let a = scorer.assess(before), b = scorer.assess(after)
            #expect(b.score >= a.score, "adding \(extra) to \(before.checked.sorted()) lowered the score")
            #expect(b.level.rank >= a.level.rank, "adding \(extra) to \(before.checked.sorted()) lowered the level")
        }
    }

    @Test("acute danger always gives the highest level")
    func acuteIsHighest() {
        let highest = ShippedContent.bundle.scoring.levels.map(\.rank).max()
        var random = SplitMix64(seed: 2)
        for _ in 0..<1000 {
            var input = randomInput(&random)
            input.acute = true
            let result = scorer.assess(input)
            #expect(result.level.rank == highest)
            #expect(result.reasons.first == .acuteDanger)
        }
    }

    @Test("the same input gives the recorded output, also from a fresh scorer")
    func recordedResults() throws {
        let url = Fixtures.folder.appendingPathComponent("scoring-recorded.txt")
        if ProcessInfo.processInfo.environment["SIGNAAL_RECORD_SCORING"] == "1" {
            var random = SplitMix64(seed: 3)
            let lines = (0..<80).map { _ in RecordedScoring.line(randomInput(&random), scorer) }
            try (RecordedScoring.header + lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(recorded.count == 80)
        for line in recorded {
            let input = try #require(RecordedScoring.input(String(line)), "unreadable line: \(line)")
            #expect(RecordedScoring.line(input, scorer) == String(line))
            // A fresh scorer, as a new run of the app would have.
            let other = RiskScorer(model: ShippedContent.bundle.scoring, checklist: ShippedContent.checklist)
            #expect(RecordedScoring.line(input, other) == String(line))
        }
    }

    @Test("the result lists exactly the checked signals, strongest first")
    func contributingSignals() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<1000 {
            let input = randomInput(&random)
            let result = scorer.assess(input)
            #expect(Set(result.contributing.map(\.id)) == input.checked)
            #expect(result.contributing.count == input.checked.count)
            let ranks = result.contributing.map(\.strength.rank)
            #expect(ranks == ranks.sorted(), "not strongest first: \(result.contributing.map(\.id))")
        }
    }

    @Test("the score stays between 0 and 100")
    func scoreRange() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<1000 {
            let score = scorer.assess(randomInput(&random)).score
            #expect((0...100).contains(score))
        }
        let everything = AssessmentInput(checked: Set(ids), age: .adult, acute: false)
        #expect(scorer.assess(everything).score == 100)
    }

    @Test("medium signals spread over groups count more than as many in one group")
    func breadthCountsMore() {
        let checklist = ShippedContent.checklist
        let mediums = checklist.signals.filter { $0.strength == .medium }
        let byGroup = Dictionary(grouping: mediums, by: \.group)
        guard let crowded = byGroup.values.first(where: { $0.count >= 3 }) else {
            Issue.record("the checklist needs a group with three medium signals")
            return
        }
        let oneGroup = Set(crowded.prefix(3).map(\.id))
        let spread = Set(byGroup.values.prefix(3).compactMap(\.first?.id))
        #expect(spread.count == 3)
        let a = scorer.assess(AssessmentInput(checked: oneGroup, age: .adult))
        let b = scorer.assess(AssessmentInput(checked: spread, age: .adult))
        #expect(b.score > a.score)
        #expect(b.level.rank > a.level.rank)
    }

    @Test("an unknown age is assessed as a minor and says so")
    func unknownAgeCountsAsMinor() {
        let strong = ShippedContent.checklist.signals.first { $0.strength == .strong }?.id ?? ""
        let unknown = scorer.assess(AssessmentInput(checked: [strong], age: .unknown))
        let minor = scorer.assess(AssessmentInput(checked: [strong], age: .minor))
        #expect(unknown.level == minor.level)
        #expect(unknown.reasons.contains(.ageUnknownTreatedAsMinor))
        #expect(!minor.reasons.contains(.ageUnknownTreatedAsMinor))
    }
}
