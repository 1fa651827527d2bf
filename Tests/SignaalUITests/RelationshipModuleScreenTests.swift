import Foundation
import Testing
import SignaalCore
@testable import SignaalUI

/// The two modules on sexual exploitation in the full-screen interface:
/// their new screens as snapshots, and each completed to a certificate.
@Suite("Sexual exploitation modules")
struct RelationshipModuleScreenTests {
    static let modules = ["youth-relationships", "sexual-exploitation-professional"]

    /// The learner's module list → the module with this id.
    static func open(_ id: String, language: Language = .dutch, size: Size = Size(width: 80, height: 24),
                     keeper: MemoryRecordKeeper = MemoryRecordKeeper()) throws -> Driver {
        var driver = TrainingDriver.home(language: language, size: size, keeper: keeper)
        let index = try #require(TestContent.bundle.modules.firstIndex { $0.id == id })
        driver.press(.home)
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        #expect(driver.state.training?.runner.module.id == id)
        return driver
    }

    /// Moves on until the unit with this id is shown.
    static func advance(_ driver: inout Driver, to unit: String) throws {
        for _ in 0..<300 where driver.state.training?.runner.unit?.id != unit {
            guard let runner = driver.state.training?.runner, let current = runner.unit else { break }
            switch current.content {
            case .lesson: driver.press(.enter)
            case .chat: driver.press(.character("1")); driver.press(.enter, .enter, .enter)
            case .question: driver.press(.character("1"), .enter, .enter)
            }
        }
        try #require(driver.state.training?.runner.unit?.id == unit)
    }

    static var variants: [(Size, Language)] { ScreenSnapshotTests.variants }

    static func name(_ screen: String, _ size: Size, _ language: Language) -> String {
        "training-\(screen)-\(size.width)x\(size.height)-\(language.code)"
    }

    @Test(arguments: variants)
    func youthChat(size: Size, language: Language) throws {
        var driver = try Self.open("youth-relationships", language: language, size: size)
        try Self.advance(&driver, to: "chat-jay")
        driver.press(.enter)                      // all first messages shown
        Snapshot.check(driver.screen, Self.name("youth-rel-chat", size, language))
        driver.press(.character("2"))
        Snapshot.check(driver.screen, Self.name("youth-rel-chat-feedback", size, language))
    }

    @Test(arguments: variants)
    func youthSpot(size: Size, language: Language) throws {
        var driver = try Self.open("youth-relationships", language: language, size: size)
        try Self.advance(&driver, to: "q-spot-noor")
        Snapshot.check(driver.screen, Self.name("youth-rel-spot", size, language))
    }

    @Test(arguments: variants)
    func professionalChat(size: Size, language: Language) throws {
        var driver = try Self.open("sexual-exploitation-professional", language: language, size: size)
        try Self.advance(&driver, to: "chat-ilias")
        driver.press(.enter)
        Snapshot.check(driver.screen, Self.name("pro-sexual-chat", size, language))
    }

    @Test(arguments: variants)
    func classModeWithNotes(size: Size, language: Language) throws {
        var driver = Driver(language: language, size: size)
        driver.press(.enter)
        let teacher = try #require(TestContent.bundle.role("teacher"))
        let index = try #require(teacher.activities.firstIndex { $0.ref == "youth-relationships" && $0.kind == .classroom })
        driver.type("\(index + 1)")
        #expect(driver.state.training?.classMode == true)
        driver.press(.enter, .enter, .character("f"))
        Snapshot.check(driver.screen, Self.name("youth-rel-class", size, language))
    }

    @Test("each module can be completed in the interface with every answer right, and gives a certificate", arguments: modules)
    func completeToCertificate(id: String) throws {
        let keeper = MemoryRecordKeeper()
        var driver = try Self.open(id, keeper: keeper)
        TrainingDriver.answerEverythingRight(&driver)
        #expect(driver.state.training?.runner.isCompleted == true)
        driver.press(.character("c"))
        let (records, _) = try keeper.read()
        #expect(records.certificates.map(\.moduleID) == [id])
        #expect(records.certificates.first?.scorePercent == 100)
    }
}
