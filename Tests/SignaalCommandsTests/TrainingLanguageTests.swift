import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// Hotel staff train in Polish, Romanian or Spanish: the words around the
/// module are theirs too, English where a word has no translation, never Dutch.
@Suite("Training languages")
struct TrainingLanguageTests {
    /// Dutch interface texts a training can show, cut at placeholders into
    /// pieces long enough to be recognised.
    static var dutchPieces: [String] {
        let strings = ShippedModules.bundle.strings.values
        return strings.keys.filter(InterfaceTranslations.usedInTraining).flatMap { key -> [String] in
            guard let text = strings[key], let dutch = text.values["nl"], dutch != text.values["en"] else { return [] }
            // Command syntax ("--module") is the same in every language.
            return dutch.split(whereSeparator: { "{}".contains($0) }).map(String.init).filter { $0.count >= 8 && !$0.contains("--") }
        }
    }

    @Test("a whole run of the hotel module in --plain shows no Dutch instruction", arguments: ["pl", "ro", "es"])
    func plainRun(language: String) throws {
        let module = try #require(ShippedModules.bundle.module("no-room-hotel"))
        #expect(module.languages.contains(language))
        let run = Run.signaal(["train", "no-room-hotel", "--learner", "Ana Pop", "--plain", "--data", DataFolder().path, "--lang", language],
                              input: PlainAnswers.passing("no-room-hotel", learner: "Ana Pop"))
        #expect(run.code == .ok, "\(run.err)")
        let strings = ShippedModules.bundle.strings
        #expect(run.out.contains(strings("training.passed", Language(language))))
        #expect(run.out.contains("(" + strings("training.reviewNote", Language(language)) + ")"))
        // The instructions a Polish learner saw in Dutch ("Kies 1–3", "Goed: …", the review note) …
        for key in ["plain.choose", "plainTraining.correct", "training.reviewNote", "plainTraining.continue"] {
            let dutch = try #require(strings.values[key]?.values["nl"]).split(separator: "{").first.map(String.init) ?? ""
            #expect(!run.out.contains(dutch), "\(key) in Dutch: \(dutch)")
        }
        // … and no other Dutch piece of a training string.
        let dutch = Self.dutchPieces.filter { run.out.contains($0) || run.err.contains($0) }
        #expect(dutch.isEmpty, "Dutch in a \(language) run: \(dutch)")
    }

    @Test("validate warns about training words a module's language still lacks, and still passes")
    func validateWarning() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Run.content), to: copy)
        let file = copy.appendingPathComponent("translations/ro.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.split(separator: "\n").filter { !$0.contains("\"training.passed\"") }.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = Run.signaal(["validate", "--lang", "en", "--content", copy.path], withContent: false)
        #expect(run.code == .ok, "\(run.out)\(run.err)")
        #expect(run.err.contains("translations/ro.json: warning: a training is written in \"ro\", but 1 word(s)"), "\(run.err)")
        #expect(run.err.contains("English is shown there: training.passed"))
    }

    @Test("--lang accepts pl, ro and es; other screens then speak English")
    func langOption() {
        let modules = Run.signaal(["modules", "--lang", "pl"])
        #expect(modules.code == .ok)
        #expect(modules.out.contains("pass at 60%"), "English, not Dutch: \(modules.out)")
        let refused = Run.signaal(["modules", "--lang", "de"])
        #expect(refused.code == .usage)
        #expect(refused.err.contains("pl, ro, es"))
    }

    @Test("a module without the language is done in English")
    func fallbackModule() {
        let run = Run.signaal(["train", "buit-youth", "--learner", "Ana Pop", "--plain", "--data", DataFolder().path, "--lang", "pl"],
                              input: ["q"])
        #expect(run.code == .ok, "\(run.err)")
        #expect(run.out.contains("Enter to go on, q to stop:") || run.out.contains("Choose 1–"), "\(run.out.prefix(600))")
    }

    @Test("--help names the languages the hotel training and card also take, in Dutch and English")
    func helpNamesHotelLanguages() {
        for language in ["nl", "en"] {
            let run = Run.signaal(["--help", "--lang", language])
            #expect(run.out.contains("pl, ro " + (language == "nl" ? "of" : "or") + " es:"), "\(run.out)")
        }
    }

    @Test("card --lang pl|ro|es: the hotel card is saved with a message in that language, not in English", arguments: ["pl", "ro", "es"])
    func cardMessage(language: String) throws {
        let data = DataFolder()
        try FileManager.default.createDirectory(atPath: data.path, withIntermediateDirectories: true)
        let run = Run.signaal(["card", "--role", "hotel-staff", "--lang", language, "--out", data.path + "/card.pdf"])
        #expect(run.code == .ok, "\(run.err)")
        let saved = ShippedModules.bundle.strings("card.written", Language(language), ["paths": data.path + "/card.pdf"])
        #expect(run.out.contains(saved) && !run.out.contains("Pocket card saved"), "\(run.out)")
    }
}
