import Foundation
import Testing
@testable import SignaalCore

/// Roster files that are wrong as a whole, or in a way that used to turn
/// into nonsense names: each is now one clear problem.
@Suite("Roster: hostile and mistaken files")
struct RosterHostileTests {
    @Test("a row separated by ',' in a ';' file is refused with what is wrong, a quoted comma is a name")
    func wrongDelimiter() {
        let result = RosterCSV.parse("Naam;Afdeling;E-mail\nJan Jansen,Receptie,jan@x.nl\n\"Jansen, Piet\"\nAnna;Keuken;a@x.nl\n")
        #expect(result.rows.map(\.name) == ["Jansen, Piet", "Anna"])
        #expect(result.problems == [RosterProblem(line: 2, reason: .wrongDelimiter(found: ",", expected: ";"))])
        // A one-column file keeps "Jansen, Piet" as one name, as before.
        #expect(RosterCSV.parse("Naam\nJansen, Piet\n").rows.map(\.name) == ["Jansen, Piet"])
    }

    @Test("UTF-16 without a byte order mark is refused on line 1, in either byte order")
    func utf16WithoutBOM() {
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let data = "Naam;Afdeling\nJan;Keuken\nZoë;Bar\n".data(using: encoding) ?? Data()
            let result = RosterCSV.parse(data)
            #expect(result.rows.isEmpty)
            #expect(result.problems == [RosterProblem(line: 1, reason: .utf16WithoutByteOrderMark)])
        }
        // With its byte order mark it reads as before.
        var marked = Data([0xFF, 0xFE])
        marked.append("Naam;Afdeling\nJan;Keuken\n".data(using: .utf16LittleEndian) ?? Data())
        #expect(RosterCSV.parse(marked).rows.map(\.name) == ["Jan"])
        // A NUL or two in a UTF-8 file is not UTF-16: those lines are refused, the rest read.
        #expect(RosterCSV.parse("Naam\nJan\nPi\u{0}et\nAnna\n").rows.map(\.name) == ["Jan", "Anna"])
    }

    @Test("problems in the reader's language, with header cells escaped")
    func wording() throws {
        let content = try #require(ContentLoader.load(from: Fixtures.shipped).bundle)
        struct Speaker: Speaks { let content: ContentBundle; let language: Language }
        let problem = RosterProblem(line: 1, reason: .noNameColumn(headers: ["Foo", "a\n\u{1B}]0;x\u{07}"]))
        let dutch = Speaker(content: content, language: .dutch).rosterProblem(problem)
        #expect(dutch.hasPrefix("geen kolom met namen onder \"Foo\", \"a\\n\\u001B]0;x\\u0007\""), "\(dutch)")
        let english = Speaker(content: content, language: .english)
        #expect(english.rosterProblem(RosterProblem(line: 3, reason: .controlCharacters(column: .staffNumber)))
                == "the staff number holds control characters")
        #expect(Speaker(content: content, language: .dutch).rosterProblem(RosterProblem(line: 3, reason: .fieldTooLong(column: .email, maximum: 9)))
                == "het veld e-mail is langer dan 9 tekens")
    }
}
