import Testing
@testable import SignaalCore
import SignaalTestSupport

/// The rules over signal kinds, checked over generated combinations of every
/// shipped checklist: vulnerability is context, an adult needs a sign of
/// control or deception for serious concern, and the reasons name only
/// rules that hold for what was ticked.
@Suite("Scoring: kinds and reasons")
struct ScoringKindTests {
    let bundle = ShippedContent.bundle

    func scorer(_ checklist: Checklist) -> RiskScorer { RiskScorer(model: bundle.scoring, checklist: checklist) }

    func random(_ pool: [Signal], _ random: inout SplitMix64, upTo count: Int = 12) -> Set<String> {
        guard !pool.isEmpty else { return [] }
        let n = Int.random(in: 0...count, using: &random)
        return Set((0..<n).compactMap { _ in pool.randomElement(using: &random)?.id })
    }

    @Test("vulnerability alone gives the lowest level and no weight, at any age")
    func vulnerabilityOnlyIsLowest() throws {
        let lowest = try #require(bundle.scoring.lowest)
        var generator = SplitMix64(seed: 11)
        for checklist in bundle.checklists {
            let vulnerable = checklist.signals.filter { $0.kind == .vulnerability }
            for _ in 0..<300 {
                let checked = random(vulnerable, &generator, upTo: vulnerable.count)
                for age in AgeGroup.allCases {
                    let result = scorer(checklist).assess(AssessmentInput(checked: checked, age: age))
                    #expect(result.level == lowest, "\(checklist.id) \(checked.sorted()) \(age)")
                    #expect(result.score == 0)
                }
            }
        }
        #expect(bundle.checklists.contains { $0.signals.contains { $0.kind == .vulnerability } })
    }

    @Test("an adult without a control or recruitment signal stays below serious concern")
    func adultNeedsControlOrDeception() throws {
        let serious = try #require(bundle.scoring.level("serious"))
        var generator = SplitMix64(seed: 12)
        for checklist in bundle.checklists {
            let without = checklist.signals.filter { $0.kind != .control && $0.kind != .recruitment }
            for _ in 0..<1000 {
                let checked = random(without, &generator, upTo: 15)
                let adult = scorer(checklist).assess(AssessmentInput(checked: checked, age: .adult))
                #expect(adult.level.rank < serious.rank, "\(checklist.id) \(checked.sorted()) gave \(adult.level.id)")
            }
        }
    }

    @Test("adult sex work without a sign of control is not serious concern")
    func adultSexWorkAlone() throws {
        let hotel = try #require(bundle.checklist("hotel-sexual-exploitation"))
        let result = scorer(hotel).assess(AssessmentInput(checked: ["hs-many-visitors", "hs-condoms", "hs-extra-linen-no-entry"], age: .adult))
        #expect(result.level.id == "attention")
        #expect(result.reasons.contains { if case .requirementNotMet = $0 { return true } else { return false } })
        let controlled = scorer(hotel).assess(AssessmentInput(checked: ["hs-many-visitors", "hs-condoms", "hs-extra-linen-no-entry", "hs-no-id-money"], age: .adult))
        #expect(controlled.level.id == "serious")
    }

    @Test("every rule named in the reasons holds for the ticked signals and set the level")
    func reasonsMatchWhatWasTicked() {
        var generator = SplitMix64(seed: 13)
        for checklist in bundle.checklists {
            for _ in 0..<2000 {
                let input = AssessmentInput(checked: random(checklist.signals, &generator), age: AgeGroup.allCases.randomElement(using: &generator) ?? .adult,
                                            acute: Int.random(in: 0..<10, using: &generator) == 0)
                let result = scorer(checklist).assess(input)
                let weighing = result.contributing.filter { !bundle.scoring.contextOnlyKinds.contains($0.kind) }
                let strong = weighing.filter { $0.strength == .strong }.count
                let atLeastMedium = weighing.filter { $0.strength != .weak }.count
                let groups = Set(weighing.map(\.group)).count
                for reason in result.reasons {
                    switch reason {
                    case .combination(let rule):
                        #expect(rule.level == result.level.id)
                        #expect(strong >= rule.strong && atLeastMedium >= rule.mediumOrStronger && weighing.count >= rule.any
                                && groups >= rule.groups && (!rule.minorOnly || input.age.countsAsMinor),
                                "\(rule.label(.english)) named for \(result.contributing.map(\.id))")
                    case .scoreThreshold(let level, let threshold):
                        #expect(level == result.level.id && result.score >= threshold)
                    case .counts(let s, let m, let w, let g):
                        #expect(s == strong && m == atLeastMedium - strong && w == weighing.count - atLeastMedium && g == groups)
                    default:
                        break
                    }
                }
                let combinations = result.reasons.filter { if case .combination = $0 { return true } else { return false } }
                #expect(combinations.count <= 1, "only the rule that decided the level")
            }
        }
    }

    @Test("1 strong and 2 medium signals: the reasons name a rule that fits and proper plurals")
    func oneStrongTwoMedium() throws {
        let checklist = ShippedContent.checklist
        let result = scorer(checklist).assess(AssessmentInput(checked: ["ce-threats", "ce-small-jobs", "ce-several-phones"], age: .adult))
        let english = ResultReport(content: bundle, language: .english)
        let texts = result.reasons.map { english.text(for: $0, score: result.score) }
        #expect(texts.contains("Combination: a strong signal together with at least one other signal gives 'Serious concern'."), "\(texts)")
        #expect(texts.contains("Checked: 1 strong signal and 2 medium signals, in 3 groups."), "\(texts)")
        #expect(!texts.joined().contains("two medium and one weak"))
        let dutch = ResultReport(content: bundle, language: .dutch)
        let nl = result.reasons.map { dutch.text(for: $0, score: result.score) }
        #expect(nl.contains("Aangevinkt: 1 sterk signaal en 2 middelsterke signalen, in 3 groepen."), "\(nl)")
        let weak = scorer(checklist).assess(AssessmentInput(checked: ["ce-truancy", "ce-tired"], age: .adult))
        #expect(weak.reasons.map { dutch.text(for: $0, score: weak.score) }.contains("Aangevinkt: 2 zwakke signalen, in 1 groep."))
    }
}
