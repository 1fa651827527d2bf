import Foundation
import Testing
@testable import SignaalCore

@Suite("Roster CSV")
struct RosterCSVTests {
    /// Name, department, e-mail and staff number of each row.
    static func summary(_ result: RosterCSV.Result) -> [[String]] {
        result.rows.map { [$0.name, $0.department ?? "-", $0.email ?? "-", $0.staffNumber ?? "-"] }
    }

    @Test("Excel NL: semicolons, a byte order mark, CRLF and Dutch headers")
    func excelDutch() {
        let text = "\u{FEFF}Naam;Afdeling;E-mail;Personeelsnummer\r\nAnna de Vries;Receptie;anna@hotel.nl;0012\r\nBram Ünal;Housekeeping;;0013\r\n"
        let result = RosterCSV.parse(text)
        #expect(result.delimiter == ";")
        #expect(result.encoding == .utf8)
        #expect(result.problems.isEmpty)
        #expect(result.columns == [.name, .department, .email, .staffNumber])
        #expect(Self.summary(result) == [["Anna de Vries", "Receptie", "anna@hotel.nl", "0012"], ["Bram Ünal", "Housekeeping", "-", "0013"]])
        #expect(result.rows.map(\.line) == [2, 3])
    }

    @Test("a byte order mark is not part of the file: before sep=, before an unknown first header, as bytes")
    func byteOrderMark() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let declared = RosterCSV.parse(bom + Array("sep=,\nNaam,Afdeling\nAnna de Vries,Bar\n".utf8))
        #expect(declared.delimiter == ",")
        #expect(Self.summary(declared) == [["Anna de Vries", "Bar", "-", "-"]])
        #expect(declared.problems.isEmpty)
        let unknownFirst = RosterCSV.parse(bom + Array("Kleur;Naam\nrood;Anna de Vries\n".utf8))
        #expect(unknownFirst.ignoredColumns == ["Kleur"])
        let decoded = RosterText.decode(bom + Array("Naam\nAnna\n".utf8))
        #expect(decoded.bytes == Array("Naam\nAnna\n".utf8))
        #expect(decoded.encoding == .utf8)
    }

    @Test("commas and English headers, LF line ends, any case")
    func commasEnglish() {
        let result = RosterCSV.parse("NAME,Department,Email,Employee ID\nKim Lee,Kitchen,kim@park.nl,7\n")
        #expect(result.delimiter == ",")
        #expect(Self.summary(result) == [["Kim Lee", "Kitchen", "kim@park.nl", "7"]])
    }

    @Test("tabs, and other spellings of the headers")
    func tabs() {
        let result = RosterCSV.parse("naam\tafdeling\tmail\tnummer\nSam\tBar\tsam@x.nl\t1\n")
        #expect(result.delimiter == "\t")
        #expect(Self.summary(result) == [["Sam", "Bar", "sam@x.nl", "1"]])
        let other = RosterCSV.parse("Name;Dept.;E-mailadres;Staff number\nSam;Bar;sam@x.nl;1\n")
        #expect(Self.summary(other) == [["Sam", "Bar", "sam@x.nl", "1"]])
    }

    @Test("the delimiter is counted outside quotes in the header; ; wins ties")
    func delimiterDetection() {
        #expect(RosterCSV.parse("Naam;Afdeling,Team\nA;B,C\n").delimiter == ";")
        #expect(RosterCSV.parse("\"Naam;x\",Afdeling\n\"A;1\",B\n").delimiter == ",")
        #expect(RosterCSV.parse("Naam;Afdeling\n").delimiter == ";")
        #expect(RosterCSV.parse("Naam\nJansen, Piet\n").rows.map(\.name) == ["Jansen, Piet"], "one column: ; so a comma stays in the name")
        #expect(RosterCSV.parse("\n\nName,Department\nA,B\n").delimiter == ",", "blank lines before the header")
        let declared = RosterCSV.parse("sep=,\r\nNaam,Afdeling,x;y;z\r\nA;1,B\r\n")
        #expect(declared.delimiter == ",")
        #expect(declared.rows.map(\.name) == ["A;1"], "a declared delimiter wins over counting")
        #expect(declared.rows.map(\.department) == ["B"])
        #expect(declared.rows.map(\.line) == [3])
    }

    @Test("quoted fields hold delimiters, quotes and line breaks; later lines are numbered in the file")
    func quoting() {
        let text = #"""
            Naam;Afdeling;E-mail
            "Vries; Anna de";"Receptie ""voor""";a@x.nl
            "Bram
            Bakker";Bar;b@x.nl
            Cor;"Keuken
            (avond)
            ";c@x.nl
            Dirk;Bar;d@x.nl
            """#
        let result = RosterCSV.parse(text)
        #expect(result.problems == [RosterProblem(line: 3, reason: .nameControlCharacters)], "a line break in a name is refused")
        #expect(Self.summary(result) == [
            ["Vries; Anna de", "Receptie \"voor\"", "a@x.nl", "-"],
            ["Cor", "Keuken (avond)", "c@x.nl", "-"],
            ["Dirk", "Bar", "d@x.nl", "-"],
        ])
        #expect(result.rows.map(\.line) == [2, 5, 8])
        let crlf = RosterCSV.parse(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.rows.map(\.line) == [2, 5, 8])
        #expect(crlf.problems.map(\.line) == [3])
    }

    @Test("lenient quoting: text after a closing quote, a quote inside a field, CR line ends")
    func lenientQuoting() {
        let result = RosterCSV.parse("Naam;Afdeling\r\"Anna\" B;x\"y\rCor;Bar")
        #expect(Self.summary(result) == [["Anna B", "x\"y", "-", "-"], ["Cor", "Bar", "-", "-"]])
        #expect(result.rows.map(\.line) == [2, 3])
    }

    @Test("first, prefix and last name columns make the name when there is no name column")
    func nameParts() {
        let dutch = RosterCSV.parse("Voornaam;Tussenvoegsel;Achternaam;Afdeling\nJan;van der;Berg;Bar\nEva;;Smit;\n")
        #expect(dutch.rows.map(\.name) == ["Jan van der Berg", "Eva Smit"])
        #expect(dutch.rows.map(\.department) == ["Bar", nil])
        let english = RosterCSV.parse("First name,Last name,Email\nKim,Lee,kim@x.nl\n,Solo,\n")
        #expect(english.rows.map(\.name) == ["Kim Lee", "Solo"])
        let both = RosterCSV.parse("Naam;Voornaam;Achternaam\nAnna Jansen;Anna;Jansen\n;Eva;Smit\n")
        #expect(both.rows.map(\.name) == ["Anna Jansen", "Eva Smit"], "the name column first, the parts when it is empty")
    }

    @Test("bad rows are reported with their line and skipped; good rows around them are kept")
    func badRows() {
        let text = [
            "Naam;Afdeling;E-mail",          // 1
            "Anna;Bar;a@x.nl",              // 2
            ";Bar;nobody@x.nl",             // 3 empty name
            "Evil\u{1B}[2J;Bar;e@x.nl",     // 4 control characters
            "Jansen; Piet;Bar;p@x.nl",      // 5 too many fields
            "Kim",                           // 6 too few: fine
            "Lee;Bar;l@x.nl;;;",             // 7 trailing empty fields: fine
            "Max;Bar\u{7};m@x.nl",           // 8 control characters in the department
            "",                              // 9 blank: passed over
            ";;;",                           // 10 empty row: passed over
            String(repeating: "N", count: 201) + ";Bar", // 11 name too long
            "Zed;\"Bar;z@x.nl",              // 12 unterminated quote to the end
            "Yara;Bar;y@x.nl",
        ].joined(separator: "\n")
        let result = RosterCSV.parse(text)
        #expect(result.rows.map(\.name) == ["Anna", "Kim", "Lee"])
        #expect(result.rows.map(\.line) == [2, 6, 7])
        #expect(result.problems == [
            RosterProblem(line: 3, reason: .emptyName),
            RosterProblem(line: 4, reason: .nameControlCharacters),
            RosterProblem(line: 5, reason: .tooManyFields(found: 4, expected: 3)),
            RosterProblem(line: 8, reason: .controlCharacters(column: .department)),
            RosterProblem(line: 11, reason: .nameTooLong(maximum: 200)),
            RosterProblem(line: 12, reason: .unterminatedQuote),
        ])
        #expect(result.problems.map(\.description)[0] == "line 3: the name is empty")
        #expect(result.problems.allSatisfy { !$0.isAboutFile })
    }

    @Test("a huge field is refused without being kept, and the next line is still right")
    func hugeField() {
        let huge = String(repeating: "x", count: 2_000_000)
        let result = RosterCSV.parse("Naam;Afdeling\nAnna;\"\(huge)\n\(huge)\"\nBram;\(huge)\nCor;Bar\n")
        #expect(result.rows.map(\.name) == ["Cor"])
        #expect(result.rows.map(\.line) == [5])
        #expect(result.problems == [
            RosterProblem(line: 2, reason: .fieldTooLong(column: .department, maximum: 1_000)),
            RosterProblem(line: 4, reason: .fieldTooLong(column: .department, maximum: 1_000)),
        ])
        let exact = RosterCSV.parse("Naam;Afdeling\nAnna;\(String(repeating: "é", count: 1_000))\nBram;\(String(repeating: "é", count: 1_001))\n")
        #expect(exact.rows.map(\.name) == ["Anna"], "1,000 characters is fine, 1,001 is not, however many bytes")
        let ignored = RosterCSV.parse("Naam;Opmerking\nAnna;\(huge)\n")
        #expect(ignored.rows.map(\.name) == ["Anna"], "a column that is not read cannot spoil a row")
        #expect(ignored.ignoredColumns == ["Opmerking"])
    }

    @Test("files that cannot be read say why once")
    func unusableFiles() {
        #expect(RosterCSV.parse("").problems == [RosterProblem(line: 1, reason: .noHeader)])
        #expect(RosterCSV.parse("\r\n\r\n").problems == [RosterProblem(line: 1, reason: .noHeader)])
        let noName = RosterCSV.parse("Afdeling;Functie\nBar;Kok\n")
        #expect(noName.rows.isEmpty)
        #expect(noName.problems == [RosterProblem(line: 1, reason: .noNameColumn(headers: ["Afdeling", "Functie"]))])
        #expect(noName.problems[0].isAboutFile)
        let openHeader = RosterCSV.parse("\"Naam;Afdeling\nA;B\n")
        #expect(openHeader.rows.isEmpty)
        #expect(openHeader.problems == [RosterProblem(line: 1, reason: .unterminatedQuote)])
    }

    @Test("Windows-1252 (Excel's plain CSV) is read as such, and said so")
    func windows1252() {
        var bytes = Array("Naam;Afdeling\r\nZo".utf8) + [0xEB] + Array(";Caf".utf8) + [0xE9] + Array("\r\n".utf8)
        bytes += Array("Jos".utf8) + [0x92] + Array(";Bar\r\n".utf8)
        let result = RosterCSV.parse(bytes)
        #expect(result.encoding == .windows1252)
        #expect(Self.summary(result) == [["Zoë", "Café", "-", "-"], ["Jos\u{2019}", "Bar", "-", "-"]])
        #expect(result.problems == [RosterProblem(line: 2, reason: .readAsWindows1252)])
    }

    @Test("stray bytes in UTF-8 are replaced, one problem on the first line with one")
    func invalidUTF8() {
        let bytes = Array("Naam;Afdeling\nZoë;Bar\nAn".utf8) + [0xFF] + Array("na;Bar\nBr".utf8) + [0xC3] + Array("m;Bar\n".utf8)
        let result = RosterCSV.parse(bytes)
        #expect(result.encoding == .utf8WithReplacements)
        #expect(result.rows.map(\.name) == ["Zoë", "An\u{FFFD}na", "Br\u{FFFD}m"])
        #expect(result.problems == [RosterProblem(line: 3, reason: .invalidUTF8)])
    }

    @Test("UTF-16 with a byte order mark (Excel's Unicode text)")
    func utf16() {
        let text = "Naam\tAfdeling\r\nZoë\tBar\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, big] {
            let result = RosterCSV.parse(bytes)
            #expect(result.encoding == .utf16)
            #expect(Self.summary(result) == [["Zoë", "Bar", "-", "-"]])
        }
    }

    @Test("an apostrophe that protected a formula on export is taken off")
    func apostrophe() {
        let result = RosterCSV.parse("Naam;Afdeling;Personeelsnummer\n'=Anna;'-;'+31\nO'Brien;'Bar;1\n")
        #expect(Self.summary(result) == [["=Anna", "-", "-", "+31"], ["O'Brien", "'Bar", "-", "1"]])
    }

    @Test("mangled input never crashes the parser and every line it reports exists")
    func fuzz() {
        let valid = Array(#"""
            \#u{FEFF}Naam;Afdeling;E-mail;Personeelsnummer
            "Vries; Anna de";"Receptie ""A""";a@x.nl;1
            "Bram
            Bakker";Bar;b@x.nl;2
            Zoë Brontë;Keuken;z@x.nl;3
            Voornaam;"";;

            """#.utf8)
        var generator = SplitMix64(seed: 0x5167_6E61_616C)
        for iteration in 0..<2_000 {
            var bytes: [UInt8]
            switch iteration % 4 {
            case 0:
                bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 1:
                // Random bytes drawn mostly from CSV's own characters.
                let alphabet = Array("\";,\t\r\n a'=".utf8) + [0xC3, 0xA9, 0xFF, 0x00]
                bytes = Array("Naam;Afdeling\n".utf8) + (0..<Int.random(in: 0...400, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            default:
                bytes = valid
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    guard !bytes.isEmpty else { break }
                    let at = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<5, using: &generator) {
                    case 0: bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
                    case 1: bytes.insert(UInt8(ascii: "\""), at: at)
                    case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &generator)))
                    case 3: bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: Int.random(in: 1_000...5_000, using: &generator)), at: at)
                    default: bytes.insert([UInt8(ascii: ";"), 0x0A, 0x0D].randomElement(using: &generator)!, at: at)
                    }
                }
            }
            if iteration == 1_999 {
                // An unclosed quote before a 2 MB field.
                bytes = valid + Array("\"Open;".utf8) + [UInt8](repeating: UInt8(ascii: "y"), count: 2_000_000)
            }
            check(bytes, iteration)
        }
    }

    private func check(_ bytes: [UInt8], _ iteration: Int) {
        let result = RosterCSV.parse(bytes)
        let decoded = RosterText.decode(bytes).bytes
        let lines = RosterText.lineNumber(at: decoded.count, in: decoded)
        for problem in result.problems {
            #expect((1...lines).contains(problem.line), "case \(iteration): \(problem) of \(lines) lines")
        }
        var previous = 0
        for row in result.rows {
            #expect(row.line > previous && row.line <= lines, "case \(iteration): row on line \(row.line) after \(previous), of \(lines)")
            previous = row.line
            #expect(LearnerName.validate(row.name) == .success(row.name), "case \(iteration): \(row.name.debugDescription)")
            for field in [row.department, row.email, row.staffNumber].compactMap({ $0 }) {
                #expect(!field.isEmpty && field.unicodeScalars.count <= RosterCSV.maximumFieldLength, "case \(iteration)")
            }
        }
    }
}
