import Foundation
import Testing
@testable import SignaalCore

@Suite("Roster import")
struct RosterImportTests {
    let day1 = Date(timeIntervalSince1970: 1_790_000_000)
    let day2 = Date(timeIntervalSince1970: 1_790_086_400)
    let empty = Organisation(id: "hotel-zee", name: "Hotel Zee", created: Date(timeIntervalSince1970: 1_789_000_000))

    static let roster = """
        Naam;Afdeling;E-mail;Personeelsnummer
        Anna de Vries;Receptie;anna@zee.nl;0012
        Bram Bakker;Bar;;
        Zoë Brontë;Keuken;zoe@zee.nl;
        """

    func imported(_ text: String = roster, into organisation: Organisation? = nil, now: Date? = nil) -> (Organisation, RosterChange) {
        RosterImport.merge(organisation ?? empty, RosterCSV.parse(text), now: now ?? day1)
    }

    @Test("a first import adds everyone, in file order, with their lines")
    func firstImport() {
        let (organisation, change) = imported()
        #expect(organisation.staff.map(\.name) == ["Anna de Vries", "Bram Bakker", "Zoë Brontë"])
        #expect(organisation.staff.allSatisfy { $0.added == day1 && $0.left == nil })
        #expect(change.added.map(\.line) == [2, 3, 4])
        #expect(change.updated.isEmpty && change.unchanged.isEmpty && change.problems.isEmpty)
        #expect(change.changesOrganisation)
        #expect(organisation.id == empty.id && organisation.name == empty.name, "only the staff change")
    }

    @Test("importing the same file again adds nobody and changes nothing")
    func reimport() {
        let (first, _) = imported()
        let (second, change) = imported(into: first, now: day2)
        #expect(second == first)
        #expect(change.added.isEmpty)
        #expect(change.updated.isEmpty)
        #expect(change.unchanged.map(\.line) == [2, 3, 4])
        #expect(!change.changesOrganisation)
        #expect(change.notListed.isEmpty)
    }

    @Test("a changed department is an update that says what changed")
    func changedDepartment() {
        let (first, _) = imported()
        let (second, change) = imported(Self.roster.replacingOccurrences(of: "Bram Bakker;Bar", with: "Bram Bakker;Keuken"), into: first, now: day2)
        #expect(change.added.isEmpty)
        #expect(change.updated.count == 1)
        #expect(change.updated.first?.fields == [.department])
        #expect(change.updated.first?.before.department == "Bar")
        #expect(change.updated.first?.after.department == "Keuken")
        #expect(change.updated.first?.line == 3)
        #expect(second.staff[1].department == "Keuken")
        #expect(second.staff[1].added == day1, "the date they were added stays")
    }

    @Test("recognised by staff number first: a new name and e-mail are updates, leading zeros do not matter")
    func byStaffNumber() {
        let (first, _) = imported()
        let (second, change) = imported("Naam;E-mail;Personeelsnummer\nAnna Jansen;anna.jansen@zee.nl;12\n", into: first)
        #expect(change.added.isEmpty)
        #expect(change.updated.first?.fields == [.name, .email])
        #expect(second.staff[0].name == "Anna Jansen")
        #expect(second.staff[0].staffNumber == "0012", "123 and 00123 are the same number: the stored one stays")
        #expect(second.staff.count == 3)
    }

    @Test("then by e-mail, whatever its case")
    func byEmail() {
        let (first, _) = imported()
        let (second, change) = imported("Name,Email,Department\nZoe Bronte,ZOE@zee.nl,Keuken\n", into: first)
        #expect(change.added.isEmpty)
        #expect(change.updated.map(\.fields) == [[.name]])
        #expect(second.staff[2].name == "Zoe Bronte")
        #expect(second.staff[2].email == "zoe@zee.nl", "only the case differs: kept")
    }

    @Test("then by name, whatever the case or Unicode form; an empty field erases nothing")
    func byName() {
        let (first, _) = imported()
        let decomposed = "zoe\u{308} bronte\u{308}"
        let (second, change) = imported("Naam;Afdeling;E-mail\n\(decomposed);;\nBRAM  BAKKER;;bram@zee.nl\n", into: first)
        #expect(change.added.isEmpty)
        #expect(change.updated.map(\.line) == [2, 3])
        #expect(second.staff[2].department == "Keuken")
        #expect(second.staff[2].email == "zoe@zee.nl")
        #expect(second.staff[1].email == "bram@zee.nl")
        #expect(second.staff[1].name == "BRAM BAKKER")
    }

