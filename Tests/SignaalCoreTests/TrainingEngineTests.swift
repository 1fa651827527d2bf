import Foundation
import Testing
@testable import SignaalCore

@Suite("Training engine")
struct TrainingEngineTests {
    let module: TrainingModule

    init() throws { module = try MiniModule.load() }

    func question(_ id: String) throws -> Question { try #require(module.unit(id)?.question) }

    @Test("single choice and true/false: points only for the one right option")
    func single() throws {
        let q = try question("q1")
        #expect(QuestionScoring.points(q, chosen: [0]) == 1)
        #expect(QuestionScoring.points(q, chosen: [1]) == 0)
        #expect(QuestionScoring.points(q, chosen: [0, 1]) == 0, "two answers to a single-choice question are not right")
        #expect(QuestionScoring.points(q, chosen: []) == 0)
        #expect(QuestionScoring.points(q, chosen: [7]) == 0, "an option that does not exist earns nothing")
        let tf = try question("q3")
        #expect(QuestionScoring.points(tf, chosen: [1]) == 1)
        #expect(QuestionScoring.verdict(tf, chosen: [0]) == .wrong)
    }

    @Test("multiple choice: points × max(0, right − wrong) / correct")
    func multiple() throws {
        let q = try question("q2")  // 2 points, A and B correct
        #expect(QuestionScoring.points(q, chosen: [0, 1]) == 2)
        #expect(QuestionScoring.points(q, chosen: [0]) == 1)
        #expect(QuestionScoring.points(q, chosen: [0, 2]) == 0)
        #expect(QuestionScoring.points(q, chosen: [0, 1, 2]) == 1)
        #expect(QuestionScoring.points(q, chosen: [2]) == 0)
        #expect(QuestionScoring.verdict(q, chosen: [0]) == .partly)
        #expect(QuestionScoring.verdict(q, chosen: [0, 1]) == .right)
    }

    @Test("spot the signals scores like multiple choice over the scene's lines")
    func spot() throws {
        let q = try question("q4")
        #expect(q.scene.count == q.options.count)
        #expect(QuestionScoring.points(q, chosen: [0]) == 1)
        #expect(QuestionScoring.points(q, chosen: [0, 1]) == 0)
    }

    @Test("the pass mark is compared exactly; the shown score rounds down", arguments: [
        (59.9, false, 59), (60.0, true, 60), (60.1, true, 60), (59.999, false, 59), (100.0, true, 100), (0.0, false, 0),
    ])
    func passBoundary(percent: Double, passes: Bool, shown: Int) {
        let score = ModuleScore(earned: percent, possible: 100, passMark: 60)
        #expect(score.passed == passes)
        #expect(score.shownPercent == shown)
    }

    @Test("three of five is exactly 60% and passes")
    func threeOfFive() {
        let score = ModuleScore(earned: 3, possible: 5, passMark: 60)
        #expect(score.passed)
        #expect(score.shownPercent == 60)
        #expect(!ModuleScore(earned: 2.99, possible: 5, passMark: 60).passed)
    }

    @Test("the module score counts scored questions only")
    func moduleScore() {
        // q1 (1 point) right, q2 (2 points) half right, q3 practice, q4 (1 point) wrong: 2 of 4.
        let score = ModuleScore(module: module, answers: ["q1": [0], "q2": [0], "q3": [0], "q4": [1]])
        #expect(score.possible == 4)
        #expect(score.earned == 2)
        #expect(score.percent == 50)
        #expect(!score.passed)
    }

    @Test("lessons go page by page, then on to the next unit")
    func lessonPages() {
        var runner = ModuleRunner(module: module)
        #expect(runner.unit?.id == "intro")
        #expect(runner.page?.keyPoints.count == 1)
        runner.nextPage()
        #expect(runner.progress.pageIndex == 1)
        #expect(runner.page?.facilitator != nil)
        runner.previousPage()
        runner.previousPage()
        #expect(runner.progress.pageIndex == 0)
        runner.nextPage()
        runner.nextPage()
        #expect(runner.unit?.id == "talk")
        #expect(runner.progress.pageIndex == 0)
    }

    @Test("a chat branches on the reply, keeps a clock, and ends with an outcome")
    func chat() {
        var runner = ModuleRunner(module: module)
        runner.nextPage()
        runner.nextPage()
        #expect(runner.chatNode?.id == "a")
        #expect(!runner.canContinue, "a chat is not done before it ends")
        #expect(runner.transcript.map(\.clock) == ["16:05", "16:06"])
        runner.reply(5)  // no such reply: nothing happens
        #expect(runner.chatNode?.id == "a")
        runner.reply(0)
        #expect(runner.chatNode?.id == "good")
        #expect(runner.lastReply?.feedback?(.english) == "Good.")
        let transcript = runner.transcript
        #expect(transcript.map(\.clock) == ["16:05", "16:06", "16:07", "16:08"])
        #expect(transcript[2].speaker == .learner)
        #expect(transcript[3].text(.english) == "Great")
        #expect(runner.canContinue)
        #expect(runner.chatNode?.outcome?(.english) == "Ended well.")
    }

    @Test("the other branch leads elsewhere")
    func otherBranch() {
        var runner = ModuleRunner(module: module)
        runner.nextPage()
        runner.nextPage()
        runner.reply(1)
        #expect(runner.chatNode?.id == "bad")
        #expect(runner.lastReply?.feedback == nil)
    }

    @Test("answers are kept, the module finishes after the last unit, and a retry starts over")
    func finishAndRetry() {
        var runner = ModuleRunner(module: module)
        runner.nextPage(); runner.nextPage(); runner.reply(0); runner.nextUnit()
        for (id, answer) in [("q1", [0]), ("q2", [0, 1]), ("q3", [1]), ("q4", [0])] {
            #expect(runner.unit?.id == id)
            #expect(!runner.canContinue)
            runner.answer(Set(answer))
            #expect(runner.answer == answer)
            runner.nextUnit()
        }
        #expect(runner.progress.finished)
        #expect(runner.score.percent == 100)
        #expect(runner.isCompleted)
        runner.retry()
        #expect(runner.progress.attempt == 2)
        #expect(runner.progress.answers.isEmpty)
        #expect(runner.unit?.id == "intro")
        #expect(!runner.isCompleted)
    }

    @Test("a finished module that failed is not completed")
    func failedIsNotCompleted() {
        var runner = ModuleRunner(module: module)
        for _ in 0..<module.units.count { runner.nextUnit() }
        #expect(runner.progress.finished)
        #expect(!runner.isCompleted)
    }

    @Test("progress survives saving and loading: a restart resumes at the same place")
    func resume() throws {
        var runner = ModuleRunner(module: module)
        runner.nextPage(); runner.nextPage(); runner.reply(1)
        let data = try JSONEncoder().encode(runner.progress)
        let saved = try JSONDecoder().decode(ModuleProgress.self, from: data)
        let resumed = ModuleRunner(module: module, progress: saved)
        #expect(resumed.unit?.id == "talk")
        #expect(resumed.chatNode?.id == "bad")
        #expect(resumed.transcript == runner.transcript)
    }

    @Test("progress from an older, longer module stays within bounds")
    func staleProgress() {
        var progress = ModuleProgress(moduleID: "mini")
        progress.unitIndex = 99
        let runner = ModuleRunner(module: module, progress: progress)
        #expect(runner.progress.unitIndex == module.units.count)
        #expect(runner.progress.finished)
        #expect(runner.unit == nil)
    }
}
