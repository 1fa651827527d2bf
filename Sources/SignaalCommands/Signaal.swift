import Foundation
import SignaalCore

/// The version shown by `signaal --version`.
public let signaalVersion = "0.1.0"

/// What `main` should do after the command line was read.
public enum Launch {
    /// Run the full-screen interface with this content and language.
    case interface(ContentBundle, Language)
    /// Exit with this code; everything has been printed.
    case exit(ExitCode)
}

/// The command line: parses the words and runs every command that does not
/// need a terminal. The TUI itself is started by `main`, so this target
/// stays free of ncurses and fully testable.
public struct SignaalCommandLine {
    public var console: Console
    public var environment: [String: String]
    public var executable: URL?
    /// Whether stdin and stdout are both terminals.
    public var interactive: Bool

    public init(console: Console, environment: [String: String], executable: URL?, interactive: Bool) {
        self.console = console
        self.environment = environment
        self.executable = executable
        self.interactive = interactive
    }

    static let commonValued: Set<String> = ["content", "lang"]
    static let commonFlags: Set<String> = ["help"]

    public func run(_ words: [String]) -> Launch {
        let command = words.first.flatMap { $0.hasPrefix("-") ? nil : $0 }
        let rest = command == nil ? words : Array(words.dropFirst())
        switch command {
        case nil:
            return runDefault(rest)
        case "validate":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: "validate", validating: true) { _, _, _ in .ok })
        case "assess":
            return .exit(withContent(rest, spec: AssessCommand.spec, help: "assess") { content, language, arguments in
                AssessCommand(content: content, language: language, console: console).run(arguments)
            })
        case "help":
            return .exit(withContent(Array(rest.dropFirst()), spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: nil) { content, language, _ in
                printHelp(content, language, topic: rest.first)
            })
        default:
            console.err("signaal: unknown command \"\(command ?? "")\" (commands: validate, assess, help). Try: signaal --help\n")
            return .exit(.usage)
        }
    }

    /// `signaal`, `signaal --plain`, `--help`, `--version`.
    func runDefault(_ words: [String]) -> Launch {
        let spec = Arguments.Spec(valued: Self.commonValued.union(["role", "checklist"]), flags: Self.commonFlags.union(["plain", "version"]))
        if words.contains("--version") {
            console.out("signaal \(signaalVersion)\n")
            return .exit(.ok)
        }
        var launch: Launch = .exit(.ok)
        let code = withContent(words, spec: spec, help: "main") { content, language, arguments in
            if arguments.has("plain") {
                return PlainDialogue(content: content, language: language, console: console)
                    .run(role: arguments.value("role"), checklist: arguments.value("checklist"))
            }
            guard interactive else {
                console.err(content.strings("cli.notTerminal", language))
                return .usage
            }
            launch = .interface(content, language)
            return .ok
        }
        if case .interface = launch, code == .ok { return launch }
        return .exit(code)
    }

    /// Parses, finds and loads the content, prints problems, then runs `body`.
    func withContent(_ words: [String], spec: Arguments.Spec, help: String?, validating: Bool = false,
                     _ body: (ContentBundle, Language, Arguments) -> ExitCode) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments.parse(words, spec: spec)
        } catch {
            console.err("signaal: \(error.message). Try: signaal \(help.map { $0 == "main" ? "" : $0 + " " } ?? "")--help\n")
            return .usage
        }
        if let code = arguments.value("lang"), Language.interfaceLanguage(code) == nil || code.count != 2 {
            console.err("signaal: --lang must be nl or en, not \"\(code)\"\n")
            return .usage
        }
        let language = Language.preferred(explicit: arguments.value("lang"), environment: environment)
        let locator = ContentLocator(explicit: arguments.value("content"), environment: environment, executable: executable)
        guard let root = locator.locate() else {
            console.err(locator.notFoundMessage)
            return .failure
        }
        let result = ContentLoader.load(from: root, displayRoot: displayPath(root))
        if validating {
            return report(result, language: language)
        }
        guard let content = result.bundle else {
            for problem in result.problems { console.err("\(problem)\n") }
            console.err("signaal: the content has \(result.problems.count) problem(s); fix them and run: signaal validate\n")
            return .failure
        }
        if arguments.has("help") {
            return printHelp(content, language, topic: help)
        }
        return body(content, language, arguments)
    }

    func report(_ result: ContentLoadResult, language: Language) -> ExitCode {
        guard let content = result.bundle else {
            for problem in result.problems { console.out("\(problem)\n") }
            console.err("\(result.problems.count) problem(s) found.\n")
            return .failure
        }
        let signals = content.checklists.reduce(0) { $0 + $1.signals.count }
        console.out(content.strings("cli.valid", language, [
            "files": "\(result.fileCount)", "checklists": "\(content.checklists.count)", "signals": "\(signals)",
            "contacts": "\(content.contacts.count)", "steps": "\(content.steps.count)",
        ]) + "\n")
        return .ok
    }

    func printHelp(_ content: ContentBundle, _ language: Language, topic: String?) -> ExitCode {
        let key = "cli.help." + (topic ?? "main")
        guard content.strings.values[key] != nil else {
            console.err("signaal: no help on \"\(topic ?? "")\" (topics: main, validate, assess)\n")
            return .usage
        }
        console.out(content.strings(key, language, ["version": signaalVersion]) + "\n")
        return .ok
    }

    /// The content path as the user would type it: relative when under the
    /// working directory.
    func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
