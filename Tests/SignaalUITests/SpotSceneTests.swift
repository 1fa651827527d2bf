import Foundation
import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

/// "Spot the signals" shows its scene, line by line, above the labels (issue 14 §2).
@Suite("Spot questions")
struct SpotSceneTests {
    /// Answers questions until the current one is a spot question.
    static func untilSpot(_ driver: inout Driver) {
        for _ in 0..<40 {
            TrainingDriver.advance(&driver, untilQuestion: true)
            guard let question = driver.state.training?.runner.question else { return }
            if question.kind == .spot { return }
            driver.press(.character("1"), .enter, .enter)
        }
    }

    @Test(arguments: TrainingSnapshotTests.sizes)
    func learnerSeesScene(size: Size) throws {
        var driver = TrainingDriver.youthModule(size: size)
        Self.untilSpot(&driver)
        let question = try #require(driver.state.training?.runner.question)
        #expect(question.kind == .spot)
        let text = driver.text
        // The first scene line is shown in full before the first label.
        let firstLine = try #require(question.scene.first?(.dutch))
        let opening = String(firstLine.prefix(30))
        let scene = try #require(text.range(of: opening), "scene line missing:\n\(text)")
        let label = try #require(text.range(of: "1. [ ] "))
        #expect(scene.lowerBound < label.lowerBound)
        Snapshot.check(driver.screen, TrainingSnapshotTests.name("spot", size))
    }

    @Test("class mode shows the scene too")
    func classSeesScene() throws {
        var driver = Driver(size: Size(width: 120, height: 40), services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("2")
        Self.untilSpot(&driver)
        let question = try #require(driver.state.training?.runner.question)
        #expect(question.kind == .spot)
        let last = try #require(question.scene.last?(.dutch))
        #expect(driver.text.contains(String(last.prefix(30))), "\(driver.text)")
    }
}
