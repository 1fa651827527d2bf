import Foundation
import Testing
@testable import SignaalCommands

/// Runs the command line in-process with a recording console.
final class Recorder: @unchecked Sendable {
    var out = ""
    var err = ""
    var input: [String]

    init(input: [String] = []) { self.input = input }

    var console: Console {
        Console(out: { self.out += $0 }, err: { self.err += $0 }, readLine: {
            guard !self.input.isEmpty else { return nil }
            return self.input.removeFirst()
        })
    }
}

enum Run {
    static let content = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path

    /// Runs `words` (with `--content` pointing at the shipped content unless
    /// `withContent` is false) and returns the exit code and output.
    static func signaal(_ words: [String], input: [String] = [], interactive: Bool = false,
                        environment: [String: String] = [:], withContent: Bool = true) -> (code: ExitCode?, launch: Launch, out: String, err: String) {
        let recorder = Recorder(input: input)
        let line = SignaalCommandLine(console: recorder.console, environment: environment, executable: nil, interactive: interactive)
        let launch = line.run(words + (withContent ? ["--content", content] : []))
        var code: ExitCode?
        if case .exit(let c) = launch { code = c }
        return (code, launch, recorder.out, recorder.err)
    }

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

@Suite("Command line")
struct CommandLineTests {
    @Test("--version and --help")
    func versionAndHelp() {
        let version = Run.signaal(["--version"], withContent: false)
        #expect(version.code == .ok)
        #expect(version.out.hasPrefix("signaal "))
        let help = Run.signaal(["--help", "--lang", "en"])
        #expect(help.code == .ok)
        #expect(help.out.contains("signaal assess"))
        #expect(help.out.contains("Exit codes"))
        let dutch = Run.signaal(["--help", "--lang", "nl"])
        #expect(dutch.out.contains("Afsluitcodes"))
        #expect(Run.signaal(["assess", "--help", "--lang", "en"]).out.contains("--signal ID"))
        #expect(Run.signaal(["help", "validate", "--lang", "en"]).out.contains("path:line"))
    }

    @Test("--help names every command, and every help topic it offers exists", arguments: ["nl", "en"])
    func helpIsComplete(language: String) throws {
        let help = Run.signaal(["--help", "--lang", language]).out
        for command in CommandWord.commands {
            #expect(help.contains("  signaal \(command) "), "--help (\(language)) does not name `\(command)`")
        }
        let line = try #require(help.split(separator: "\n").first { $0.contains("signaal help [") })
        let topics = try #require(line.split(separator: "[").dropFirst().first?.split(separator: "]").first)
        for topic in topics.split(separator: "|") {
            #expect(Run.signaal(["help", String(topic), "--lang", language]).code == .ok, "help \(topic)")
        }
    }

    @Test("usage errors exit with 2 and say what is wrong")
    func usageErrors() {
        let unknownCommand = Run.signaal(["frobnicate"])
        #expect(unknownCommand.code == .usage)
        #expect(unknownCommand.err.contains("frobnicate"))
        let unknownOption = Run.signaal(["assess", "--bogus"])
        #expect(unknownOption.code == .usage)
        #expect(unknownOption.err.contains("--bogus"))
        #expect(Run.signaal(["--lang", "fr"]).code == .usage)
        #expect(Run.signaal(["assess", "--checklist"]).code == .usage, "an option without its value")
    }

    @Test("--data, which --help lists for every command, is taken by every command (ignored where nothing is kept)",
          arguments: [["modules"], ["class", "buit-youth", "--help"], ["validate"], ["manual"], ["card", "--help"],
                      ["assess", "--checklist", "criminal-exploitation", "--list"]])
    func dataEverywhere(words: [String]) {
        let run = Run.signaal(words + ["--data", "/nonexistent/signaal-data", "--lang", "en"])
        #expect(run.code == .ok, "\(words): \(run.err)")
    }

    @Test("--help after any command helps (the main help where the command has no page of its own), as the errors advise",
          arguments: CommandWord.commands)
    func helpAfterEveryCommand(command: String) {
        let run = Run.signaal([command, "--help", "--lang", "en"])
        #expect(run.code == .ok, "\(command): \(run.err)")
        #expect(run.out.contains("signaal"))
    }

    @Test("an empty --data (a script's unset variable) is a usage error, not the home folder's records")
    func emptyData() {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let run = Run.signaal(["org", "create", "Hotel", "--data", "", "--lang", "en"], environment: ["HOME": home.path])
        #expect(run.code == .usage)
        #expect(run.err.contains("--data needs a folder"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: home.path), "nothing made in the home folder")
    }

