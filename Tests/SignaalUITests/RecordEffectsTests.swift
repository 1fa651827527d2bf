import Foundation
@testable import SignaalCommands
import SignaalCore
import Synchronization
import Testing
@testable import SignaalUI

/// A keeper that counts how often the whole records are read or rewritten;
/// the learner's own operations are the memory keeper's.
final class CountingKeeper: RecordKeeper {
    let inner = MemoryRecordKeeper()
    let wholeReads = Mutex(0)

    func read() throws -> (TrainingRecords, [StoreNotice]) {
        wholeReads.withLock { $0 += 1 }
        return try inner.read()
    }

    func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        wholeReads.withLock { $0 += 1 }
        return try inner.update(change)
    }

    func learner(named name: String, organisation: String?, now: Date) throws -> Learner {
        try inner.learner(named: name, organisation: organisation, now: now)
    }

    func enrolments(learnerID: String) throws -> [Enrolment] { try inner.enrolments(learnerID: learnerID) }

    func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws {
        try inner.saveProgress(runner, learner: learner, now: now)
    }

    func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate? {
        try inner.participantCertificate(learner: learner, module: module, now: now, newCode: newCode)
    }
}

@Suite("Record effects")
struct RecordEffectsTests {
    @Test("a learner's answers are saved by the targeted operations: no page turn reads or rewrites all the records")
    func pageTurnsTouchOneLearner() throws {
        let keeper = CountingKeeper()
        var services = TrainingDriver.services()
        services.records = keeper
        var driver = TrainingDriver.home(language: .english, services: services)
        #expect(driver.state.screen == .learnerHome)
        TrainingDriver.openYouthModule(&driver)
        let before = keeper.wholeReads.withLock { $0 }

        for _ in 0..<6 { driver.press(.enter) }

        let saved = try #require(try keeper.inner.read().0.enrolments.first)
        #expect(saved.progress == driver.state.training?.runner.progress, "every page turn is in the records")
        #expect(keeper.wholeReads.withLock { $0 } == before, "no whole read or rewrite while training")
        #expect(driver.state.records.enrolments.first?.progress == saved.progress, "the screens see what was saved")
    }

    @Test("a learner who comes back in a new session finds their saved work through the targeted operations")
    func returningLearner() throws {
        let keeper = CountingKeeper()
        let runner = try #require(ModuleRunner(module: #require(TestContent.bundle.module("buit-youth"))))
        let learner = try keeper.learner(named: "Zoë Brontë", organisation: "Hotel Zee", now: Date())
        try keeper.saveProgress(runner, learner: learner, now: Date())
        var services = TrainingDriver.services()
        services.records = keeper
        var driver = Driver(language: .english, services: services)
        driver.press(.enter)
        driver.type("3")
        driver.type("zoë brontë")
        driver.press(.tab)
        driver.type("hotel zee")
        driver.press(.enter)
        #expect(driver.state.learner?.id == learner.id)
        #expect(driver.state.records.enrolments(learnerID: learner.id).count == 1)
    }
}
