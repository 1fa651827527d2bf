import Testing
import SignaalCore
@testable import SignaalUI

/// Every screen at the smallest supported size and a large one, in Dutch
/// and English, compared with the stored snapshots.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    static let languages: [Language] = [.dutch, .english]

    static var variants: [(Size, Language)] {
        sizes.flatMap { size in languages.map { (size, $0) } }
    }

    static func name(_ screen: String, _ size: Size, _ language: Language) -> String {
        "\(screen)-\(size.width)x\(size.height)-\(language.code)"
    }

    /// A checklist with a strong and a medium signal checked, cursor on the third.
    static func checklist(_ size: Size, _ language: Language) -> Driver {
        var driver = Driver(language: language, size: size)
        driver.press(.enter, .enter)
        driver.press(.down, .down, .character(" "))  // a strong recruitment signal
        driver.press(.down, .character(" "))         // a medium one
        return driver
    }

    @Test(arguments: variants)
    func start(size: Size, language: Language) {
        Snapshot.check(Driver(language: language, size: size).screen, Self.name("start", size, language))
    }

    @Test(arguments: variants)
    func activities(size: Size, language: Language) {
        var driver = Driver(language: language, size: size)
        driver.press(.enter)
        Snapshot.check(driver.screen, Self.name("activities", size, language))
    }

    @Test(arguments: variants)
    func checklistScreen(size: Size, language: Language) {
        Snapshot.check(Self.checklist(size, language).screen, Self.name("checklist", size, language))
    }

    @Test(arguments: variants)
    func signalInfo(size: Size, language: Language) {
        var driver = Self.checklist(size, language)
        driver.press(.character("?"))
        Snapshot.check(driver.screen, Self.name("signal-info", size, language))
    }

    @Test(arguments: variants)
    func context(size: Size, language: Language) {
        var driver = Self.checklist(size, language)
        driver.press(.enter, .right)  // minor
        Snapshot.check(driver.screen, Self.name("context", size, language))
    }

    @Test(arguments: variants)
    func result(size: Size, language: Language) {
        var driver = Self.checklist(size, language)
        driver.press(.enter, .right, .enter)
        Snapshot.check(driver.screen, Self.name("result", size, language))
    }

    @Test(arguments: variants)
    func acuteResult(size: Size, language: Language) {
        var driver = Self.checklist(size, language)
        driver.press(.enter, .down, .character(" "), .enter)
        Snapshot.check(driver.screen, Self.name("result-acute", size, language))
    }

    @Test(arguments: variants)
    func help(size: Size, language: Language) {
        var driver = Self.checklist(size, language)
        driver.press(.character("h"))
        Snapshot.check(driver.screen, Self.name("help-checklist", size, language))
    }

    @Test(arguments: languages)
    func quitConfirm(language: Language) {
        var driver = Self.checklist(Size(width: 80, height: 24), language)
        driver.press(.character("Q"))
        Snapshot.check(driver.screen, "quit-confirm-80x24-\(language.code)")
    }

    @Test(arguments: languages)
    func tooSmall(language: Language) {
        var driver = Self.checklist(Size(width: 70, height: 20), language)
        driver.resize(Size(width: 70, height: 20))
        Snapshot.check(driver.screen, "too-small-70x20-\(language.code)")
    }
}
