import Foundation
@testable import SignaalCommands
@testable import SignaalCore
import Testing
@testable import SignaalUI

/// An LRS that is never reached: statements stay in the outbox, to be read.
struct OfflineTransport: StatementTransport {
    func send(_ statements: [LRSOutbox.Pending]) -> (delivered: Set<String>, error: String?) { ([], "offline") }
}

@Suite("Record effects with an LRS set")
struct LRSRecordEffectsTests {
    static let settings = LRSSettings(endpoint: URL(string: "http://127.0.0.1:9/xAPI/")!, user: nil, password: nil,
                                      homePage: "https://hotel.example", salt: "s3cret", learnerNames: false)

    /// The LRS keeper over a counting records folder; `passes`: completions as if fetched from the LRS.
    static func keeper(_ inner: CountingKeeper, passes: [String: [String: Date]] = [:]) -> LRSRecordKeeper {
        let outbox = LRSOutboxFile.store(in: inner.folder)
        let changes = RecordChangeStatements(factory: StatementFactory(settings: settings, language: "en"), module: { TestContent.bundle.module($0) })
        let keeper = LRSRecordKeeper(inner: inner, outbox: outbox, changes: changes,
                                     delivery: BackgroundDelivery(OutboxDelivery(outbox: outbox, transport: OfflineTransport())))
        let fetched = LRSCompletionCache(connection: LRSConnection(settings: settings, outbox: outbox))
        fetched.remember(passes)
        keeper.fetched = fetched
        return keeper
    }

    static func earned(_ keeper: LRSRecordKeeper) throws -> [String] {
        try keeper.outbox.read().0.pending.map(\.json).filter { $0.contains(XAPIVocabulary.Verb.earned.id) }
    }

    @Test("a learner trains and gets a certificate with an LRS set: no whole read, and the certificate is queued as earned once")
    func learner() throws {
        let counting = try CountingKeeper(ManagerLinkTests.keeper().read().0)
        let keeper = Self.keeper(counting)
        var services = RecordEffectsTests.services(counting)
        services.records = keeper
        var driver = TrainingDriver.home(language: .english, services: services)
        TrainingDriver.openYouthModule(&driver)
        TrainingDriver.answerEverythingRight(&driver)
        driver.press(.escape)
        driver.press(.character("c"))
        driver.press(.character("c"))
        let learner = try #require(driver.state.learner)
        let code = try #require(try counting.inner.certificates(learnerID: learner.id).first?.code)
        let earned = try Self.earned(keeper)
        #expect(earned.count == 1 && earned.first?.contains(code) == true, "issued once, reported once")
        #expect(try keeper.outbox.read().0.pending.contains { $0.json.contains(XAPIVocabulary.Verb.passed.id) }, "the saves are reported too")
        #expect(counting.count == 0)
    }

    @Test("the manager's view counts the LRS's completions with the local ones, links, and issues the certificate for them: no whole read")
    func manager() throws {
        let counting = try CountingKeeper(ManagerLinkTests.keeper().read().0)
        let moduleID = Organisation.defaultModuleID
        let elsewhere = Self.settings.pseudonym.learner(name: "Özlem Yılmaz", organisation: "Hotel De Zeemeeuw")
        let keeper = Self.keeper(counting, passes: [moduleID: [elsewhere: ManagerLinkTests.now]])
        var services = RecordEffectsTests.services(counting)
        services.records = keeper
        var driver = Driver(language: .english, services: services)
        driver.type("4")
        driver.press(.enter)
        #expect(driver.text.contains("3 of 5 staff have completed"), "two here, one on another computer: \(driver.text)")
        driver.press(.enter)
        #expect(driver.text.contains("3 of 5 staff have completed"))
        driver.press(.character("m"))
        #expect(driver.text.contains("4 of 5 staff have completed"))
        driver.press(.character("c"))
        let certificate = try #require(try counting.inner.certificate(code: "TESTCODE23"))
        #expect(certificate.staffCompleted == 4 && certificate.staffRostered == 5, "counted with the LRS's completion")
        #expect(try Self.earned(keeper).count == 1)
        driver.press(.character("c"))
        #expect(try Self.earned(keeper).count == 1, "found again, not reported again")
        #expect(counting.count == 0)
    }
}