    @Test("help on an unknown topic names the topics there are")
    func unknownTopic() {
        let run = Run.signaal(["help", "frobnicate", "--lang", "en"])
        #expect(run.code == .usage)
        #expect(run.err.contains("assess, card, lrs, main, validate"), "\(run.err)")
    }

    @Test("the interface is refused without a terminal, pointing to --plain")
    func notInteractive() {
        let run = Run.signaal([], interactive: false)
        #expect(run.code == .usage)
        #expect(run.err.contains("--plain"))
        let interactive = Run.signaal([], interactive: true)
        guard case .interface = interactive.launch else {
            Issue.record("with a terminal, the interface should start")
            return
        }
    }

    @Test("missing content: one clear error naming where it looked, exit 1")
    func missingContent() {
        let run = Run.signaal(["validate", "--content", "/nonexistent/signaal"], withContent: false)
        #expect(run.code == .failure)
        #expect(run.err.contains("/nonexistent/signaal"))
        #expect(run.err.contains("SIGNAAL_CONTENT"))
        let fromEnvironment = Run.signaal(["validate"], environment: ["SIGNAAL_CONTENT": "/also/missing"], withContent: false)
        #expect(fromEnvironment.code == .failure)
        #expect(fromEnvironment.err.contains("/also/missing"))
    }

    @Test("validate passes on the shipped content with a one-line summary")
    func validateShipped() {
        let run = Run.signaal(["validate", "--lang", "en"])
        #expect(run.code == .ok)
        #expect(run.out.hasPrefix("Content is valid"))
        #expect(run.out.split(separator: "\n").count == 1)
        #expect(run.out.contains("Advice cases: "), "the cases in Content/cases are checked too")
    }

