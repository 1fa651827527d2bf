import Testing
@testable import SignaalCore

/// How a problem prints: what `signaal validate` shows, one per line.
@Suite struct ContentProblemTests {
    @Test func withALineItPrintsPathLineMessage() {
        let problem = ContentProblem(file: "Content/roles.json", line: 12, jsonPath: "$.roles[0]",
                                     message: "missing required field \"label\"")
        #expect(problem.description == "Content/roles.json:12: missing required field \"label\"")
    }

    @Test func withoutALineItPrintsTheJSONPath() {
        let problem = ContentProblem(file: "Content/checklists/x.json", line: nil, jsonPath: "$.signals[3].text",
                                     message: "missing the \"en\" text")
        #expect(problem.description == "Content/checklists/x.json: $.signals[3].text: missing the \"en\" text")
    }

    @Test func withNeitherItPrintsPathMessage() {
        let problem = ContentProblem(file: "Content/ui.json", line: nil, message: "file is missing")
        #expect(problem.description == "Content/ui.json: file is missing")
        #expect(problem.jsonPath == nil)
    }

    @Test func theLogKeepsProblemsInOrder() {
        let log = ProblemLog()
        #expect(log.isEmpty)
        log.report("a.json", line: 2, "first")
        log.report("b.json", line: nil, path: "$.x", "second")
        #expect(!log.isEmpty)
        #expect(log.problems.map(\.description) == ["a.json:2: first", "b.json: $.x: second"])
    }

    @Test func theLogEscapesControlCharactersSoAProblemStaysOnOneLine() {
        let log = ProblemLog()
        log.report("a.json", line: 3, "unknown id \"x\ny\r\tz\u{1B}[2J\u{85}\" — é ✓")
        #expect(log.problems.first?.description == #"a.json:3: unknown id "x\ny\r\tz\u001B[2J\u0085" — é ✓"#)
    }
}
