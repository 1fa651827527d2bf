import Foundation
import Testing
@testable import SignaalCommands

/// Global options anywhere; a misspelt command gets a suggestion in the
/// user's language and exit 2; option errors in the user's language.
@Suite("Command word")
struct CommandWordTests {
    @Test("options before the command are read as options, not as the start of the interface")
    func optionsFirst() {
        let run = Run.signaal(["--lang", "en", "modules"], interactive: true)
        #expect(run.code == .ok)
        #expect(run.out.contains("pass at 60%"), "English module list: \(run.out)")
        let org = Run.signaal(["--data", DataFolder().path, "--lang", "en", "org", "list"], interactive: true)
        #expect(org.code == .ok, "\(org.err)")
        let help = Run.signaal(["--lang", "en", "help", "assess"])
        #expect(help.code == .ok && help.out.contains("signaal assess --checklist"))
    }

    @Test("split finds the command after options and their values")
    func split() {
        #expect(CommandWord.split(["--lang", "en", "modules", "--format", "json"]) == ("modules", ["--lang", "en", "--format", "json"]))
        #expect(CommandWord.split(["--data", "verify", "--plain"]).command == nil, "an option's value is not the command")
        #expect(CommandWord.split(["--lang=en", "org", "status", "x"]) == ("org", ["--lang=en", "status", "x"]))
    }

    @Test("an unknown command: did you mean, in the user's language, exit 2", arguments: [
        (["--lang", "en", "modlues"], "unknown command \"modlues\". Did you mean \"modules\"?"),
        (["--lang", "nl", "modlues"], "onbekende opdracht \"modlues\". Bedoel je \"modules\"?"),
        (["valdiate", "--lang", "en"], "Did you mean \"validate\"?"),
        (["cert", "--lang", "en"], "Did you mean \"certificate\"?"),
    ])
    func unknownCommand(words: [String], expected: String) {
        let run = Run.signaal(words, interactive: true)
        #expect(run.code == .usage)
        #expect(run.err.contains(expected), "\(run.err)")
    }

    @Test("no suggestion for a word far from every command")
    func noSuggestion() {
        #expect(CommandWord.suggestion(for: "xyzzy") == nil)
        let run = Run.signaal(["xyzzy", "--lang", "en"])
        #expect(run.code == .usage && !run.err.contains("Did you mean"))
    }

    @Test("option problems and usage errors speak Dutch in Dutch mode")
    func dutchErrors() {
        #expect(Run.signaal(["modules", "--what", "--lang", "nl"]).err == "signaal: onbekende optie --what. Zie: signaal modules --help\n")
        #expect(Run.signaal(["assess", "--signal", "--lang", "nl"]).err.contains("--signal heeft een waarde nodig"))
        #expect(Run.signaal(["train", "nope", "--lang", "nl"]).err.hasPrefix("signaal train: onbekende training \"nope\""))
        #expect(Run.signaal(["certificate", "--lang", "nl"]).err.contains("--learner NAAM is nodig"))
    }
}
