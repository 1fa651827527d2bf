import Foundation
@testable import SignaalCommands
import SignaalCore
import Synchronization
import Testing
@testable import SignaalUI

/// A records folder that counts how often the whole records are read or
/// rewritten. Every targeted operation is the folder's own
/// (`ForwardingRecordKeeper`); one missing there would fall back on
/// `read`/`update` (RecordKeeper+Targeted.swift) and be counted.
final class CountingKeeper: ForwardingRecordKeeper {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-counting-\(UUID().uuidString)")
    let inner: any RecordKeeper
    let wholeReads = Mutex(0)

    /// A folder holding `records`, written before the counting starts.
    init(_ records: TrainingRecords = TrainingRecords()) throws {
        inner = FolderRecordStore(directory: folder)
        _ = try inner.update { $0 = records }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var count: Int { wholeReads.withLock { $0 } }

    func read() throws -> (TrainingRecords, [StoreNotice]) {
        wholeReads.withLock { $0 += 1 }
        return try inner.read()
    }

    func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        wholeReads.withLock { $0 += 1 }
        return try inner.update(change)
    }
}

@Suite("Record effects: no screen reads or rewrites the whole records")
struct RecordEffectsTests {
    static func services(_ keeper: CountingKeeper) -> AppServices {
        var services = TrainingDriver.services()
        services.records = keeper
        return services
    }

    @Test("a learner signs in, picks a module, trains to the end and gets a certificate: all through the targeted operations")
    func learnerTouchesOneLearner() throws {
        // Other learners with their work, and an organisation with a roster, in the folder.
        let keeper = try CountingKeeper(ManagerLinkTests.keeper().read().0)
        var driver = TrainingDriver.home(language: .english, services: Self.services(keeper))
        #expect(driver.state.screen == .learnerHome)
        #expect(driver.state.records.learners.map(\.name) == ["Zoë Brontë"], "the learner's own record, no one else's")
        #expect(!driver.state.records.organisations.isEmpty && driver.state.records.organisations.allSatisfy(\.staff.isEmpty),
                "the form offers the organisations, but reads no roster of one the learner did not type")
        TrainingDriver.openYouthModule(&driver)
        for _ in 0..<6 { driver.press(.enter) }
        let learner = try #require(driver.state.learner)
        let saved = try #require(try keeper.inner.enrolments(learnerID: learner.id).first)
        #expect(saved.progress == driver.state.training?.runner.progress, "every page turn is in the records")
        #expect(driver.state.records.enrolments.first?.progress == saved.progress, "the screens see what was saved")

        TrainingDriver.answerEverythingRight(&driver)
        driver.press(.escape)
        #expect(driver.state.screen == .learnerHome)
        #expect(driver.text.contains("completed with 100%"), "\(driver.text)")
        driver.press(.character("c"))
        let certificate = try #require(try keeper.inner.certificates(learnerID: learner.id).first)
        #expect(driver.text.contains(certificate.code), "the overview shows the certificate's code")
        #expect(keeper.count == 0, "no whole read or rewrite from sign-in to certificate")
    }

    @Test("a learner who comes back in a new session finds their saved work")
    func returningLearner() throws {
        let keeper = try CountingKeeper()
        let runner = try #require(ModuleRunner(module: #require(TestContent.bundle.module("buit-youth"))))
        let learner = try keeper.learner(named: "Zoë Brontë", organisation: "Hotel Zee", now: Date())
        try keeper.saveProgress(runner, learner: learner, now: Date())
        var driver = Driver(language: .english, services: Self.services(keeper))
        driver.press(.enter)
        driver.type("3")
        driver.type("zoë brontë")
        driver.press(.tab)
        driver.type("hotel zee")
        driver.press(.enter)
        #expect(driver.state.learner?.id == learner.id)
        #expect(driver.state.records.enrolments(learnerID: learner.id).count == 1)
        #expect(keeper.count == 0)
    }

    @Test("a name typed without accents before is offered when typed as on the roster")
    func accentsFolded() throws {
        let keeper = try CountingKeeper()
        let earlier = try keeper.learner(named: "stefan popescu", organisation: nil, now: Date())
        var driver = Driver(language: .english, services: Self.services(keeper))
        driver.press(.enter)
        driver.type("3")
        driver.type("Ștefan Popescu")
        driver.press(.tab)
        driver.type("Hotel Zee")
        driver.press(.enter)
        guard case .learnerPick(let pick) = driver.state.current, case .records(let learners) = pick.kind else {
            Issue.record("the record typed without accents should be offered, not \(driver.state.screen)")
            return
        }
        #expect(learners.map(\.id) == [earlier.id])
        #expect(keeper.count == 0)
    }

    @Test("a name typed with accents before is offered when typed without them, or last name first")
    func accentsFoldedTheOtherWay() throws {
        let keeper = try CountingKeeper()
        let earlier = try keeper.learner(named: "Ștefan Popescu", organisation: nil, now: Date())
        for typed in ["stefan popescu", "Popescu, Stefan"] {
            var driver = Driver(language: .english, services: Self.services(keeper))
            driver.press(.enter)
            driver.type("3")
            driver.type(typed)
            driver.press(.tab)
            driver.type("Hotel Zee")
            driver.press(.enter)
            let offered: [Learner]? = if case .learnerPick(let pick) = driver.state.current, case .records(let learners) = pick.kind { learners } else { nil }
            #expect(try #require(offered, "\(typed): the earlier record should be offered, not \(driver.state.screen)").map(\.id) == [earlier.id])
        }
        #expect(keeper.count == 0)
    }

    @Test("a manager opens the organisations, views a status, links, unlinks and issues the certificate: all targeted")
    func managerTouchesOneOrganisation() throws {
        let keeper = try CountingKeeper(ManagerLinkTests.keeper().read().0)
        var driver = Driver(language: .english, services: Self.services(keeper))
        driver.type("4")
        driver.press(.enter)
        #expect(driver.state.screen == .organisations)
        #expect(driver.text.contains("2 of 5 staff have completed"), "the list shows the counts: \(driver.text)")
        driver.press(.enter)
        #expect(driver.state.screen == .organisationStatus)
        #expect(driver.text.contains("2 of 5 staff have completed"))
        driver.press(.character("m"))
        #expect(driver.text.contains("3 of 5 staff have completed"))
        #expect(driver.text.contains("Bob Janssen now counts as Bob Jansen"))
        driver.press(.character("u"))
        #expect(driver.text.contains("2 of 5 staff have completed"))
        #expect(driver.text.contains("Bob Janssen no longer counts as Bob Jansen"), "the learner's name comes from the store")
        driver.press(.character("m"))
        driver.press(.character("m"))
        #expect(driver.text.contains("4 of 5 staff have completed"))
        driver.press(.character("c"))
        #expect(driver.text.contains("TESTCODE23"), "\(driver.text)")
        #expect(try keeper.inner.certificate(code: "TESTCODE23")?.kind == .organisation)
        driver.press(.escape)
        #expect(driver.state.screen == .organisations)
        #expect(driver.text.contains("4 of 5 staff have completed"), "the list shows what the manager just counted")
        #expect(keeper.count == 0, "no whole read or rewrite in the manager's view")
    }
}
