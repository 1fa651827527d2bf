import Foundation
import Testing
import SignaalCore
@testable import SignaalUI

@Suite("Training language on screen")
struct TrainingLanguageScreenTests {
    static func hotelModule(language: Language) -> Driver {
        var driver = TrainingDriver.home(language: language)
        let index = TestContent.bundle.modules.firstIndex { $0.id == "no-room-hotel" } ?? 0
        driver.press(.home)
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        return driver
    }

    @Test("switching the module to Polish with t turns the instructions Polish too, with the review notice in Polish")
    func switchToPolish() {
        var driver = Self.hotelModule(language: .dutch)
        #expect(driver.text.contains("onderdeel 1 van"))
        for _ in 0..<4 where driver.state.training?.language(driver.state).code != "pl" { driver.press(.character("t")) }
        let screen = driver.text
        #expect(screen.contains("część 1 z"), "\(screen)")
        #expect(screen.contains("tłumaczenie, jeszcze niesprawdzone"))
        #expect(screen.contains("Enter dalej"))
        for dutch in ["onderdeel", "verder", "vorige", "nog niet nagekeken", "pauze"] { #expect(!screen.contains(dutch), "\(dutch)") }
    }

    @Test("--lang ro: the Romanian module with Romanian instructions from the start")
    func romanianFromStart() {
        var driver = Self.hotelModule(language: Language("ro"))
        #expect(driver.text.contains("partea 1 din"))
        #expect(driver.text.contains("traducere, încă neverificată"))
        driver.press(.escape)
        #expect(driver.text.contains("Alegeți o instruire"), "the overview speaks Romanian too:\n\(driver.text)")
    }
}
