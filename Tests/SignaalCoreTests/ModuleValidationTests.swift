import Foundation
import Testing
@testable import SignaalCore

/// The validator on training modules: each test breaks one thing in the
/// mini module and expects the problem at its line.
@Suite("Module validation")
struct ModuleValidationTests {
    let file = "modules/mini.json"

    @Test("the mini module and the shipped modules load")
    func loads() throws {
        let copy = try MiniModule.copy()
        let result = copy.load()
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        let shipped = ContentLoader.load(from: Fixtures.shipped)
        #expect(shipped.problems.isEmpty, "\(listing(shipped.problems))")
        for module in shipped.bundle?.modules ?? [] {
            #expect(module.scoredQuestions.count >= 10, "\(module.id) needs at least 10 scored questions")
            #expect(module.minutes >= 15, "\(module.id) needs at least 15 minutes of material")
            let kinds = Set(module.units.compactMap { $0.question?.kind })
            #expect(kinds == Set(QuestionKind.allCases), "\(module.id) should use every kind of question")
            #expect(module.units.contains { if case .chat = $0.content { return true } else { return false } })
        }
    }

    @Test("a reply that leads to an unknown node")
    func danglingNext() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("\"next\": \"bad\"", with: "\"next\": \"nowhere\"", in: file)
        expectProblem(copy.load(), in: file, line: line, "unknown node \"nowhere\"")
    }

    @Test("a node that cannot be reached")
    func unreachable() throws {
        let copy = try MiniModule.copy()
        try copy.replace("\"next\": \"bad\"", with: "\"next\": \"good\"", in: file)
        let line = try copy.line(of: "{\"id\": \"bad\"", in: file)
        expectProblem(copy.load(), in: file, line: line, "node \"bad\" cannot be reached")
    }

    @Test("a conversation that can loop for ever")
    func loop() throws {
        let copy = try MiniModule.copy()
        try copy.replace(
            "{\"id\": \"bad\", \"messages\": [{\"from\": \"sam\", \"text\": {\"nl\": \"Jammer\", \"en\": \"Pity\"}}], \"end\": true, \"outcome\": {\"nl\": \"Slecht afgelopen.\", \"en\": \"Ended badly.\"}}",
            with: "{\"id\": \"bad\", \"messages\": [{\"from\": \"sam\", \"text\": {\"nl\": \"Jammer\", \"en\": \"Pity\"}}], \"replies\": [{\"text\": {\"nl\": \"Opnieuw\", \"en\": \"Again\"}, \"next\": \"a\"}]}",
            in: file)
        // Reported where node "a" opens, the line before its id.
        let line = try copy.line(of: "\"id\": \"a\",", in: file) - 1
        expectProblem(copy.load(), in: file, line: line, "loop back to node \"a\"")
    }

    @Test("an end without an outcome, and a node that neither ends nor replies")
    func endsAndDeadEnds() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace(", \"end\": true, \"outcome\": {\"nl\": \"Goed afgelopen.\", \"en\": \"Ended well.\"}}", with: "}", in: file)
        expectProblem(copy.load(), in: file, line: line, "a node needs replies, or \"end\": true")
        let other = try MiniModule.copy()
        let line2 = try other.replace(", \"outcome\": {\"nl\": \"Slecht afgelopen.\", \"en\": \"Ended badly.\"}", with: "", in: file)
        expectProblem(other.load(), in: file, line: line2, "an end node needs an \"outcome\"")
    }

    @Test("a message from a character that is not declared")
    func unknownCharacter() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("\"from\": \"sam\", \"text\": {\"nl\": \"Fijn\"", with: "\"from\": \"kim\", \"text\": {\"nl\": \"Fijn\"", in: file)
        expectProblem(copy.load(), in: file, line: line, "unknown character \"kim\"")
    }

    @Test("question rules: one right answer for single choice, two options for true/false, a line per option for spot")
    func questionRules() throws {
        let single = try MiniModule.copy()
        let line = try single.replace("{\"text\": {\"nl\": \"Fout\", \"en\": \"Wrong\"}, \"correct\": false}", with: "{\"text\": {\"nl\": \"Fout\", \"en\": \"Wrong\"}, \"correct\": true}", in: file)
        expectProblem(single.load(), in: file, line: try single.line(of: "\"id\": \"q1\"", in: file) - 1, "exactly one correct option")
        _ = line
        let spot = try MiniModule.copy()
        try spot.replace(", {\"nl\": \"Regel 3\", \"en\": \"Line 3\"}]", with: "]", in: file)
        let q4 = try spot.line(of: "\"id\": \"q4\"", in: file) - 1
        expectProblem(spot.load(), in: file, line: q4, "one option per scene line")
    }

    @Test("an unknown unit type and a missing translation")
    func typeAndTranslation() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("\"kind\": \"truefalse\"", with: "\"kind\": \"yesno\"", in: file)
        expectProblem(copy.load(), in: file, line: line, "\"kind\" is \"yesno\"")
        let other = try MiniModule.copy()
        let textLine = try other.replace("\"summary\": {\"nl\": \"Een kleine module.\", \"en\": \"A small module.\"}", with: "\"summary\": {\"nl\": \"Een kleine module.\"}", in: file)
        expectProblem(other.load(), in: file, line: textLine, "missing the \"en\" text")
    }
}