    @Test("the language comes from --lang, then LC_ALL / LC_MESSAGES / LANG, else Dutch")
    func languageChoice() {
        #expect(Run.signaal(["validate"], environment: ["LANG": "en_GB.UTF-8"]).out.hasPrefix("Content is valid"))
        #expect(Run.signaal(["validate"], environment: ["LC_ALL": "nl_NL.UTF-8", "LANG": "en_US"]).out.hasPrefix("Inhoud in orde"))
        #expect(Run.signaal(["validate"], environment: ["LANG": "C.UTF-8"]).out.hasPrefix("Inhoud in orde"))
        #expect(Run.signaal(["validate"]).out.hasPrefix("Inhoud in orde"))
        #expect(Run.signaal(["validate", "--lang", "en"], environment: ["LANG": "nl_NL"]).out.hasPrefix("Content is valid"))
    }
}

@Suite("assess")
struct AssessTests {
    @Test("--list gives every signal with id, group, strength, kind, text and sources, and the context questions")
    func list() {
        let run = Run.signaal(["assess", "--checklist", "criminal-exploitation", "--list", "--format", "json", "--lang", "en"])
        #expect(run.code == .ok)
        let json = Run.json(run.out)
        let signals = json["signals"] as? [[String: Any]] ?? []
        #expect(signals.count >= 25)
        for signal in signals {
            for key in ["id", "group", "strength", "kind", "text", "sources"] {
                #expect(signal[key] != nil, "signal without \(key)")
            }
        }
        let context = (json["context"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(context == ["minor", "acute"])
    }

    @Test("a result as JSON has the documented fields, strongest signal first")
    func resultJSON() {
        let run = Run.signaal(["assess", "--checklist", "criminal-exploitation", "--signal", "ce-truancy", "--signal", "ce-threats",
                               "--signal", "ce-bank-card", "--adult", "--role", "teacher", "--format", "json", "--lang", "en"])
        #expect(run.code == .ok)
        let json = Run.json(run.out)
        #expect(json["level"] as? String == "serious")
        #expect(json["levelRank"] as? Int == 2)
        #expect((json["score"] as? Int).map { (0...100).contains($0) } == true)
        let contributing = json["contributing"] as? [String] ?? []
        #expect(Set(contributing) == ["ce-truancy", "ce-threats", "ce-bank-card"])
        #expect(contributing.last == "ce-truancy", "the weak signal comes last")
        let referral = json["referral"] as? [[String: Any]] ?? []
        #expect(!referral.isEmpty)
        #expect(referral.allSatisfy { $0["text"] is String && $0["contacts"] is [[String: Any]] })
        let phones = referral.flatMap { ($0["contacts"] as? [[String: Any]] ?? []).compactMap { $0["phone"] as? String } }
        #expect(phones.contains("0900-8844"))
    }

    @Test("acute danger: level acute, and the first step gives 112")
    func acute() {
        let run = Run.signaal(["assess", "--checklist", "criminal-exploitation", "--acute", "--format", "json"])
        let json = Run.json(run.out)
        #expect(json["level"] as? String == "acute")
        let first = (json["referral"] as? [[String: Any]])?.first
        let phones = (first?["contacts"] as? [[String: Any]] ?? []).compactMap { $0["phone"] as? String }
        #expect(phones == ["112"])
    }

    @Test("unknown ids: exit 2 with the valid ones listed")
    func unknownIDs() {
        let checklist = Run.signaal(["assess", "--checklist", "nope"])
        #expect(checklist.code == .usage)
        #expect(checklist.err.contains("criminal-exploitation"))
        let signal = Run.signaal(["assess", "--checklist", "criminal-exploitation", "--signal", "ce-nope"])
        #expect(signal.code == .usage)
        #expect(signal.err.contains("ce-nope"))
        #expect(signal.err.contains("ce-threats"))
        let role = Run.signaal(["assess", "--checklist", "criminal-exploitation", "--role", "pilot"])
        #expect(role.code == .usage)
        #expect(role.err.contains("youth-worker"))
        #expect(Run.signaal(["assess", "--checklist", "criminal-exploitation", "--minor", "--adult"]).code == .usage)
        #expect(Run.signaal(["assess", "--checklist", "criminal-exploitation", "--format", "xml"]).code == .usage)
    }

    @Test("text output states the disclaimer")
    func textDisclaimer() {
        let run = Run.signaal(["assess", "--checklist", "criminal-exploitation", "--signal", "ce-threats", "--lang", "en"])
        #expect(run.code == .ok)
        #expect(run.out.contains("not a determination"))
    }
}

@Suite("--plain")
struct PlainTests {
    @Test("a whole dialogue: role, signals, explanation, age, acute, result")
    func dialogue() {
        let run = Run.signaal(["--plain", "--lang", "en"], input: ["1", "1", "? 3", "3 8", "99", "", "1", "2"])
        #expect(run.code == .ok)
        #expect(run.out.contains("Who are you?"))
        #expect(run.out.contains("Checked: 3 8"))
        #expect(run.out.contains("Type numbers from 1 to"))
        #expect(run.out.contains("WHAT YOU CAN DO NOW"))
        #expect(run.out.contains("0800-2000"), "a minor gets Veilig Thuis")
        #expect(run.out.contains("not a determination"))
    }

    @Test("typing a number again unchecks it")
    func untoggle() {
        let run = Run.signaal(["--plain", "--lang", "en", "--role", "teacher"], input: ["1", "3 8", "3", "", "2", "2"])
        #expect(run.out.contains("Checked: 8\n"))
    }

    @Test("input that ends early: exit 1, a clear message, nothing stored")
    func endOfInput() {
        let run = Run.signaal(["--plain", "--lang", "en"], input: ["1", "3"])
        #expect(run.code == .failure)
        #expect(run.err.contains("Nothing was stored"))
    }

    @Test("invalid choices are asked again")
    func invalidChoice() {
        let run = Run.signaal(["--plain", "--lang", "en"], input: ["x", "9", "1", "1", "", "3", "1"])
        #expect(run.code == .ok)
        #expect(run.out.components(separatedBy: "I do not understand").count == 3)
        #expect(run.out.contains("ACUTE"))
    }
}

@Suite("Arguments")
struct ArgumentsTests {
    let spec = Arguments.Spec(valued: ["signal", "lang"], flags: ["acute"])

    @Test func forms() throws {
        let parsed = try Arguments.parse(["--signal", "a", "--signal=b", "--acute", "word", "--", "--not-an-option"], spec: spec)
        #expect(parsed.values("signal") == ["a", "b"])
        #expect(parsed.has("acute"))
        #expect(parsed.positionals == ["word", "--not-an-option"])
    }

    @Test func problems() {
        #expect(throws: Arguments.Problem.self) { try Arguments.parse(["--signal"], spec: spec) }
        #expect(throws: Arguments.Problem.self) { try Arguments.parse(["--acute=yes"], spec: spec) }
        #expect(throws: Arguments.Problem.self) { try Arguments.parse(["--what"], spec: spec) }
    }
}
