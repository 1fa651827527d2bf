import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// Records with one hotel: five staff on the roster, `completed` of them done.
enum HotelRecords {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let staff: [(String, String)] = [
        ("Anna de Vries", "Receptie"), ("Łukasz Wójcik", "Housekeeping"), ("Özlem Yılmaz", "Housekeeping"),
        ("Bob Jansen", "Keuken"), ("Maria García", "Receptie"),
    ]

    static func keeper(completed: Int) -> MemoryRecordKeeper {
        var records = TrainingRecords()
        guard case .success(var hotel) = records.addOrganisation(name: "Hotel De Zeemeeuw", location: "Zandvoort", now: now) else {
            return MemoryRecordKeeper(records)
        }
        let rows = staff.enumerated().map { RosterRow(line: $0.offset + 2, name: $0.element.0, department: $0.element.1) }
        hotel = RosterImport.merge(hotel, rows: rows, now: now).0
        records.save(hotel)
        for (name, _) in staff.prefix(completed) {
            let learner = records.learner(named: name, organisation: "Hotel De Zeemeeuw", now: now)
            var progress = ModuleProgress(moduleID: hotel.moduleID)
            progress.finished = true
            records.enrolments.append(Enrolment(learnerID: learner.id, progress: progress, started: now, updated: now,
                                                completed: now, completedScore: 90))
        }
        return MemoryRecordKeeper(records)
    }

    static func status(completed: Int, size: Size = Size(width: 80, height: 24), language: Language = .dutch) -> Driver {
        var driver = Driver(language: language, size: size, services: TrainingDriver.services(keeper(completed: completed)))
        driver.type("4")
        driver.press(.enter, .enter)
        return driver
    }
}

@Suite("Manager's view")
struct ManagerTests {
    @Test("below the threshold: the bar, the departments, who is still to do it, and no certificate")
    func below() {
        var driver = HotelRecords.status(completed: 2)
        #expect(driver.state.screen == .organisationStatus)
        #expect(driver.text.contains("2 van 5 medewerkers"))
        #expect(driver.text.contains("Nog 1 medewerker(s) nodig voor 60%"))
        #expect(driver.text.contains("Bob Jansen"))
        driver.press(.character("c"))
        #expect(driver.text.contains("Nog 1 medewerker(s) nodig"))
    }

    @Test("at 3 of 5 = 60% the organisation certificate is issued")
    func atThreshold() throws {
        let keeper = HotelRecords.keeper(completed: 3)
        var driver = Driver(size: Size(width: 80, height: 24), services: TrainingDriver.services(keeper))
        driver.type("4")
        driver.press(.enter, .enter)
        #expect(driver.text.contains("3 van 5 medewerkers hebben de training afgerond (60%)"))
        #expect(driver.text.contains("✓"))
        driver.press(.character("c"))
        #expect(driver.text.contains("TESTCODE23"))
        let certificate = try #require(keeper.read().0.certificates.first)
        #expect(certificate.kind == .organisation)
        #expect(certificate.staffCompleted == 3 && certificate.staffRostered == 5 && certificate.thresholdPercent == 60)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func snapshots(size: Size) {
        Snapshot.check(HotelRecords.status(completed: 3, size: size).screen, "manager-status-\(size.width)x\(size.height)")
        var list = Driver(size: size, services: TrainingDriver.services(HotelRecords.keeper(completed: 2)))
        list.type("4")
        list.press(.enter)
        Snapshot.check(list.screen, "manager-organisations-\(size.width)x\(size.height)")
    }

    @Test("English too")
    func english() {
        let driver = HotelRecords.status(completed: 3, language: .english)
        #expect(driver.text.contains("3 of 5 staff have completed the training (60%)"))
    }
}

@Suite("Hotel staff")
struct HotelStaffTests {
    @Test("staff pick their organisation and their name from the roster, then train")
    func pickFromRoster() throws {
        let keeper = HotelRecords.keeper(completed: 0)
        var driver = Driver(language: .english, services: TrainingDriver.services(keeper))
        driver.type("3")        // hotel or holiday park staff
        driver.press(.enter)    // the training
        #expect(driver.state.screen == .learnerForm)
        driver.press(.tab, .down)
        #expect(driver.state.learnerForm.organisation == "Hotel De Zeemeeuw")
        driver.press(.up, .down, .down)
        #expect(driver.state.learnerForm.name == "Łukasz Wójcik", "the second name on the roster")
        #expect(driver.text.contains("picks your name from the staff roster"))
        driver.press(.enter)
        #expect(driver.state.screen == .learnerHome)
        #expect(driver.state.learner?.name == "Łukasz Wójcik")
        #expect(driver.state.learner?.organisation == "Hotel De Zeemeeuw")
        let suggested = driver.state.content.modules[driver.state.homeCursor].id
        #expect(suggested == "no-room-hotel", "the hotel training is offered first")
    }
}
