import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

extension AdviceCase: CustomTestStringConvertible {
    public var testDescription: String { id }
}

/// Every case in `Content/cases/*.json`, run through the real scorer and
/// referral planner. A failure names the case, where it is written, why it
/// should hold, and what the app advised instead.
@Suite("Advice cases")
struct AdviceCaseTests {
    static let loaded = AdviceCaseReader.load(from: ShippedContent.root, content: ShippedContent.bundle)

    @Test func theCasesAreValid() {
        #expect(Self.loaded.problems.isEmpty, "\(listing(Self.loaded.problems))")
        #expect(!Self.loaded.cases.isEmpty)
    }

    @Test(arguments: loaded.cases)
    func adviceHolds(_ advice: AdviceCase) throws {
        let outcome = try #require(advice.run(in: ShippedContent.bundle), "unknown checklist \(advice.checklist)")
        #expect(outcome.failures.isEmpty, """
            \(advice.location): \(advice.id): \(outcome.failures.joined(separator: "; "))
              why it should hold: \(advice.note)
              advised: \(outcome.result.level.id), steps \(outcome.steps.map(\.id).joined(separator: ", "))
            """)
    }
}

/// The case runner and reader themselves, on the small fixture content.
@Suite("Advice cases: reader and runner")
struct AdviceCaseReaderTests {
    let file = "cases/test.json"

    func write(_ cases: String, to content: ContentCopy) throws {
        try FileManager.default.createDirectory(at: content.url("cases"), withIntermediateDirectories: true)
        try content.write(file, "{\n  \"cases\": [\n" + cases + "\n  ]\n}\n")
    }

    func load(_ content: ContentCopy) throws -> (AdviceCaseLoadResult, ContentBundle) {
        let bundle = try #require(content.load().bundle)
        return (AdviceCaseReader.load(from: content.root, displayRoot: ContentCopy.displayRoot, content: bundle), bundle)
    }

    static let good = """
        {"id": "two-strong", "note": "Two strong signals.", "checklist": "test-checklist", "role": "teacher",
         "age": "minor", "signals": ["tc-unexplained-money", "tc-debt"], "level": {"min": "serious", "max": "serious"},
         "includeInOrder": ["consult"], "exclude": ["call-emergency", "keep-watching"]}
        """

    @Test func aCaseThatHoldsHasNoFailures() throws {
        let content = try ContentCopy()
        try write(Self.good, to: content)
        let (result, bundle) = try load(content)
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        let advice = try #require(result.cases.first)
        #expect(advice.location == "content/\(file):3")
        #expect(try #require(advice.run(in: bundle)).failures == [])
    }

    @Test func aCaseThatDoesNotHoldSaysWhy() throws {
        let content = try ContentCopy()
        try write("""
            {"id": "wrong", "note": "Expects too much.", "checklist": "test-checklist", "role": "teacher", "age": "minor",
             "signals": ["tc-small-jobs"], "level": {"min": "serious"}, "firstStep": "call-emergency",
             "includeInOrder": ["keep-watching", "consult"], "exclude": ["keep-watching"]}
            """, to: content)
        // "keep-watching" both expected and excluded is itself a problem.
        let (result, _) = try load(content)
        expectProblem(ContentLoadResult(bundle: nil, problems: result.problems, fileCount: 1), in: file, line: 5,
                      #"step "keep-watching" is both expected and excluded"#)

        let advice = AdviceCase(id: "wrong", note: "", checklist: "test-checklist", role: "teacher", age: .minor,
                                signals: ["tc-small-jobs"], minLevel: "serious", firstStep: "call-emergency",
                                includeInOrder: ["consult", "keep-watching"], exclude: ["consult"])
        let bundle = try #require(content.load().bundle)
        let outcome = try #require(advice.run(in: bundle))
        #expect(outcome.steps.map(\.id) == ["consult"])
        #expect(outcome.failures == [
            "level is attention, expected at least serious",
            "first step is consult, expected call-emergency",
            "missing step(s) keep-watching",
            "step(s) consult should not be shown",
        ])
    }

    @Test func stepsOutOfOrderAreAFailure() throws {
        let bundle = try #require(try ContentCopy().load().bundle)
        let advice = AdviceCase(id: "order", note: "", checklist: "test-checklist", role: "teacher", age: .minor,
                                signals: [], maxLevel: "attention", includeInOrder: ["consult", "call-emergency"])
        let result = try #require(advice.run(in: bundle)).result
        #expect(advice.failures(result: result, steps: ["call-emergency", "consult"], model: bundle.scoring)
                == ["steps consult, call-emergency are not in this order"])
        #expect(advice.failures(result: result, steps: ["consult", "keep-watching", "call-emergency"], model: bundle.scoring) == [])
    }

    @Test func unknownIDsAreReportedWhereTheyAreWritten() throws {
        let content = try ContentCopy()
        try write("""
            {"id": "bad", "note": "Names things that do not exist.", "checklist": "test-checklist", "role": "cook",
             "age": "teen", "signals": ["tc-debt",
               "tc-nothing"], "level": {"min": "grave"},
             "firstStep": "call-911", "exclude": ["keep-watching"], "answers": {"older-partner": true}},
            {"id": "other", "note": "Wrong checklist.", "checklist": "no-such-list", "role": "teacher", "age": "adult", "signals": []}
            """, to: content)
        let (loaded, _) = try load(content)
        let result = ContentLoadResult(bundle: nil, problems: loaded.problems, fileCount: 1)
        #expect(loaded.cases.isEmpty, "invalid cases are not run")
        expectProblem(result, in: file, line: 3, #"unknown role id "cook" (known: manager, teacher)"#)
        expectProblem(result, in: file, line: 4, #""age" is "teen"; expected one of "minor", "adult", "unknown""#)
        expectProblem(result, in: file, line: 5, #"unknown signal id "tc-nothing" in checklist "test-checklist""#)
        expectProblem(result, in: file, line: 5, #"unknown level id "grave""#)
        expectProblem(result, in: file, line: 6, #"unknown step id "call-911""#)
        expectProblem(result, in: file, line: 6, #"checklist "test-checklist" has no context question "older-partner""#)
        expectProblem(result, in: file, line: 7, #"unknown checklist id "no-such-list""#)
        #expect(loaded.problems.count == 7, "\(listing(loaded.problems))")
    }

    @Test func duplicateCaseIDsAndUnknownFieldsAreProblems() throws {
        let content = try ContentCopy()
        try write(Self.good + ",\n" + Self.good.replacingOccurrences(of: "\"note\"", with: "\"notes\": \"typo\", \"note\""), to: content)
        let (loaded, _) = try load(content)
        let result = ContentLoadResult(bundle: nil, problems: loaded.problems, fileCount: 1)
        expectProblem(result, in: file, line: 6, #"duplicate case id "two-strong" (first at content/cases/test.json:3)"#)
        expectProblem(result, in: file, line: 6, #"unknown field "notes""#)
    }

    @Test func noCasesFolderIsFine() throws {
        let content = try ContentCopy()
        let (loaded, _) = try load(content)
        #expect(loaded.problems.isEmpty && loaded.cases.isEmpty && loaded.fileCount == 0)
    }
}
