import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// Messages about records and rosters in the user's language, not English in Dutch mode.
@Suite("Messages in Dutch and English")
struct DutchMessageTests {
    @Test("a damaged records file is announced in Dutch in Dutch mode, in English in English mode")
    func corruptNotice() throws {
        for (language, expected) in [("nl", "kon niet worden gelezen en is onveranderd verplaatst naar"), ("en", "could not be read and was moved to")] {
            let data = DataFolder()
            try FileManager.default.createDirectory(atPath: data.path, withIntermediateDirectories: true)
            try Data("garbage{".utf8).write(to: URL(fileURLWithPath: data.path).appendingPathComponent(TrainingRecordsFile.name))
            let run = Run.signaal(["verify", "ABCD234EFG", "--lang", language, "--data", data.path])
            #expect(run.err.contains(expected), "\(run.err)")
        }
    }

    @Test("roster problems in Dutch: \"de naam is leeg\"")
    func rosterProblems() throws {
        let data = DataFolder()
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-roster-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try Data("Naam;Afdeling\n;Keuken\nAnna;Bar\nAnna;Bar\n".utf8).write(to: csv)
        #expect(Run.signaal(["org", "create", "Hotel Zee", "--lang", "nl", "--data", data.path]).code == .ok)
        let run = Run.signaal(["org", "import-roster", "hotel-zee", csv.path, "--lang", "nl", "--data", data.path])
        #expect(run.err.contains(":2: de naam is leeg"), "\(run.err)")
        #expect(run.err.contains(":4: dezelfde persoon als regel 3"), "\(run.err)")
    }

    @Test("assess usage errors in Dutch", arguments: [
        (["assess", "--checklist", "nope"], "signaal assess: onbekende signalenlijst \"nope\""),
        (["assess", "--checklist", "criminal-exploitation", "--minor", "--adult"], "kies --minor of --adult, niet allebei"),
        (["assess", "--checklist", "criminal-exploitation", "--role", "pilot"], "onbekende rol \"pilot\""),
        (["assess", "--checklist", "criminal-exploitation", "--format", "xml"], "--format moet text | json | markdown | pdf | txt zijn"),
    ])
    func assessDutch(words: [String], expected: String) {
        let run = Run.signaal(words + ["--lang", "nl"])
        #expect(run.code == .usage)
        #expect(run.err.contains(expected), "\(run.err)")
    }

    @Test("every store error and roster problem has Dutch and English words")
    func everyKind() {
        let kinds: [StoreError.Kind] = [.cannotCreateFolder, .permissionDenied, .diskFull, .lockFailed, .cannotRead, .cannotWrite,
                                        .cannotMoveAside, .cannotEncode, .notDurable]
        for language in [Language.dutch, .english] {
            let wording = RecordWording(content: ShippedModules.bundle, language: language)
            for kind in kinds {
                let text = wording.store(StoreError(kind, path: "/x/records.json", reason: "No space left on device"))
                #expect(text.contains("/x/records.json") && text.contains("No space left") && !text.contains("{"), "\(kind): \(text)")
                if language == .dutch {
                    // The system speaks English: its words stand apart, after the Dutch sentence.
                    #expect(text.hasSuffix("(Melding van het systeem: No space left on device.)"), "\(kind): \(text)")
                }
            }
            let problems: [RosterProblem.Reason] = [.emptyName, .nameControlCharacters, .nameTooLong(maximum: 200), .controlCharacters(column: .email),
                                                    .fieldTooLong(column: .department, maximum: 200), .tooManyFields(found: 4, expected: 3),
                                                    .unterminatedQuote, .duplicateInFile(firstLine: 2), .noHeader, .noNameColumn(headers: ["X"]),
                                                    .invalidUTF8, .readAsWindows1252]
            for reason in problems {
                let text = wording.rosterProblem(RosterProblem(line: 3, reason: reason))
                #expect(ShippedModules.bundle.strings.values["roster.problem.\(RosterProblem(line: 3, reason: reason).code)"] != nil)
                #expect(!text.contains("{"), "\(reason): \(text)")
            }
        }
        #expect(RecordWording(content: ShippedModules.bundle, language: .dutch).store(StoreError(.diskFull, path: "p", reason: "r")).hasPrefix("De schijf is vol"))
    }

    @Test("class with a module that does not exist says it is unknown (it asked to name one); without one it asks for one")
    func classUnknownModule() {
        let unknown = Run.signaal(["class", "buit-jeugd", "--lang", "nl"])
        #expect(unknown.code == .usage)
        #expect(unknown.err.contains("onbekende training \"buit-jeugd\""), "\(unknown.err)")
        #expect(unknown.err.contains("buit-youth"))
        let none = Run.signaal(["class", "--lang", "en"])
        #expect(none.code == .usage)
        #expect(none.err.contains("name a module: "), "\(none.err)")
    }
}
