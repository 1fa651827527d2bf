import Testing
@testable import SignaalCore
import SignaalTestSupport

/// Worked cases of the shipped model (Content/scoring.json: strong 25,
/// medium 12, weak 5; at most 40 per group; 8 for each further group with a
/// medium or strong signal; attention from 10, serious from 50, plus the
/// combination rules; vulnerability signals count only next to another kind
/// and never in a combination; an adult needs a control or recruitment signal
/// for serious). Each expectation was worked out by hand from those numbers;
/// a change to the model must change this table on purpose.
@Suite("Scoring: worked cases")
struct ScoringTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let signals: [String]
        let age: AgeGroup
        let acute: Bool
        let level: String
        let score: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nothing checked", signals: [], age: .adult, acute: false, level: "none", score: 0),
        Case(name: "nothing checked but acute danger", signals: [], age: .adult, acute: true, level: "acute", score: 0),
        Case(name: "one weak signal alone", signals: ["ce-truancy"], age: .adult, acute: false, level: "none", score: 5),
        Case(name: "two weak signals in one group", signals: ["ce-truancy", "ce-falling-grades"], age: .adult, acute: false, level: "attention", score: 10),
        Case(name: "one medium signal", signals: ["ce-several-phones"], age: .adult, acute: false, level: "attention", score: 12),
        Case(name: "one strong signal, adult", signals: ["ce-threats"], age: .adult, acute: false, level: "attention", score: 25),
        Case(name: "one strong signal, minor", signals: ["ce-threats"], age: .minor, acute: false, level: "serious", score: 25),
        Case(name: "one strong signal, age unknown", signals: ["ce-threats"], age: .unknown, acute: false, level: "serious", score: 25),
        Case(name: "two strong signals in two groups", signals: ["ce-threats", "ce-bank-card"], age: .adult, acute: false, level: "serious", score: 58),
        Case(name: "two strong signals in one group (capped at 40)", signals: ["ce-threats", "ce-debt-to-exploiters"], age: .adult, acute: false, level: "serious", score: 40),
        Case(name: "three medium signals in one group", signals: ["ce-online-offer", "ce-small-jobs", "ce-older-friends"], age: .adult, acute: false, level: "attention", score: 36),
        Case(name: "three medium signals in three groups", signals: ["ce-online-offer", "ce-always-reachable", "ce-several-phones"], age: .adult, acute: false, level: "serious", score: 52),
        Case(name: "two medium and one weak in different groups", signals: ["ce-small-jobs", "ce-several-phones", "ce-truancy"], age: .adult, acute: false, level: "serious", score: 37),
        Case(name: "five weak signals", signals: ["ce-truancy", "ce-falling-grades", "ce-tired", "ce-secretive", "ce-lvb"], age: .adult, acute: false, level: "attention", score: 25),
        Case(name: "one weak vulnerability, minor (no weight alone)", signals: ["ce-lvb"], age: .minor, acute: false, level: "none", score: 0),
        Case(name: "two vulnerabilities only, minor", signals: ["ce-lvb", "ce-asylum-background"], age: .minor, acute: false, level: "none", score: 0),
        Case(name: "a strong signal and a vulnerability, adult (the vulnerability adds weight, not a combination)",
             signals: ["ce-threats", "ce-lvb"], age: .adult, acute: false, level: "attention", score: 30),
        Case(name: "a strong signal and a vulnerability, minor", signals: ["ce-threats", "ce-lvb"], age: .minor, acute: false, level: "serious", score: 30),
        Case(name: "three medium in three groups, adult, no control or deception (kept below serious)",
             signals: ["ce-several-phones", "ce-late-home", "ce-injuries"], age: .adult, acute: false, level: "attention", score: 52),
        Case(name: "three medium in three groups, minor", signals: ["ce-several-phones", "ce-late-home", "ce-injuries"], age: .minor, acute: false, level: "serious", score: 52),
        Case(name: "four medium signals in one group (capped)", signals: ["ce-several-phones", "ce-unexplained-money", "ce-counterfeit", "ce-weapon-stolen-goods"], age: .adult, acute: false, level: "attention", score: 40),
        Case(name: "many strong signals (score capped at 100)",
             signals: ["ce-threats", "ce-debt-to-exploiters", "ce-intimate-images", "ce-cannot-stop", "ce-carries-drugs-cash", "ce-bank-card", "ce-asked-serious-crime"],
             age: .adult, acute: false, level: "serious", score: 100),
        Case(name: "many strong signals and acute danger",
             signals: ["ce-threats", "ce-debt-to-exploiters", "ce-intimate-images", "ce-cannot-stop", "ce-carries-drugs-cash", "ce-bank-card", "ce-asked-serious-crime"],
             age: .adult, acute: true, level: "acute", score: 100),
        Case(name: "one medium signal in school and behaviour", signals: ["ce-late-home"], age: .adult, acute: false, level: "attention", score: 12),
    ]

    @Test(arguments: cases)
    func workedCase(_ c: Case) {
        for id in c.signals {
            #expect(ShippedContent.checklist.signal(id) != nil, "the table uses \(id), which the checklist no longer has")
        }
        let result = ShippedContent.scorer.assess(AssessmentInput(checked: Set(c.signals), age: c.age, acute: c.acute))
        #expect(result.level.id == c.level)
        #expect(result.score == c.score)
    }
}
