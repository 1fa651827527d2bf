import Foundation
import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

@Suite("Training flow")
struct TrainingFlowTests {
    @Test("an empty name is refused with a message; letters like Q and L are just letters there")
    func nameForm() {
        var driver = Driver(services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("3")
        #expect(driver.state.screen == .learnerForm)
        driver.press(.enter)
        #expect(driver.state.learnerForm.problem == "learner.nameEmpty")
        #expect(driver.text.contains("Typ eerst je naam"))
        #expect(driver.type("QLhq").isEmpty, "no quit from a text field")
        #expect(driver.state.learnerForm.name == "QLhq")
        #expect(driver.state.language == .dutch)
        driver.press(.backspace, .backspace)
        #expect(driver.state.learnerForm.name == "QL")
    }

    @Test("progress is saved after every step, and a new start resumes at the same place")
    func resume() throws {
        let keeper = MemoryRecordKeeper()
        var first = TrainingDriver.youthModule(keeper: keeper)
        first.press(.enter, .enter, .enter)
        let position = try #require(first.state.training?.runner.progress)
        let (records, _) = try keeper.read()
        #expect(records.enrolments.first?.progress == position, "saved after every step")
        #expect(first.press(.character("Q")) == [.quit], "a learner can quit at once: nothing is lost")

        var second = TrainingDriver.home(keeper: keeper)
        #expect(second.text.contains("bezig"))
        let index = TestContent.bundle.modules.firstIndex { $0.id == "buit-youth" } ?? 0
        second.press(.home)
        for _ in 0..<index { second.press(.down) }
        second.press(.enter)
        #expect(second.state.training?.runner.progress == position)
        #expect(second.text.contains("verder waar je was gebleven"))
    }

    @Test("a passed module gives a certificate, recorded with its code")
    func certificate() throws {
        let keeper = MemoryRecordKeeper()
        var driver = TrainingDriver.youthModule(keeper: keeper)
        TrainingDriver.answerEverythingRight(&driver)
        #expect(driver.state.training?.runner.isCompleted == true)
        #expect(driver.text.contains("Geslaagd"))
        driver.press(.character("c"))
        #expect(driver.text.contains("TESTCODE23"))
        let (records, _) = try keeper.read()
        #expect(records.certificates.count == 1)
        #expect(records.certificates.first?.recipient == "Zoë Brontë")
        #expect(records.certificates.first?.organisation == "Hotel Zee")
        #expect(records.certificates.first?.scorePercent == 100)
    }

    @Test("class mode stores nothing and asks before quitting")
    func classMode() throws {
        let keeper = MemoryRecordKeeper()
        var driver = Driver(services: TrainingDriver.services(keeper))
        driver.press(.enter)
        driver.type("2")
        driver.press(.enter, .enter, .enter)
        let (records, _) = try keeper.read()
        #expect(records.learners.isEmpty && records.enrolments.isEmpty)
        #expect(driver.text.contains("er wordt niets bewaard"))
        driver.press(.character("f"))
        #expect(driver.state.training?.showFacilitator == true)
        #expect(driver.press(.character("Q")).isEmpty)
        #expect(driver.state.overlay == .confirmQuit)
    }

    @Test("chat messages are typed one by one on ticks; a key skips the wait")
    func typing() {
        var driver = TrainingDriver.youthModule()
        TrainingDriver.advance(&driver, untilChat: true)
        let total = driver.state.training?.runner.transcript.count ?? 0
        #expect(total > 1)
        #expect(driver.state.training?.revealed == 1)
        #expect(driver.app.tickInterval != nil, "ticks are wanted while messages are pending")
        var skipping = driver
        _ = driver.app.update(.tick)
        #expect(driver.state.training?.revealed == 2)
        for _ in 2..<total { _ = driver.app.update(.tick) }
        #expect(driver.state.training?.revealed == total)
        skipping.press(.enter)
        #expect(skipping.state.training?.revealed == total, "a key shows every pending message at once")
        #expect(skipping.state.training?.runner.transcript.count == total, "and does not also send a reply")
        #expect(driver.app.tickInterval == nil, "no ticks when nothing is pending")
    }
}
