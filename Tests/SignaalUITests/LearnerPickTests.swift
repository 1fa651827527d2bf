import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// The learner form with a roster: pick your name, or say it is not there;
/// a hotel training asks for the employer; the same name finds its record.
@Suite("Learner form: roster and records")
struct LearnerPickTests {
    /// Hotel staff → the hotel training → the form, with Hotel De Zeemeeuw's roster on record.
    static func form(_ keeper: MemoryRecordKeeper = HotelRecords.keeper(completed: 0), size: Size = Size(width: 80, height: 24)) -> Driver {
        var driver = Driver(language: .english, size: size, services: TrainingDriver.services(keeper))
        driver.type("3")
        driver.type("1")
        return driver
    }

    static func submit(_ driver: inout Driver, name: String, organisation: String) {
        driver.type(name)
        driver.press(.tab)
        driver.type(organisation)
        driver.press(.enter)
    }

    @Test("a name on the roster but typed without accents, with the hotel and its place, becomes the roster's name")
    func exactRow() throws {
        var driver = Self.form()
        #expect(driver.state.screen == .learnerForm)
        Self.submit(&driver, name: "lukasz  wojcik", organisation: "Hotel de Zeemeeuw Zandvoort")
        #expect(driver.state.screen == .learnerHome)
        let learner = try #require(driver.state.learner)
        #expect(learner.name == "Łukasz Wójcik")
        #expect(learner.organisation == "Hotel De Zeemeeuw")
    }

    @Test("a record made before, without accents, is found again when the roster's spelling is taken")
    func earlierSpelling() throws {
        let keeper = HotelRecords.keeper(completed: 0)
        let earlier = try keeper.update { $0.learner(named: "Lukasz Wojcik", organisation: "Hotel De Zeemeeuw", now: LearnerPickTests.now) }.0
        var driver = Self.form(keeper)
        Self.submit(&driver, name: "Łukasz Wójcik", organisation: "Hotel De Zeemeeuw")
        #expect(driver.state.learner?.id == earlier.id)
        #expect(try keeper.read().0.learners.count == 1)
    }

    @Test("a name not on the roster: pick it from the list (type to filter), or go on as typed", arguments: TrainingSnapshotTests.sizes)
    func pickFromRoster(size: Size) throws {
        var driver = Self.form(size: size)
        Self.submit(&driver, name: "Bob Janssen", organisation: "hotel de zeemeeuw")
        #expect(driver.state.screen == .learnerPick)
        #expect(driver.text.contains("Pick your name · Hotel De Zeemeeuw"))
        #expect(driver.text.contains("▶ Bob Jansen"), "the near name is offered first:\n\(driver.text)")
        #expect(driver.text.contains("My name is not on the list: go on as \"Bob Janssen\""))
        #expect(!driver.text.contains("Maria García"))
        Snapshot.check(driver.screen, "training-pick-roster-\(size.width)x\(size.height)")
        for _ in 0..<11 { driver.press(.backspace) }
        driver.type("garc")
        #expect(driver.text.contains("Maria García"))
        #expect(!driver.text.contains("Bob Jansen"))
        driver.press(.enter)
        #expect(driver.state.learner?.name == "Maria García")
    }

    @Test("a roster name picked that has progress under no organisation leads to the choice of record")
    func rosterThenRecord() throws {
        let keeper = HotelRecords.keeper(completed: 0)
        _ = try keeper.update { $0.learner(named: "Bob Jansen", organisation: nil, now: LearnerPickTests.now) }
        var driver = Self.form(keeper)
        Self.submit(&driver, name: "Bob Janssen", organisation: "Hotel De Zeemeeuw")
        driver.press(.enter)
        #expect(driver.state.screen == .learnerPick)
        #expect(driver.text.contains("Did you start before?"))
        #expect(driver.text.contains("Start afresh as Bob Jansen · Hotel De Zeemeeuw"))
        driver.press(.end, .enter)
        #expect(driver.state.learner?.organisation == "Hotel De Zeemeeuw")
        #expect(try keeper.read().0.learners.count == 2)
    }

    @Test("an organisation typed nearly right is offered as on record, once")
    func nearOrganisation() throws {
        var driver = Self.form()
        Self.submit(&driver, name: "Maria García", organisation: "Hotel de Zeemeew")
        #expect(driver.state.screen == .learnerForm)
        #expect(driver.text.contains("Is this your organisation?"))
        #expect(driver.state.learnerForm.organisation == "Hotel De Zeemeeuw")
        driver.press(.enter)
        #expect(driver.state.learner?.organisation == "Hotel De Zeemeeuw")

        var other = Self.form()
        Self.submit(&other, name: "Maria García", organisation: "Hotel de Zeemeew")
        for _ in 0..<17 { other.press(.backspace) }
        other.type("Hotel de Zeemeew")
        other.press(.enter)
        #expect(other.state.learner?.organisation == "Hotel de Zeemeew", "offered once; the learner's own choice stands")
    }

    @Test("\"not on the list\" keeps the typed name, for the manager to link")
    func notOnList() throws {
        var driver = Self.form()
        Self.submit(&driver, name: "Nieuwe Collega", organisation: "Hotel De Zeemeeuw")
        #expect(driver.state.screen == .learnerPick)
        driver.press(.end, .enter)
        let learner = try #require(driver.state.learner)
        #expect(learner.name == "Nieuwe Collega" && learner.organisation == "Hotel De Zeemeeuw")
    }

    @Test("the hotel training asks once for the employer; Enter again goes on without one")
    func asksForOrganisation() throws {
        var driver = Self.form()
        driver.type("Sam Smit")
        driver.press(.enter, .enter)
        #expect(driver.state.screen == .learnerForm)
        #expect(driver.text.contains("Which hotel or park do you work for?"))
        driver.press(.enter)
        #expect(driver.state.screen == .learnerHome)
        #expect(driver.state.learner?.organisation == nil)
    }

    @Test("the same name under another organisation: carry on with the record, or start afresh; n lets another learner in")
    func sameNameOtherOrganisation() throws {
        let keeper = HotelRecords.keeper(completed: 0)
        _ = try keeper.update { records in
            let sam = records.learner(named: "Sam", organisation: nil, now: LearnerPickTests.now)
            records.save(ModuleRunner(module: try #require(TestContent.bundle.module("buit-youth"))), learnerID: sam.id, now: LearnerPickTests.now)
        }
        var driver = Driver(language: .english, services: TrainingDriver.services(keeper))
        driver.press(.enter)
        driver.type("3")
        Self.submit(&driver, name: "sam", organisation: "Hotel Zee")
        #expect(driver.state.screen == .learnerPick)
        #expect(driver.text.contains("Did you start before?"))
        #expect(driver.text.contains("Sam · no organisation · 1 training(s) started"))
        #expect(driver.text.contains("Start afresh as sam · Hotel Zee"))
        driver.press(.enter)
        #expect(driver.state.learner?.name == "Sam" && driver.state.learner?.organisation == nil)
        #expect(try keeper.read().0.learners.count == 1, "no second record")
        driver.press(.character("n"))
        #expect(driver.state.screen == .learnerForm)
        #expect(driver.state.learner == nil && driver.state.learnerForm.name.isEmpty)
    }

    static let now = Date(timeIntervalSince1970: 1_790_000_000)
}
