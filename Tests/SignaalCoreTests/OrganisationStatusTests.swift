import Foundation
import Testing
@testable import SignaalCore

/// Records and an organisation built by hand, for status, certificate and export tests.
struct OrganisationFixture {
    static let created = Date(timeIntervalSince1970: 1_789_000_000)
    var organisation: Organisation
    var records = TrainingRecords()
    private var nextID = 0

    init(name: String = "Hotel Zee", moduleID: String = "no-room-hotel", staff: [String] = []) {
        organisation = Organisation(id: OrganisationID.slug(name), name: name, moduleID: moduleID, created: Self.created,
                                    staff: staff.map { StaffMember(name: $0, added: Self.created) })
    }

    /// `count` staff named "Staff 1" … and the first `completed` of them trained.
    init(rostered count: Int, completed: Int) {
        self.init(staff: (1...max(count, 1)).map { "Staff \($0)" }.prefix(count).map { $0 })
        for number in 0..<completed { learner("Staff \(number + 1)", completed: Self.created) }
    }

    mutating func staff(_ name: String, department: String? = nil, left: Date? = nil) {
        organisation.staff.append(StaffMember(name: name, department: department, added: Self.created, left: left))
    }

    /// A learner of this organisation (or another) with an enrolment, completed or not.
    @discardableResult
    mutating func learner(_ name: String, organisation: String? = nil, withoutOrganisation: Bool = false, module: String? = nil,
                          completed: Date?) -> Learner {
        nextID += 1
        let learner = Learner(id: "L\(nextID)", name: name, organisation: withoutOrganisation ? nil : organisation ?? self.organisation.name,
                              created: Self.created)
        records.learners.append(learner)
        enrol(learner, module: module, completed: completed)
        return learner
    }

    mutating func enrol(_ learner: Learner, module: String? = nil, completed: Date?) {
        let moduleID = module ?? organisation.moduleID
        records.enrolments.append(Enrolment(learnerID: learner.id, progress: ModuleProgress(moduleID: moduleID),
                                            started: Self.created, updated: Self.created, completed: completed,
                                            completedScore: completed == nil ? nil : 80))
    }

    func status(threshold: Int = 60) -> OrganisationStatus {
        OrganisationStatus(organisation: organisation, records: records, threshold: threshold)
    }
}

@Suite("Organisation status")
struct OrganisationStatusTests {
    let day = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("the threshold in whole numbers: 59 of 100 is not enough, 60 of 100 and 3 of 5 are")
    func thresholdBoundaries() {
        let below = OrganisationFixture(rostered: 100, completed: 59).status()
        #expect(below.rostered == 100 && below.completed == 59)
        #expect(!below.eligible)
        #expect(below.staffNeeded == 1)
        #expect(below.shownPercent == 59)
        let at = OrganisationFixture(rostered: 100, completed: 60).status()
        #expect(at.eligible)
        #expect(at.staffNeeded == 0)
        let small = OrganisationFixture(rostered: 5, completed: 3).status()
        #expect(small.eligible)
        #expect(small.percent == 60)
        #expect(small.shownPercent == 60)
        #expect(!OrganisationFixture(rostered: 5, completed: 2).status().eligible)
    }

    @Test("nobody rostered: not eligible, 0%, nothing divided by zero")
    func emptyRoster() {
        let status = OrganisationFixture(rostered: 0, completed: 0).status()
        #expect(status.rostered == 0)
        #expect(!status.eligible)
        #expect(status.percent == 0)
        #expect(status.shownPercent == 0)
        #expect(status.staffNeeded == 0)
        #expect(status.pending.isEmpty)
        #expect(status.departments.isEmpty)
    }

    @Test("how many more completions are needed, rounded up; the percentage shown is rounded down")
    func staffNeeded() {
        #expect(OrganisationFixture(rostered: 5, completed: 0).status().staffNeeded == 3)
        #expect(OrganisationFixture(rostered: 5, completed: 2).status().staffNeeded == 1)
        #expect(OrganisationFixture(rostered: 3, completed: 1).status().staffNeeded == 1, "60% of 3 is 1.8: 2 people")
        #expect(OrganisationFixture(rostered: 7, completed: 7).status().staffNeeded == 0)
        #expect(OrganisationFixture(rostered: 10, completed: 0).status(threshold: 75).staffNeeded == 8)
        let twoThirds = OrganisationFixture(rostered: 3, completed: 2).status()
        #expect(abs(twoThirds.percent - 200.0 / 3) < 1e-9)
        #expect(twoThirds.shownPercent == 66)
        let almost = OrganisationFixture(rostered: 1000, completed: 599).status()
        #expect(almost.shownPercent == 59)
        #expect(!almost.eligible)
        #expect(almost.staffNeeded == 1)
    }

    @Test("staff marked as left count neither as rostered nor as completed")
    func leftStaff() {
        var fixture = OrganisationFixture(staff: ["Anna", "Bram", "Cor"])
        fixture.staff("Dirk", left: day)
        fixture.learner("Dirk", completed: day)
        fixture.learner("Anna", completed: day)
        let status = fixture.status()
        #expect(status.rostered == 3)
        #expect(status.completed == 1)
        #expect(status.pending.map(\.name) == ["Bram", "Cor"])
        #expect(status.staff.map(\.member.name) == ["Anna", "Bram", "Cor"])
    }

