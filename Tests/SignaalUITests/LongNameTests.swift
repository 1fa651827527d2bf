import Foundation
import Testing
import SignaalCore
@testable import SignaalUI

@Suite("Long names")
struct LongNameTests {
    @Test("the name field takes 200 characters and scrolls: the end typed is on screen, nothing spills")
    func nameFieldScrolls() {
        var driver = Driver(services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("3")
        #expect(driver.state.screen == .learnerForm)
        let name = (0..<18).map { "Петрова\($0 % 10)-Ж" }.joined(separator: " ")
        #expect(name.count == 197)
        driver.type(name + " XYZ")
        #expect(driver.state.learnerForm.name == name + " XY", "typing stops at 200 characters")
        let screen = driver.text
        #expect(screen.contains("Петрова7-Ж XY▏"), "the end of the name is shown:\n\(screen)")
        #expect(!screen.contains("Петрова0-Ж Петрова1"), "the start has scrolled out of view")
    }
}
