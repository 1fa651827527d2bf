import Testing
import SignaalCore
@testable import SignaalUI

/// The labour-exploitation checklist as a hotel manager sees it, and the
/// result for a cleaner whose passport is held and who pays off a
/// recruitment debt, compared with stored snapshots.
@Suite("Labour checklist snapshots")
struct LabourChecklistSnapshotTests {
    static let variants = ScreenSnapshotTests.variants

    /// The manager (fourth role) opens the labour checklist (second activity)
    /// and ticks the passport and the debt signals.
    static func checklist(_ size: Size, _ language: Language) throws -> Driver {
        let labour = try #require(TestContent.bundle.checklist("labour-exploitation"))
        let order = labour.groups.flatMap { labour.signals(in: $0.id) }.map(\.id)
        let picks = try ["le-passport-held", "le-recruitment-debt"].map { try #require(order.firstIndex(of: $0)) }
        var driver = Driver(language: language, size: size)
        driver.press(.down, .down, .down, .enter)
        driver.press(.down, .enter)
        var cursor = 0
        for position in picks.sorted() {
            for _ in cursor..<position { driver.press(.down) }
            driver.press(.character(" "))
            cursor = position
        }
        return driver
    }

    @Test(arguments: variants)
    func checklistScreen(size: Size, language: Language) throws {
        let driver = try Self.checklist(size, language)
        #expect(driver.text.contains("[x]"))
        Snapshot.check(driver.screen, ScreenSnapshotTests.name("labour-checklist", size, language))
    }

    @Test(arguments: variants)
    func adultResult(size: Size, language: Language) throws {
        var driver = try Self.checklist(size, language)
        driver.press(.enter, .character("2"), .enter)  // adult, no acute danger
        Snapshot.check(driver.screen, ScreenSnapshotTests.name("labour-result", size, language))
    }
}
