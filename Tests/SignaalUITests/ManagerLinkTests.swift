import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// The manager sees completions that count for nobody, and links them with one key.
@Suite("Manager's view: unmatched completions")
struct ManagerLinkTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// Hotel De Zeemeeuw's five (see `HotelRecords`), plus learners who typed themselves differently.
    static func keeper() -> MemoryRecordKeeper {
        var records = (try? HotelRecords.keeper(completed: 0).read().0) ?? TrainingRecords()
        for (name, organisation) in [("anna de vries", "Hotel de Zeemeeuw Zandvoort"), ("Lukasz Wojcik", "Hotel De Zeemeeuw"),
                                     ("Bob Janssen", "Hotel De Zeemeeuw"), ("Maria García", nil)] as [(String, String?)] {
            let learner = Learner(id: "id-\(name)", name: name, organisation: organisation, created: now)
            records.learners.append(learner)
            var progress = ModuleProgress(moduleID: Organisation.defaultModuleID)
            progress.finished = true
            records.enrolments.append(Enrolment(learnerID: learner.id, progress: progress, started: now, updated: now, completed: now, completedScore: 80))
        }
        return MemoryRecordKeeper(records)
    }

    @Test("counted when only case, accents or the place differ; listed with the likely row otherwise; m links, u undoes", arguments: TrainingSnapshotTests.sizes)
    func linkWithOneKey(size: Size) throws {
        let keeper = Self.keeper()
        var driver = Driver(language: .english, size: size, services: TrainingDriver.services(keeper))
        driver.type("4")
        driver.press(.enter, .enter)
        #expect(driver.state.screen == .organisationStatus)
        #expect(driver.text.contains("2 of 5 staff have completed"), "\(driver.text)")
        #expect(driver.text.contains("Completed, but counted for nobody on the roster (2):"))
        #expect(driver.text.contains("▶ ? Bob Janssen · Hotel De Zeemeeuw · likely: Bob Jansen"))
        #expect(driver.text.contains("Maria García · no organisation · likely: Maria García"))
        Snapshot.check(driver.screen, "manager-unmatched-\(size.width)x\(size.height)")
        driver.press(.character("m"))
        #expect(driver.text.contains("3 of 5 staff have completed"))
        #expect(driver.text.contains("Bob Janssen now counts as Bob Jansen"))
        #expect(try keeper.read().0.organisations.first?.links?.count == 1, "saved at once")
        driver.press(.character("m"))
        #expect(driver.text.contains("4 of 5 staff have completed"))
        #expect(!driver.text.contains("counted for nobody"))
        driver.press(.character("m"))
        #expect(driver.text.contains("There is no completion to link."))
        driver.press(.character("u"))
        #expect(driver.text.contains("3 of 5 staff have completed"))
        #expect(driver.text.contains("Maria García no longer counts as Maria García"))
    }
}
