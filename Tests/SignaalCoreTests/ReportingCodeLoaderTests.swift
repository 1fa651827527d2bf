import Testing
@testable import SignaalCore
import SignaalTestSupport

/// `meldcode.json` is checked like every other content file.
@Suite("Meldcode content")
struct ReportingCodeLoaderTests {
    @Test("the shipped meldcode.json loads into the bundle")
    func shipped() throws {
        let code = try #require(ShippedContent.bundle.reportingCode)
        #expect(code.questions.map(\.id) == ["suspicion", "unsafety", "help-possible", "help-accepted", "help-works"])
        #expect(code.questions(at: "meldcode-weigh") == [0, 1] && code.questions(at: "meldcode-decide") == [2, 3, 4],
                "questions 1-2 at step 4, 3-5 at step 5, as the referral steps ask them")
    }

    @Test("a step that is not a referral step is reported with its line")
    func unknownStep() throws {
        let content = try ContentCopy(of: Fixtures.shipped)
        let line = try content.replace(#""meldcode-talk","#, with: #""meldcode-chat","#, in: "meldcode.json")
        let result = content.load()
        #expect(result.bundle == nil)
        #expect(result.problems.contains { $0.file.hasSuffix("meldcode.json") && $0.message.contains("unknown referral step \"meldcode-chat\"") },
                "\(listing(result.problems)) (line \(line))")
    }

    @Test("an unknown outcome and a missing question are reported")
    func badQuestions() throws {
        let content = try ContentCopy(of: Fixtures.shipped)
        try content.replace(#""outcome": "close","#, with: #""outcome": "wait","#, in: "meldcode.json")
        let result = content.load()
        #expect(result.problems.contains { $0.message.contains("\"outcome\" is \"wait\"") }, "\(listing(result.problems))")
        #expect(result.problems.contains { $0.message.contains("five questions, found 4") }, "\(listing(result.problems))")
    }

    @Test("without meldcode.json the content still loads, with no meldcode")
    func optional() throws {
        let content = try ContentCopy(of: Fixtures.shipped)
        try content.remove("meldcode.json")
        let result = content.load()
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        #expect(result.bundle?.reportingCode == nil)
    }
}
