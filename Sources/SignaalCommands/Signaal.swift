import Foundation
import SignaalCore
import SignaalUI

/// The version shown by `signaal --version`.
public let signaalVersion = "0.1.0"

/// What `main` should do after the command line was read.
public enum Launch {
    /// Run the full-screen interface; its effects (records, files) through the runner.
    case interface(SignaalApp, EffectRunner)
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

    /// `--help` lists --data among the options for every command: those that
    /// keep no records take it and ignore it, so one alias or script can pass it.
    static let commonValued: Set<String> = ["content", "lang", "lrs", "data"]
    static let commonFlags: Set<String> = ["help"]

    public func run(_ words: [String]) -> Launch {
        // Global options may stand before the command: `signaal --lang en modules`.
        let (command, rest) = CommandWord.split(words)
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
                withRecords(arguments, content, language) { training(content, language, records: $0).certificate(arguments) }
            })
        case "verify":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(["data"]), flags: Self.commonFlags), help: "verify") { content, language, arguments in
                runVerify(content, language, arguments)
            })
        case "train":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(["learner", "organisation", "data", "text-lang"]), flags: Self.commonFlags.union(["plain"])), help: "train") { content, language, arguments in
                runTrain(content, language, arguments)
            })
        case "class":
            var launch: Launch = .exit(.ok)
            let code = withContent(rest, spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: "class") { content, language, arguments in
                guard let id = arguments.positionals.first, let module = content.module(id) else {
                    let values = ["modules": content.modules.map(\.id).joined(separator: ", "), "module": arguments.positionals.first ?? ""]
                    console.err("signaal class: " + content.strings(values["module"] == "" ? "cli.nameModule" : "cli.unknownModule", language, values) + "\n")
                    return .usage
                }
                guard interactive else {
                    console.err(content.strings("cli.notTerminal", language))
                    return .usage
                }
                launch = .interface(SignaalApp(classroom: module, content: content, language: language), EffectRunner(content: content, services: .none))
                return .ok
            }
            if case .interface = launch, code == .ok { return launch }
            return .exit(code)
        case "org":
            return .exit(withContent(LRSOption.organisationWords(rest), spec: LRSOption.organisationSpec, help: "org") { content, language, arguments in
                runOrganisation(content, language, arguments)
            })
        case "lrs":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(["data"]), flags: Self.commonFlags), help: "lrs") { content, language, arguments in
                runLRS(content, language, arguments)
            })
        case "card":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued.union(CardCommand.valued), flags: Self.commonFlags), help: "card") { content, language, arguments in
                CardCommand(content: content, language: language, console: console).run(arguments)
            })
        case "manual":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: nil) { content, language, _ in
                console.out(ManualPage(strings: content.strings, language: language, version: signaalVersion,
                                       date: Self.manualDate(environment)).render())
                return .ok
            })
        case "help":
            return .exit(withContent(rest, spec: .init(valued: Self.commonValued, flags: Self.commonFlags), help: nil) { content, language, arguments in
                printHelp(content, language, topic: arguments.positionals.first)
            })
        default:
            return .exit(unknownCommand(command ?? "", rest))
        }
    }

    /// `signaal`, `signaal --plain`, `--help`, `--version`.
    func runDefault(_ words: [String]) -> Launch {
        let spec = Arguments.Spec(valued: Self.commonValued.union(["role", "checklist", "data"]), flags: Self.commonFlags.union(["plain", "version"]))
        if words.contains("--version") {
            console.out(versionLine(words) + "\n")
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
            let services = services(content, arguments, language: language)
            launch = .interface(SignaalApp(content: content, language: language, environment: services.environment),
                                EffectRunner(content: content, services: services))
            return .ok
        }
        if case .interface = launch, code == .ok { return launch }
        return .exit(code)
    }

    /// "signaal 0.1.0, content 2026.11.27": the program's and the content's
    /// version, so a school can tell which signals its copy has. Reads only
    /// the content's version file; without content, the program's alone.
    func versionLine(_ words: [String]) -> String {
        let explicit = words.firstIndex(of: "--content").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let locator = ContentLocator(explicit: explicit, environment: environment, executable: executable)
        guard let root = locator.locate(), let content = ContentVersion.read(at: root) else { return "signaal \(signaalVersion)" }
        return "signaal \(signaalVersion), content \(content)"
    }

    func training(_ content: ContentBundle, _ language: Language, records: (any RecordKeeper)? = nil) -> TrainingCommands {
        TrainingCommands(content: content, language: language, console: console, environment: environment, records: records)
    }

    /// Records in the data folder; certificates, cards, CSV files and case notes written to the working folder.
    func services(_ content: ContentBundle, _ arguments: Arguments, language startLanguage: Language = .dutch,
                  folder chosen: URL? = nil) -> AppServices {
        let folder = chosen ?? Self.outputFolder(current: FileManager.default.currentDirectoryPath, home: environment["HOME"]) {
            access($0, W_OK) == 0
        }
        let store = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        var services = AppServices(
            records: interfaceRecords(arguments, content, Language.preferred(explicit: arguments.value("lang"), environment: environment), file: store),
            exportCertificate: { certificate, _, language in
                do {
                    return .success(try CertificateFiles(content: content, language: language)
                        .write(certificate, formats: ["pdf", "txt"], out: nil, folder: folder))
                } catch {
                    return .failure(CertificateExportFailure(message: "\(error)"))
                }
            },
            newCode: { VerificationCode.generate() }
        )
        services.certificateWarning = { certificate, language in
            CertificateFiles(content: content, language: language).warning(for: certificate)
        }
        services.printCard = { cardID, role, language in
            let cards = PocketCards(content: content)
            do {
                guard let card = try cards.cards().first(where: { $0.id == cardID }) else {
                    return .failure(CertificateExportFailure(message: cards.message(.noCard(role: role, checklist: nil), language)))
                }
                return .success(try cards.write(card, role: role, language: language.code, formats: ["pdf", "txt"], out: nil, folder: folder))
            } catch let failure as PocketCards.Failure {
                return .failure(CertificateExportFailure(message: cards.message(failure, language)))
            } catch {
                return .failure(CertificateExportFailure(message: error.localizedDescription))
            }
        }
        services.writeFile = { name, data in
            // One plain file name in the working folder, never a path out of it.
            guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                return .failure(CertificateExportFailure(message: "\"\(name)\" is not a plain file name"))
            }
            let url = folder.appendingPathComponent(name)
            do throws(FileWriteFailure) {
                // A CSV export names the staff: owner-only, like the records.
                try FileWriteFailure.writeOwnerOnly(data, to: url)
                return .success(url.path)
            } catch {
                return .failure(CertificateExportFailure(message: CertificateWording(content: content, language: startLanguage).fileWriteFailure(error)))
            }
        }
        services.saveCaseNote = { name, data in
            do throws(CaseNoteFiles.Failure) {
                return .success(try CaseNoteFiles.create(data, in: folder, name: name))
            } catch {
                return .failure(CertificateExportFailure(message: CertificateWording(content: content, language: startLanguage).caseNoteFailure(error)))
            }
        }
        services.workingFolder = folder.path
        services.appVersion = signaalVersion
        return services
    }

    /// Where the full-screen app writes what the user saves: the working
    /// folder, or the home folder when the working folder is not the user's
    /// to write (started from `/`, or from a classroom's read-only share),
    /// so that a case note can always be saved. The screens name the folder.
    static func outputFolder(current: String, home: String?, writable: (String) -> Bool) -> URL {
        if !writable(current), let home, !home.isEmpty, writable(home) { return URL(fileURLWithPath: home, isDirectory: true) }
        return URL(fileURLWithPath: current, isDirectory: true)
    }

    func runTrain(_ content: ContentBundle, _ language: Language, _ arguments: Arguments) -> ExitCode {
        let say = { (key: String, values: [String: String]) -> ExitCode in
            console.err("signaal train: " + content.strings(key, language, values) + "\n")
            return .usage
        }
        let modules = ["modules": content.modules.map(\.id).joined(separator: ", ")]
        guard let id = arguments.positionals.first else { return say("cli.nameModule", modules) }
        guard let module = content.module(id) else { return say("cli.unknownModule", modules.merging(["module": id]) { $1 }) }
        guard let name = arguments.value("learner") else { return say("cli.learnerRequired", [:]) }
        guard arguments.has("plain") else { return say("cli.trainPlain", [:]) }
        // Without --text-lang: the module in the interface language, or in English when it lacks that one.
        let text = arguments.value("text-lang").map(Language.init) ?? (module.languages.contains(language.code) ? language : .english)
        guard module.languages.contains(text.code) else {
            return say("cli.moduleLanguages", ["module": module.id, "languages": module.languages.joined(separator: ", "), "language": text.code])
        }
        // The instructions speak the module's language (English where not translated).
        return withRecords(arguments, content, text) { store in
            PlainTraining(content: content, language: text, text: text, console: console, store: store,
                          dataOption: arguments.value("data").map { " --data " + ShellWord.quoted($0) } ?? "")
                .run(module: module, name: name, organisation: arguments.value("organisation"))
        }
    }

    /// Parses, finds and loads the content, prints problems, then runs `body`.
    func withContent(_ words: [String], spec: Arguments.Spec, help: String?, validating: Bool = false,
                     _ body: (ContentBundle, Language, Arguments) -> ExitCode) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments.parse(words, spec: spec)
        } catch {
            let (content, language) = looseContent(words)
            let topic = help.map { $0 == "main" ? "" : $0 + " " } ?? ""
            console.err("signaal: " + (content?.strings(error.key, language, ["option": error.option]) ?? error.message)
                        + ". " + (content?.strings("cli.tryHelp", language, ["topic": topic]) ?? "Try: signaal \(topic)--help") + "\n")
            return .usage
        }
        if let code = arguments.value("lang"), Language.interfaceLanguage(code) == nil || code.count != 2 {
            let (content, language) = looseContent(words)
            console.err("signaal: " + (content?.strings("cli.badLanguage", language, ["code": code]) ?? "--lang must be nl or en, not \"\(code)\"") + "\n")
            return .usage
        }
        // `--data "$FOLDER"` with FOLDER unset must not quietly become the home folder's records.
        if let data = arguments.value("data"), data.trimmingCharacters(in: .whitespaces).isEmpty {
            let (content, language) = looseContent(words)
            console.err("signaal: " + (content?.strings("cli.emptyData", language) ?? "--data needs a folder, not an empty text") + "\n")
            return .usage
        }
        let language = Language.preferred(explicit: arguments.value("lang"), environment: environment)
        let locator = ContentLocator(explicit: arguments.value("content"), environment: environment, executable: executable)
        guard let root = locator.locate() else {
            console.err(locator.notFoundMessage)
            return .failure
        }
        // Everything but `validate` may read the bulk of the content on first
        // use (see `ContentLoader.loadForStart`); `validate` checks it all.
        DamagedContent.prepare()
        let result = validating ? ContentLoader.validate(from: root, displayRoot: displayPath(root))
            : ContentLoader.loadForStart(from: root, displayRoot: displayPath(root), environment: environment) {
                DamagedContent.stop($0, language: language)
            }
        if validating, arguments.has("help"), let content = result.bundle {
            return printHelp(content, language, topic: help)
        }
        if validating {
            let cases = result.bundle.map { AdviceCaseReader.load(from: root, displayRoot: displayPath(root), content: $0) }
            let cards = result.bundle.map { PocketCardReader.load(from: root, displayRoot: displayPath(root), content: $0) }
            return report(result, cases: cases, cards: cards, language: language, root: root)
        }
        guard let content = result.bundle else {
            console.err(DamagedContent.message(result.problems, language: language))
            return .failure
        }
        if arguments.has("help") {
            return printHelp(content, language, topic: help)
        }
        return body(content, language, arguments)
    }
}
