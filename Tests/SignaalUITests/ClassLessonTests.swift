import Foundation
import Testing
import SignaalCore
@testable import SignaalUI

/// A class lesson in front of the pupils: Esc in the middle (chosen from the
/// menu) keeps the place, and the end examines nobody.
@Suite("Class lesson")
struct ClassLessonTests {
    /// Teacher → the youth-relationships class lesson.
    static func openClass(_ driver: inout Driver) throws {
        let teacher = try #require(TestContent.bundle.role("teacher"))
        let index = try #require(teacher.activities.firstIndex { $0.ref == "youth-relationships" && $0.kind == .classroom })
        driver.type("\(index + 1)")
        try #require(driver.state.training?.classMode == true)
    }

    @Test("Esc mid-lesson, then the same lesson again: the same unit and page, and Esc is labelled pause")
    func resumes() throws {
        var driver = Driver()
        driver.press(.enter)
        try Self.openClass(&driver)
        driver.press(.enter, .enter, .enter)
        let unit = try #require(driver.state.training?.runner.progress.unitIndex)
        try #require(unit > 0)
        #expect(driver.text.contains("Esc pauze"), "\(driver.text)")
        driver.press(.escape)
        #expect(driver.state.screen == .activities)
        try Self.openClass(&driver)
        #expect(driver.state.screen == .training)
        #expect(driver.state.training?.runner.progress.unitIndex == unit)
    }

    @Test("a finished class lesson chosen again starts at the beginning")
    func finishedStartsOver() throws {
        var driver = Driver()
        driver.press(.enter)
        try Self.openClass(&driver)
        for _ in 0..<300 where driver.state.training?.runner.progress.finished == false {
            driver.press(.character("1"), .enter)
        }
        try #require(driver.state.training?.runner.progress.finished == true)
        driver.press(.escape)
        try Self.openClass(&driver)
        #expect(driver.state.training?.runner.progress.unitIndex == 0)
        #expect(driver.state.training?.runner.progress.finished == false)
    }

    @Test("the end of a class lesson shows what the group answered, without 'passed' or 'not passed'", arguments: [Language.dutch, .english])
    func endWithoutVerdict(language: Language) throws {
        var driver = Driver(language: language)
        driver.press(.enter)
        try Self.openClass(&driver)
        for _ in 0..<300 where driver.state.training?.runner.progress.finished == false {
            driver.press(.character("1"), .enter)
        }
        let training = try #require(driver.state.training)
        try #require(training.runner.progress.finished && !training.runner.score.passed, "answering 1 everywhere fails")
        let text = CompletionView.lines(driver.state, training, width: 200).map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains(driver.state.t("class.summary")), "\(text)")
        for verdict in ["training.failed", "training.passed", "training.passMark"] {
            let words = driver.state.t(verdict, ["mark": "60"])
            #expect(!text.contains(words), "\(verdict) shown to a class:\n\(text)")
        }
    }
}
