import Foundation
import Testing
@testable import SignaalCore

/// Completions that count, or are shown as unmatched, never lost in silence (issue 14 §3).
@Suite("Roster matching")
struct RosterMatchingTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// Hotel De Duinen (Zandvoort) with a roster of five, and `learners`
    /// (name, organisation as typed) who each completed its module.
    static func records(_ learners: [(String, String?)]) throws -> TrainingRecords {
        var records = TrainingRecords()
        guard case .success(var hotel) = records.addOrganisation(name: "Hotel De Duinen", location: "Zandvoort", now: now) else {
            throw CancellationError()
        }
        let names = ["Ștefan Popescu", "Bakker, Marieke", "Jan de Vries", "Özlem Yılmaz", "Piet Klaassen"]
        hotel = RosterImport.merge(hotel, rows: names.enumerated().map { RosterRow(line: $0.offset + 2, name: $0.element) }, now: now).0
        records.save(hotel)
        for (name, organisation) in learners {
            let learner = Learner(id: "id-\(name)-\(organisation ?? "")", name: name, organisation: organisation, created: now)
            records.learners.append(learner)
            var progress = ModuleProgress(moduleID: hotel.moduleID)
            progress.finished = true
            records.enrolments.append(Enrolment(learnerID: learner.id, progress: progress, started: now, updated: now,
                                                completed: now, completedScore: 80))
        }
        return records
    }

    static func status(_ records: TrainingRecords) throws -> OrganisationStatus {
        let hotel = try #require(records.organisations.first)
        return OrganisationStatus(organisation: hotel, records: records, threshold: 60)
    }

    @Test("the key ignores case, accents and spaces, and reads \"Last, First\" as \"First Last\"")
    func key() {
        #expect(NameKey.of("Ștefan  Popescu") == NameKey.of("stefan popescu"))
        #expect(NameKey.of("Bakker, Marieke") == NameKey.of("Marieke Bakker"))
        #expect(NameKey.of("Łukasz Wójcik") == "lukasz wojcik")
        #expect(NameKey.of("ÖZLEM YILMAZ") == NameKey.of("Özlem Yılmaz"))
        #expect(NameKey.of("Jan de Vries") != NameKey.of("Jan Vries"))
        #expect(NameKey.near(NameKey.of("Jan de Vries"), NameKey.of("Jan Vries")), "one part missing")
        #expect(NameKey.near(NameKey.of("Piet Klaasen"), NameKey.of("Piet Klaassen")), "one letter")
        #expect(NameKey.near(NameKey.of("Piet Claasen"), NameKey.of("Piet Klaassen")) == false, "two edits")
        #expect(NameKey.near("anna", "anna") == false)
    }

    @Test("the four staff of the issue: accents, \"Last, First\" and name-and-place count; an empty organisation is offered")
    func fourStaff() throws {
        let records = try Self.records([
            ("Stefan Popescu", "Hotel De Duinen"), ("Marieke Bakker", "hotel de duinen"),
            ("Jan de Vries", nil), ("Özlem Yılmaz", "Hotel De Duinen Zandvoort"),
        ])
        let status = try Self.status(records)
        #expect(status.completed == 3)
        let unmatched = try #require(status.unmatched.first)
        #expect(status.unmatched.count == 1)
        #expect(unmatched.learnerName == "Jan de Vries" && unmatched.learnerOrganisation == nil)
        #expect(unmatched.candidates.map(\.name) == ["Jan de Vries"])
        #expect(status.pending.map(\.name).contains("Jan de Vries"), "offered, never counted silently")
    }

    @Test("near names are offered with the likely row, never counted; unknown names are listed without one")
    func nearOffered() throws {
        let records = try Self.records([("Piet Klaasen", "Hotel De Duinen"), ("Jan Vries", "Hotel De Duinen"), ("Someone Else", "Hotel De Duinen"),
                                        ("Piet Klaassen", "Hotel Anders"), ("Marieke Bakker", "Hotel de Duine")])
        let status = try Self.status(records)
        #expect(status.completed == 0)
        let byName = Dictionary(uniqueKeysWithValues: status.unmatched.map { ($0.learnerName, $0.candidates.map(\.name)) })
        #expect(byName["Piet Klaasen"] == ["Piet Klaassen"])
        #expect(byName["Jan Vries"] == ["Jan de Vries"])
        #expect(byName["Someone Else"] == [])
        #expect(byName["Marieke Bakker"] == ["Bakker, Marieke"], "an organisation one letter off is offered")
        #expect(byName["Piet Klaassen"] == nil, "another organisation is none of this manager's business")
    }

    @Test("a completion by someone who has left is neither counted nor listed as unmatched")
    func leftStaff() throws {
        var records = try Self.records([("Piet Klaassen", "Hotel De Duinen")])
        var hotel = try #require(records.organisations.first)
        hotel.setLeft(Self.now, forStaffAt: try #require(hotel.staffIndices(matching: "Piet Klaassen").first))
        records.save(hotel)
        let status = try Self.status(records)
        #expect(status.completed == 0 && status.rostered == 4)
        #expect(status.unmatched.isEmpty)
    }

    @Test("a link counts the completion; unlinking undoes it and keeps the record")
    func linkAndUnlink() throws {
        var records = try Self.records([("Piet Klaasen", "Hotel De Duinen"), ("Jan de Vries", nil), ("Jan de Vries", "Hotel Anders")])
        #expect(try Self.status(records).completed == 0)
        guard case .success = records.link(organisationID: "hotel-de-duinen", learner: "Piet Klaasen", staffName: "piet klaassen", now: Self.now) else {
            Issue.record("link failed")
            return
        }
        // "Jan de Vries" is two learners; the one waiting in this organisation is meant.
        guard case .success(let link) = records.link(organisationID: "hotel-de-duinen", learner: "Jan de Vries", staffName: "Jan de Vries", now: Self.now) else {
            Issue.record("link failed")
            return
        }
        #expect(link.learnerID == "id-Jan de Vries-")
        var status = try Self.status(records)
        #expect(status.completed == 2)
        #expect(status.unmatched.isEmpty)
        #expect(records.link(organisationID: "hotel-de-duinen", learner: "Piet Klaasen", staffName: "Nobody", now: Self.now) == .failure(.noStaff))
        #expect(records.link(organisationID: "hotel-de-duinen", learner: "Nobody", staffName: "Piet Klaassen", now: Self.now) == .failure(.noLearner))

        guard case .success = records.unlink(organisationID: "hotel-de-duinen", learner: "Piet Klaasen", now: Self.now) else {
            Issue.record("unlink failed")
            return
        }
        status = try Self.status(records)
        #expect(status.completed == 1)
        #expect(status.unmatched.map(\.learnerName) == ["Piet Klaasen"])
        #expect(records.organisations.first?.links?.count == 2, "the undone link stays on record with its dates")
        #expect(records.unlink(organisationID: "hotel-de-duinen", learner: "Piet Klaasen", now: Self.now) == .failure(.notLinked))
    }

    @Test("links survive the records file; files without links still read")
    func linksPersist() throws {
        var records = try Self.records([("Piet Klaasen", "Hotel De Duinen")])
        let old = try JSONEncoder().encode(records)
        #expect(!String(decoding: old, as: UTF8.self).contains("links"))
        _ = records.link(organisationID: "hotel-de-duinen", learner: "Piet Klaasen", staffName: "Piet Klaassen", now: Self.now)
        let decoded = try JSONDecoder().decode(TrainingRecords.self, from: JSONEncoder().encode(records))
        #expect(try Self.status(decoded).completed == 1)
        #expect(try JSONDecoder().decode(TrainingRecords.self, from: old).organisations.first?.links == nil)
    }

    @Test("the organisation typed as its id, as `org create` printed it (hotel-de-duinen), counts", arguments: ["hotel-de-duinen", "HOTEL-DE-DUINEN", "hotel de duinen"])
    func organisationID(typed: String) throws {
        let records = try Self.records([("Jan de Vries", typed)])
        let status = try Self.status(records)
        #expect(status.completed == 1)
        #expect(status.unmatched.isEmpty)
    }
}
