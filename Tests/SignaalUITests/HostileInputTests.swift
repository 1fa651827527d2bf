import Foundation
import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

@Suite("Hostile input in the interface")
struct HostileInputTests {
    @Test("no cell of the grid holds a control, format or direction character, even inside a cluster")
    func gridDropsUnsafe() {
        var grid = Grid(size: Size(width: 30, height: 1))
        grid.put("a\u{1B}]0;x\u{07}\u{202E}b\u{9B}c\u{200B}d\u{E0061}e\u{2066}f", x: 0, y: 0)
        let scalars = grid.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains(where: SafeText.isUnsafe), "\(grid.lines)")
        #expect(grid.lines[0].hasPrefix("a]0;xbcdef"), "the visible letters stay: \(grid.lines[0])")
    }

    @Test("an organisation with a direction override is refused in the learner form, with its own message")
    func organisationInForm() throws {
        let keeper = MemoryRecordKeeper()
        var driver = Driver(language: .english, services: TrainingDriver.services(keeper))
        driver.type("3")
        driver.press(.enter)
        #expect(driver.state.screen == .learnerForm)
        driver.type("Zoë")
        driver.press(.tab)
        driver.type("Hotel \u{202E}Zee")
        driver.press(.enter)
        #expect(driver.state.screen == .learnerForm)
        #expect(driver.state.learnerForm.problem == "learner.organisationControl")
        #expect(driver.text.contains("organisation's name holds a character that is not allowed"))
        #expect(try keeper.read().0.learners.isEmpty, "nobody was recorded")
    }
}
