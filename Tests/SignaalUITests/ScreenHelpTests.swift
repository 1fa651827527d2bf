import Foundation
import Testing
import SignaalCore
@testable import SignaalUI

/// The help (h, F1) says what the screen really does: a class run saves
/// nothing, a learner in Polish reads the whole help in Polish, the menu
/// describes the activities there are.
@Suite("Help on the screens")
struct ScreenHelpTests {
    /// The help text as one line, so that wrapping does not split a phrase.
    static func help(_ driver: Driver) -> String {
        OverlayView.helpLines(driver.state, width: 10_000).joined(separator: " ")
    }

    @Test("class mode: the help says nothing is stored and what Esc does, not that progress is saved")
    func classRun() throws {
        var driver = Driver()
        let module = try #require(TestContent.bundle.modules.first { $0.id == "youth-relationships" })
        driver.app = SignaalApp(classroom: module, content: TestContent.bundle, language: .dutch)
        driver.resize(driver.size)
        driver.press(.character("h"))
        try #require(driver.state.overlay == .help)
        let text = Self.help(driver)
        #expect(text.contains("er wordt niets bewaard"), "\(text)")
        #expect(text.contains("Esc pauzeert de les"))
        #expect(text.contains("f toont of verbergt de notities"))
        #expect(!text.contains("voortgang wordt"), "a class run keeps no progress:\n\(text)")
    }

    @Test("a learner's own run: the help says progress is saved, Esc pauses and t switches the module's language")
    func learnerRun() {
        var driver = TrainingDriver.youthModule()
        driver.press(.function(1))
        let text = Self.help(driver)
        #expect(text.contains("Je voortgang wordt na elk antwoord bewaard"), "\(text)")
        #expect(!text.contains("Klasmodus:"))
        #expect(text.contains("wisselt t de taal"), "the hotel module's t key is in the help")
    }

    @Test("--lang pl: F1 on the learner form shows a Polish title and Polish general help, not English")
    func polishLearnerForm() throws {
        var driver = Driver(language: Language("pl"), services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("3")
        try #require(driver.state.screen == .learnerForm)
        driver.press(.function(1))
        let text = Self.help(driver)
        #expect(driver.text.contains("─ Pomoc "), "\(driver.text)")
        #expect(text.contains("dzwoń pod 112"), "\(text)")
        for english in ["Everywhere", "call 112", "Help"] { #expect(!text.contains(english) && !driver.text.contains("─ \(english) "), "\(english)") }
    }

    @Test("80x24 class page: with the notes shown the page is taller than the screen and the keys line says ↑↓ scroll; without, it does not")
    func scrollHintWhenTaller() throws {
        var driver = Driver()
        let module = try #require(TestContent.bundle.modules.first { $0.id == "youth-relationships" })
        driver.app = SignaalApp(classroom: module, content: TestContent.bundle, language: .dutch)
        driver.resize(Size(width: 80, height: 24))
        let keys = { (driver: Driver) in driver.text.split(separator: "\n").last.map(String.init) ?? "" }
        #expect(!keys(driver).contains("↑↓"), "\(driver.text)")
        driver.press(.character("f"))
        let training = try #require(driver.state.training)
        let extent = try #require(TrainingView.scrollExtent(driver.state, training))
        try #require(extent.content > extent.viewport, "the notes make page 1 taller than 80x24")
        #expect(keys(driver).contains("↑↓ scrollen"), "\(driver.text)")
    }

    @Test("the activities' help names what a teacher can choose and promises no 'coming' items when there are none")
    func activities() throws {
        var driver = Driver()
        driver.press(.enter)
        try #require(driver.state.screen == .activities)
        let teacher = try #require(TestContent.bundle.role("teacher"))
        try #require(teacher.activities.contains { $0.kind == .classroom } && teacher.activities.contains { $0.kind == .card })
        driver.press(.character("h"))
        let text = Self.help(driver)
        #expect(text.contains("een les in de klas") && text.contains("een zakkaart om te printen"), "\(text)")
        let coming = TestContent.bundle.roles.flatMap(\.activities).contains { !ActivitiesScreen.isAvailable($0) }
        #expect(coming || !text.contains("binnenkort"), "\(text)")
    }
}
