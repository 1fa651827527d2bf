import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// A screen's own state (a cursor, a scroll) lives in `AppState.current` and
/// goes when the screen does; going back puts the cursor where the user was.
@Suite("Screen state")
struct ScreenStateTests {
    @Test("back from a role's activities, the cursor is on that role")
    func rolesCursor() {
        var driver = Driver()
        #expect(driver.state.current == .roles(cursor: 0))
        driver.type("3")
        #expect(driver.state.current == .activities)
        driver.press(.escape)
        #expect(driver.state.current == .roles(cursor: 2))
        driver.press(.down)
        #expect(driver.state.current == .roles(cursor: 3))
    }

    @Test("an organisation's report keeps its own scroll; back on the list, the cursor is on that organisation")
    func organisationCursor() throws {
        let keeper = HotelRecords.keeper(completed: 1)
        _ = try keeper.update { records in _ = records.addOrganisation(name: "Camping Het Duin", location: nil, now: HotelRecords.now) }
        var driver = Driver(services: TrainingDriver.services(keeper))
        driver.type("4")
        driver.press(.enter, .down, .enter)
        guard case .organisationStatus(let view) = driver.state.current else {
            Issue.record("the second organisation's report should be on show, not \(driver.state.current)")
            return
        }
        #expect(view.id == driver.state.records.organisations[1].id)
        driver.press(.escape)
        #expect(driver.state.current == .organisations(cursor: 1))
        driver.press(.escape)
        #expect(driver.state.current == .activities)
    }
}
