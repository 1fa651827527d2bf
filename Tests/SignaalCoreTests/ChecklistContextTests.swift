import Foundation
import Testing
@testable import SignaalCore

/// A checklist's own context questions and result notes, and referral
/// rules on answers and on signals.
@Suite("Checklist context questions and notes")
struct ChecklistContextTests {
    let file = "checklists/test-checklist.json"

    /// The fixture checklist with one question and one note added.
    func withQuestion(_ content: ContentCopy, note: String = #"{"answers": ["recent-harm"], "signals": ["tc-debt"]}"#) throws {
        try content.replace("\"groups\": [", with: """
            "questions": [{"id": "recent-harm", "text": {"nl": "Recent?", "en": "Recent?"}, "help": {"nl": "Uitleg.", "en": "Help."}, "sources": ["src-law"]}],
              "notes": [{"id": "a-note", "text": {"nl": "Let op.", "en": "Mind."}, "sources": ["src-law"], "when": \(note)}],
              "groups": [
            """, in: file)
    }

    @Test("questions and notes load; a note applies only with every answer and one of its signals")
    func loadsAndApplies() throws {
        let content = try ContentCopy()
        try withQuestion(content)
        let result = content.load()
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        let checklist = try #require(result.bundle?.checklist("test-checklist"))
        #expect(checklist.questions.map(\.id) == ["recent-harm"])
        let note = try #require(checklist.notes.first)
        #expect(!note.applies(to: AssessmentInput(checked: ["tc-debt"])))
        #expect(!note.applies(to: AssessmentInput(checked: ["tc-small-jobs"], answers: ["recent-harm"])))
        #expect(note.applies(to: AssessmentInput(checked: ["tc-debt", "tc-small-jobs"], answers: ["recent-harm"])))
        #expect(checklist.notes(for: AssessmentInput(checked: ["tc-debt"], answers: ["recent-harm"])).map(\.id) == ["a-note"])
    }

    @Test("a note that names an unknown question or signal, or has no condition, is reported at its line")
    func badNotes() throws {
        let unknown = try ContentCopy()
        try withQuestion(unknown, note: #"{"answers": ["nope"], "signals": ["tc-none"]}"#)
        let line = try unknown.line(of: "\"notes\"", in: file)
        expectProblem(unknown.load(), in: file, line: line, #"unknown context question "nope" (known: recent-harm)"#)
        expectProblem(unknown.load(), in: file, line: line, #"unknown signal id "tc-none" in this checklist"#)
        let empty = try ContentCopy()
        try withQuestion(empty, note: "{}")
        expectProblem(empty.load(), in: file, line: try empty.line(of: "\"notes\"", in: file), "needs \"answers\" or \"signals\"")
    }

    @Test("a referral rule on an answer or a signal that no checklist has is an unknown id")
    func unknownReferences() throws {
        let content = try ContentCopy()
        try withQuestion(content)
        let steps = "referral/steps.json"
        let line = try content.replace("{\"acute\": true}", with: "{\"acute\": true}, {\"answers\": [\"no-such-question\"], \"signals\": [\"tc-nowhere\"]}", in: steps)
        let result = content.load()
        expectProblem(result, in: steps, line: line, #"unknown context question id "no-such-question" (known: recent-harm)"#)
        expectProblem(result, in: steps, line: line, #"unknown signal id "tc-nowhere""#)
    }

    @Test("the planner: a rule on answers needs every answer; a rule on signals needs one of them")
    func planner() throws {
        let bundle = try #require(try ContentCopy().load().bundle)
        let level = try #require(bundle.scoring.lowest)
        var onAnswers = ReferralCondition()
        onAnswers.answers = ["a", "b"]
        var onSignals = ReferralCondition()
        onSignals.signals = ["x", "y"]
        func plan(_ rule: ReferralCondition, answers: Set<String> = [], checked: Set<String> = []) -> Bool {
            let situation = ReferralPlanner.Situation(level: level, form: .sexual, age: .minor, role: "teacher", acute: false,
                                                      answers: answers, checked: checked)
            return ReferralPlanner(steps: [], model: bundle.scoring).matches(rule, situation)
        }
        #expect(!plan(onAnswers, answers: ["a"]))
        #expect(plan(onAnswers, answers: ["a", "b", "c"]))
        #expect(!plan(onSignals, checked: ["z"]))
        #expect(plan(onSignals, checked: ["y"]))
    }
}

/// The shipped checklist on sexual exploitation of young people.
@Suite("Sexual exploitation checklist")
struct SexualExploitationChecklistTests {
    static var checklist: Checklist? { ContentLoader.load(from: Fixtures.shipped).bundle?.checklist("sexual-exploitation-youth") }

    @Test("at least 30 sourced signals in groups, every kind used, vulnerability only weak context")
    func shape() throws {
        let checklist = try #require(Self.checklist)
        #expect(checklist.form == .sexual)
        #expect(checklist.signals.count >= 30)
        #expect(checklist.groups.count >= 6)
        #expect(Set(checklist.signals.map(\.kind)) == Set(SignalKind.allCases))
        #expect(checklist.signals.allSatisfy { !$0.sources.isEmpty })
        #expect(checklist.signals.filter { $0.kind == .vulnerability }.allSatisfy { $0.strength == .weak })
        #expect(checklist.signals.contains { $0.urgentForMinor })
        #expect(checklist.questions.map(\.id) == ["recent-sexual-violence", "under-16"])
    }

    @Test("signals fit any gender: no he/she alone in English, no hij without zij in Dutch")
    func genderNeutral() throws {
        let checklist = try #require(Self.checklist)
        for signal in checklist.signals {
            let english = " " + signal.text(.english).lowercased() + " "
            for word in [" he ", " she ", " his ", " her ", " him "] {
                #expect(!english.contains(word), "\(signal.id): \"\(word)\"")
            }
            let dutch = " " + signal.text(.dutch).lowercased() + " "
            if dutch.contains(" hij ") { #expect(dutch.contains(" zij "), "\(signal.id)") }
            #expect(!dutch.contains(" ze ") && !dutch.contains(" haar "), "\(signal.id)")
        }
    }

    @Test("every signal's text fits one line of the checklist at 80 columns")
    func fitsOnALine() throws {
        let checklist = try #require(Self.checklist)
        for signal in checklist.signals {
            for language in [Language.dutch, .english] {
                #expect(DisplayWidth.of(signal.text(language)) <= 62, "\(signal.id) \(language.code)")
            }
        }
    }
}