    @Test("a person counts once, however many learners and enrolments have their name")
    func countedOnce() {
        var fixture = OrganisationFixture(staff: ["Zoë Brontë", "Bram"])
        let zoe = fixture.learner("Zoë Brontë", completed: day.addingTimeInterval(100))
        fixture.enrol(zoe, completed: day)  // a second enrolment of the same module
        fixture.learner("zoe\u{308}  BRONTË", organisation: "  hotel zee ", completed: day.addingTimeInterval(50))
        fixture.learner("Bram", organisation: "Hotel Strand", completed: day)  // another organisation
        fixture.learner("Bram", withoutOrganisation: true, completed: day)
        let bram = fixture.learner("Bram", completed: nil)  // not completed
        fixture.enrol(bram, module: "buit-professional", completed: day)  // another module
        let status = fixture.status()
        #expect(status.rostered == 2)
        #expect(status.completed == 1)
        #expect(status.staff[0].completed == day, "the earliest completion")
        #expect(status.pending.map(\.name) == ["Bram"])
    }

    @Test("one learner's completion counts for one of the staff who share their name")
    func sharedNames() {
        var fixture = OrganisationFixture(staff: ["Jan de Vries", "Anna", "jan de vries"])
        fixture.learner("Jan de Vries", completed: day)
        let status = fixture.status()
        #expect(status.completed == 1)
        #expect(status.staff.map { $0.completed != nil } == [true, false, false])
        #expect(status.sharedNames == ["jan de vries"])
    }

    @Test("counts per department, case aside; staff without one under \"\"")
    func departments() {
        var fixture = OrganisationFixture()
        fixture.staff("Anna", department: "Bar")
        fixture.staff("Bram", department: "bar ")
        fixture.staff("Cor", department: "Keuken")
        fixture.staff("Dirk")
        fixture.staff("Eva", department: "  ")
        fixture.staff("Fien", department: "Keuken", left: day)
        fixture.learner("Bram", completed: day)
        fixture.learner("Dirk", completed: day)
        let status = fixture.status()
        #expect(status.departments == [
            "Bar": .init(rostered: 2, completed: 1),
            "Keuken": .init(rostered: 1, completed: 0),
            "": .init(rostered: 2, completed: 1),
        ])
        #expect(status.departmentsInOrder.map(\.department) == ["Bar", "Keuken", ""])
    }

    @Test("records written before organisations existed still read, and organisations survive the file")
    func recordsFile() throws {
        let old = """
            {"certificates":[],"enrolments":[],"learners":[{"created":"2026-09-21T10:00:00Z","id":"L1","name":"Sam","organisation":null}],"version":1}
            """
        let records = try RecordCoding.decoder().decode(TrainingRecords.self, from: Data(old.utf8))
        #expect(records.organisations.isEmpty)
        #expect(records.learners.map(\.name) == ["Sam"])
        let broken = #"{"certificates":[],"enrolments":[],"version":1}"#
        #expect(throws: DecodingError.self) { try RecordCoding.decoder().decode(TrainingRecords.self, from: Data(broken.utf8)) }

        var fixture = OrganisationFixture(staff: ["Anna"])
        fixture.staff("Bram", department: "Bar", left: day)
        var withOrganisation = records
        withOrganisation.organisations = [fixture.organisation]
        let data = try RecordCoding.encode(withOrganisation, path: "test")
        #expect(try RecordCoding.decoder().decode(TrainingRecords.self, from: data) == withOrganisation)
        #expect(String(decoding: data, as: UTF8.self).contains("\"organisations\""))
    }

    @Test("the organisation certificate: only when eligible, reused for the same numbers, new when they change")
    func certificate() throws {
        let module = try MiniModule.load()
        var fixture = OrganisationFixture(moduleID: module.id, staff: ["Anna", "Bram", "Cor", "Dirk", "Eva"])
        fixture.learner("Anna", completed: day)
        fixture.learner("Bram", completed: day)
        var codes = ["AAAAAAAAAA", "BBBBBBBBBB", "CCCCCCCCCC"]
        var records = fixture.records
        #expect(records.organisationCertificate(for: fixture.organisation, status: fixture.status(), module: module, now: day,
                                                newCode: { codes.removeFirst() }) == nil)
        #expect(records.certificates.isEmpty)
        fixture.learner("Cor", completed: day)
        records = fixture.records
        let issued = records.organisationCertificate(for: fixture.organisation, status: fixture.status(), module: module,
                                                     now: day, newCode: { codes.removeFirst() })
        let first = try #require(issued)
        #expect(first.kind == .organisation)
        #expect(first.recipient == "Hotel Zee")
        #expect(first.organisation == "hotel-zee")
        #expect(first.staffCompleted == 3 && first.staffRostered == 5 && first.thresholdPercent == 60)
        #expect(first.code == "AAAAAAAAAA" && first.learnerID == nil && first.scorePercent == nil)
        let again = records.organisationCertificate(for: fixture.organisation, status: fixture.status(), module: module,
                                                    now: day.addingTimeInterval(3600), newCode: { codes.removeFirst() })
        #expect(again == first)
        fixture.learner("Dirk", completed: day)
        let more = records.organisationCertificate(for: fixture.organisation, status: fixture.status(), module: module,
                                                   now: day, newCode: { codes.removeFirst() })
        #expect(more?.code == "BBBBBBBBBB")
        #expect(more?.staffCompleted == 4)
        #expect(records.certificates.count == 2)
        var elsewhere = fixture.organisation
        elsewhere.moduleID = "another"
        #expect(records.organisationCertificate(for: elsewhere, status: fixture.status(), module: module, now: day,
                                                newCode: { "DDDDDDDDDD" }) == nil, "the status is for another module")
    }
}
