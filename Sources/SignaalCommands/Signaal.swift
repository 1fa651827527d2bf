import Foundation
import SignaalCore
import SignaalUI

/// The version shown by `signaal --version`.
public let signaalVersion = "0.1.0"

/// What `main` should do after the command line was read.
public enum Launch {
    /// Run the full-screen interface.
    case interface(SignaalApp)
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
        case "modules":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(["format"]), flags: Self.commonFlags), help: "modules") { content, language, arguments in
                training(content, language).modules(arguments)
            })
        case "certificate":
            let spec = Arguments.Spec(valued: Self.commonValued.union(["learner", "module", "organisation", "out", "format", "data"]), flags: Self.commonFlags)
            return .exit(withContent(rest, spec: spec, help: "certificate") { content, language, arguments in
                training(content, language).certificate(arguments)
            })
        case "verify":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(["data"]), flags: Self.commonFlags), help: "verify") { content, language, arguments in
                training(content, language).verify(arguments)
            })
        case "train":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(["learner", "organisation", "data", "text-lang"]), flags: Self.commonFlags.union(["plain"])), help: "train") { content, language, arguments in
                runTrain(content, language, arguments)
            })
        case "class":
            var launch: Launch = .exit(.ok)
            let code = withContent(rest, spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: "class") { content, language, arguments in
                guard let id = arguments.positionals.first, let module = content.module(id) else {
                    console.err("signaal class: name a module: \(content.modules.map(\.id).joined(separator: ", "))\n")
                    return .usage
                }
                guard interactive else {
                    console.err(content.strings("cli.notTerminal", language))
                    return .usage
                }
                launch = .interface(SignaalApp(classroom: module, content: content, language: language))
                return .ok
            }
            if case .interface = launch, code == .ok { return launch }
            return .exit(code)
        case "org":
            return .exit(withContent(rest, spec: OrganisationCommands.spec, help: "org") { content, language, arguments in
                let store = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
                return OrganisationCommands(content: content, language: language, console: console)
                    .run(arguments, store: store)
            })
        case "help":
            return .exit(withContent(Array(rest.dropFirst()), spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: nil) { content, language, _ in
                printHelp(content, language, topic: rest.first)
            })
        default:
            console.err("signaal: unknown command \"\(command ?? "")\" (commands: validate, assess, modules, train, class, certificate, verify, org, help). Try: signaal --help\n")
            return .exit(.usage)
        }
    }

    /// `signaal`, `signaal --plain`, `--help`, `--version`.
    func runDefault(_ words: [String]) -> Launch {
        let spec = Arguments.Spec(valued: Self.commonValued.union(["role", "checklist", "data"]), flags: Self.commonFlags.union(["plain", "version"]))
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
            launch = .interface(SignaalApp(content: content, language: language, services: services(content, arguments)))
            return .ok
        }
        if case .interface = launch, code == .ok { return launch }
        return .exit(code)
    }

    func training(_ content: ContentBundle, _ language: Language) -> TrainingCommands {
        TrainingCommands(content: content, language: language, console: console, environment: environment)
    }

    /// Records in the data folder; certificates written to the working folder.
    func services(_ content: ContentBundle, _ arguments: Arguments) -> AppServices {
        let store = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var services = AppServices(
            records: store,
            exportCertificate: { certificate, _, language in
                do {
                    return .success(try CertificateFiles(content: content, language: language)
                        .write(certificate, formats: ["pdf", "txt"], out: nil, folder: folder))
                } catch {
                    return .failure(CertificateExportFailure(message: error.localizedDescription))
                }
            },
            newCode: { VerificationCode.generate() }
        )
        services.writeFile = { name, data in
            let url = folder.appendingPathComponent(name)
            do {
                try data.write(to: url, options: .atomic)
                return .success(url.path)
            } catch {
                return .failure(CertificateExportFailure(message: error.localizedDescription))
            }
        }
        return services
    }

    func runTrain(_ content: ContentBundle, _ language: Language, _ arguments: Arguments) -> ExitCode {
        guard let id = arguments.positionals.first else {
            console.err("signaal train: name a module: \(content.modules.map(\.id).joined(separator: ", "))\n")
            return .usage
        }
        guard let module = content.module(id) else {
            console.err("signaal train: unknown module \"\(id)\". Modules: \(content.modules.map(\.id).joined(separator: ", "))\n")
            return .usage
        }
        guard let name = arguments.value("learner") else {
            console.err("signaal train: --learner NAME is required\n")
            return .usage
        }
        guard arguments.has("plain") else {
            console.err("signaal train: use --plain for the line-based dialogue, or start signaal and choose a training\n")
            return .usage
        }
        let store = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        let text = arguments.value("text-lang").map(Language.init) ?? language
        guard module.languages.contains(text.code) else {
            console.err("signaal train: \(module.id) is written in \(module.languages.joined(separator: ", ")), not \(text.code)\n")
            return .usage
        }
        return PlainTraining(content: content, language: language, text: text, console: console, store: store)
            .run(module: module, name: name, organisation: arguments.value("organisation"))
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
            return report(result, language: language, root: root)
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

    func report(_ result: ContentLoadResult, language: Language, root: URL) -> ExitCode {
        guard let content = result.bundle else {
            for problem in result.problems { console.out("\(problem)\n") }
            console.err("\(result.problems.count) problem(s) found.\n")
            return .failure
        }
        for warning in AnswerPositionCheck.warnings(content.modules) {
            // The module's file when it is named after the module, as the shipped ones are.
            let named = root.appendingPathComponent("modules/\(warning.moduleID).json")
            let file = FileManager.default.fileExists(atPath: named.path) ? named : root.appendingPathComponent("modules")
            console.err(content.strings("cli.answerPositions", language, [
                "file": displayPath(file), "module": warning.moduleID, "count": "\(warning.count)", "total": "\(warning.total)", "position": "\(warning.position)",
            ]) + "\n")
        }
        let signals = content.checklists.reduce(0) { $0 + $1.signals.count }
        console.out(content.strings("cli.valid", language, [
            "files": "\(result.fileCount)", "checklists": "\(content.checklists.count)", "signals": "\(signals)",
            "contacts": "\(content.contacts.count)", "steps": "\(content.steps.count)", "modules": "\(content.modules.count)",
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
