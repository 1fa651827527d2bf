import Foundation
import Testing
@testable import SignaalCore

@Suite("CSV export")
struct CSVExportTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test("Excel NL: a byte order mark, ; between fields, CRLF, yes or no and the date")
    func layout() {
        var fixture = OrganisationFixture()
        fixture.organisation.staff.append(StaffMember(name: "Anna de Vries", department: "Receptie", email: "anna@zee.nl", staffNumber: "0012",
                                                      added: OrganisationFixture.created))
        fixture.staff("Bram")
        fixture.staff("Cor", left: OrganisationFixture.created)
        fixture.learner("Anna de Vries", completed: Date(timeIntervalSince1970: 1_790_000_000))  // 2026-09-21 14:13 UTC
        let data = CSVExport.completion(fixture.status(), timeZone: Self.utc)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == """
            Naam;Afdeling;E-mail;Personeelsnummer;Afgerond;Datum\r
            Anna de Vries;Receptie;anna@zee.nl;0012;ja;2026-09-21\r
            Bram;;;;nee;\r

            """)
        let english = CSVExport.completion(fixture.status(), labels: .english, timeZone: Self.utc)
        #expect(String(decoding: english.dropFirst(3), as: UTF8.self).hasPrefix("Name;Department;E-mail;Staff number;Completed;Date\r\nAnna de Vries;Receptie;anna@zee.nl;0012;yes;2026-09-21\r\n"))
        let amsterdam = CSVExport.completion(fixture.status(), timeZone: TimeZone(identifier: "Pacific/Kiritimati")!)
        #expect(String(decoding: amsterdam, as: UTF8.self).contains(";ja;2026-09-22\r\n"), "the date where the manager is")
    }

    @Test("fields with ;, quotes or line breaks are quoted, quotes doubled")
    func quoting() {
        #expect(CSVExport.cell("plain text") == "plain text")
        #expect(CSVExport.cell("Vries; Anna de") == "\"Vries; Anna de\"")
        #expect(CSVExport.cell("Bar \"De Zon\"") == "\"Bar \"\"De Zon\"\"\"")
        #expect(CSVExport.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVExport.cell("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVExport.cell("a,b") == "a,b", "a comma is not the delimiter")
        #expect(CSVExport.line(["a", "b;c", ""]) == "a;\"b;c\";\r\n")
    }

    @Test("cells that a spreadsheet would run as a formula get an apostrophe (OWASP)")
    func formulas() {
        #expect(CSVExport.cell("=HYPERLINK(\"http://evil\")") == "\"'=HYPERLINK(\"\"http://evil\"\")\"")
        #expect(CSVExport.cell("=1+1") == "'=1+1")
        #expect(CSVExport.cell("+31 6 1234 5678") == "'+31 6 1234 5678")
        #expect(CSVExport.cell("-2+3") == "'-2+3")
        #expect(CSVExport.cell("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        // A tab or a lone CR is a control character: written as \t or \r
        // (SafeText), so the cell starts with a backslash, not a formula.
        #expect(CSVExport.cell("\t=1+1") == "\\t=1+1")
        #expect(CSVExport.cell("\r=1+1") == "\\r=1+1")
        // The CR of a CRLF is kept (a line break inside a cell), so a cell can
        // start with CR: OWASP counts it as a formula start.
        #expect(CSVExport.cell("\r\n=1+1") == "\"'\r\n=1+1\"")
        #expect(CSVExport.cell("a\u{1B}[2J\u{202E}") == "a\\u001B[2J\\u202E")
        #expect(CSVExport.cell("a=b") == "a=b")
        #expect(CSVExport.cell("O'Brien") == "O'Brien")
        #expect(CSVExport.cell("") == "")
    }

    @Test("an export reads back through the roster parser: same people, same details")
    func roundTrip() throws {
        var fixture = OrganisationFixture()
        let people = [
            StaffMember(name: "Vries; Anna de", department: "Bar \"De Zon\"; terras", email: "anna@zee.nl", staffNumber: "0012", added: OrganisationFixture.created),
            StaffMember(name: "=Evil()", department: "-Keuken", email: "@x", staffNumber: "+31", added: OrganisationFixture.created),
            StaffMember(name: "Zoë \"Zo\" Brontë", department: nil, email: nil, staffNumber: nil, added: OrganisationFixture.created),
            StaffMember(name: "O'Brien", department: "Housekeeping", email: "ob@zee.nl", staffNumber: "7", added: OrganisationFixture.created),
        ]
        fixture.organisation.staff = people
        fixture.learner("O'Brien", completed: OrganisationFixture.created)
        let data = CSVExport.completion(fixture.status(), timeZone: Self.utc)
        let parsed = RosterCSV.parse(data)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.delimiter == ";")
        #expect(parsed.ignoredColumns == ["Afgerond", "Datum"])
        #expect(parsed.rows.map { RosterRow(line: 0, name: $0.name, department: $0.department, email: $0.email, staffNumber: $0.staffNumber) }
            == people.map { RosterRow(line: 0, name: $0.name, department: $0.department, email: $0.email, staffNumber: $0.staffNumber) })
        let (merged, change) = RosterImport.merge(fixture.organisation, parsed, now: Date())
        #expect(change.added.isEmpty && change.updated.isEmpty)
        #expect(merged == fixture.organisation)
    }
}