    @Test("the first value both have decides: different staff numbers or e-mails are different people")
    func differentPeople() {
        let (first, _) = imported("Naam;Personeelsnummer;E-mail\nJan de Vries;1;\nJan de Vries;2;\nPiet;;p1@x.nl\nPiet;;p2@x.nl\n")
        #expect(first.staff.map(\.name) == ["Jan de Vries", "Jan de Vries", "Piet", "Piet"])
        let (second, change) = imported("Naam;Personeelsnummer\nJan de Vries;2\nJan de Vries;1\n", into: first)
        #expect(second == first)
        #expect(change.unchanged.map(\.member.staffNumber) == ["2", "1"])
        #expect(change.notListed.map(\.name) == ["Piet", "Piet"])
    }

    @Test("the same person twice in one file is skipped as a duplicate of the first line")
    func duplicates() {
        let text = "Naam;Afdeling;Personeelsnummer\nAnna;Bar;7\n;Bar;\nanna;Keuken;\nBram;Bar;7\n"
        let (organisation, change) = imported(text)
        #expect(organisation.staff.map(\.name) == ["Anna"])
        #expect(organisation.staff[0].department == "Bar")
        #expect(change.problems == [
            RosterProblem(line: 3, reason: .emptyName),
            RosterProblem(line: 4, reason: .duplicateInFile(firstLine: 2)),
            RosterProblem(line: 5, reason: .duplicateInFile(firstLine: 2)),
        ])
    }

    @Test("staff marked as left stay left when listed again, and are reported; others not listed are kept")
    func leftStaff() {
        var (first, _) = imported()
        first.setLeft(day2, forStaffAt: first.staffIndices(matching: "bram bakker")[0])
        let (second, change) = imported("Naam;Afdeling\nBram Bakker;Keuken\nAnna de Vries;Receptie\n", into: first, now: day2)
        #expect(second.staff[1].left == day2)
        #expect(second.staff[1].department == "Keuken", "details are still updated")
        #expect(change.listedButLeft.map(\.line) == [2])
        #expect(change.unchanged.map(\.line) == [3])
        #expect(change.notListed.map(\.name) == ["Zoë Brontë"])
        #expect(second.staff.count == 3, "nobody is removed")
    }

    @Test("staff who left earlier and are not listed again are not reported as missing from the file")
    func leftAndNotListed() {
        var (first, _) = imported()
        first.setLeft(day2, forStaffAt: first.staffIndices(matching: "bram bakker")[0])
        let (second, change) = imported("Naam;Afdeling\nAnna de Vries;Receptie\n", into: first, now: day2)
        #expect(change.notListed.map(\.name) == ["Zoë Brontë"], "Bram left already: nothing to ask about him")
        #expect(second.staff[1].left == day2)
    }

    @Test("finding staff to mark as left: by staff number, e-mail or name")
    func staffLookup() {
        let (organisation, _) = imported()
        #expect(organisation.staffIndices(matching: "12") == [0])
        #expect(organisation.staffIndices(matching: "ZOE@zee.nl") == [2])
        #expect(organisation.staffIndices(matching: " bram bakker ") == [1])
        #expect(organisation.staffIndices(matching: "nobody").isEmpty)
        #expect(organisation.staffIndices(matching: "  ").isEmpty)
    }

    @Test("a dry run is the same merge, unsaved: the input organisation is untouched")
    func dryRun() {
        let (first, _) = imported()
        let copy = first
        _ = imported("Naam\nNieuw\n", into: first)
        #expect(first == copy)
    }

    @Test("organisations get a unique slug id; the same name twice is refused")
    func organisationIDs() throws {
        var records = TrainingRecords()
        let zee = try? records.addOrganisation(name: "  Hôtel De Zeeuwse Stromen! ", location: "Vlissingen", now: day1).get()
        #expect(zee?.id == "hotel-de-zeeuwse-stromen")
        #expect(zee?.name == "Hôtel De Zeeuwse Stromen!")
        #expect(zee?.moduleID == "no-room-hotel")
        #expect(records.addOrganisation(name: "hôtel de zeeuwse stromen!", now: day1) == .failure(.alreadyExists(id: "hotel-de-zeeuwse-stromen")))
        let other = try? records.addOrganisation(name: "Hotel de Zeeuwse Stromen?", now: day1).get()
        #expect(other?.id == "hotel-de-zeeuwse-stromen-2")
        #expect(records.addOrganisation(name: " ", now: day1) == .failure(.name(.empty)))
        #expect(OrganisationID.slug("日本") == "organisation")
        #expect(records.organisation(idOrName: "HOTEL DE ZEEUWSE STROMEN?")?.id == "hotel-de-zeeuwse-stromen-2")
        var changed = try #require(zee)
        changed.location = nil
        records.save(changed)
        #expect(records.organisation(id: "hotel-de-zeeuwse-stromen")?.location == nil)
        #expect(records.organisations.count == 2)
    }
}
