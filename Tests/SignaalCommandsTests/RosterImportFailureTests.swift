import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// An import that cannot import anybody exits 1 and leaves the records file
/// exactly as it was.
@Suite("Roster import failures")
struct RosterImportFailureTests {
    static func file(_ bytes: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv")
        try bytes.write(to: url)
        return url
    }

    @Test("empty, no header, no name column, UTF-16 without BOM: exit 1, nothing written, said in the user's language")
    func failedImports() throws {
        let data = DataFolder()
        let d = ["--data", data.path]
        #expect(Run.signaal(["org", "create", "Hotel A"] + d).code == .ok)
        let records = URL(fileURLWithPath: data.path).appendingPathComponent("records/organisations/hotel-a.roster")
        let before = try Data(contentsOf: records)
        let modified = try FileManager.default.attributesOfItem(atPath: records.path)[.modificationDate] as? Date
        let inputs: [(Data, String)] = [
            (Data(), "het bestand is leeg"),
            (Data("\n\n  \n".utf8), "het bestand is leeg"),
            (Data("Foo;Bar\nJan;X\n".utf8), "geen kolom met namen onder \"Foo\", \"Bar\""),
            ("Naam;Afdeling\nJan;X\n".data(using: .utf16LittleEndian) ?? Data(), "UTF-16 zonder byte order mark"),
            (Data("Naam;Afdeling\n".utf8), "Er is niets geïmporteerd"),
        ]
        for (bytes, message) in inputs {
            let url = try Self.file(bytes)
            defer { try? FileManager.default.removeItem(at: url) }
            let run = Run.signaal(["org", "import-roster", "hotel-a", url.path, "--lang", "nl"] + d)
            #expect(run.code == .failure, "\(message): \(run.out)")
            #expect(run.err.contains(message), "\(run.err)")
            #expect(run.err.contains("Er is niets geïmporteerd en niets bewaard"))
        }
        #expect(try Data(contentsOf: records) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: records.path)[.modificationDate] as? Date == modified,
                "the records file was not rewritten")
    }

    @Test("a comma row in a semicolon file is reported on its line in English too; the good rows import")
    func commaRow() throws {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        #expect(Run.signaal(["org", "create", "Hotel A"] + d).code == .ok)
        let url = try Self.file(Data("Naam;Afdeling;E-mail\nJan Jansen,Receptie,jan@x.nl\nPiet;Keuken;p@x.nl\n".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let run = Run.signaal(["org", "import-roster", "hotel-a", url.path] + d)
        #expect(run.code == .ok)
        #expect(run.err.contains(".csv:2: the fields are separated by ',' while the header uses ';'"), "\(run.err)")
        #expect(run.out.contains("1 added"))
    }
}
