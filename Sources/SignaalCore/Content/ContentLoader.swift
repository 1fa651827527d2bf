import Foundation

/// What loading the content folder gave: the bundle when it is usable, and
/// every problem found (the validator prints them all).
public struct ContentLoadResult: Sendable {
    public let bundle: ContentBundle?
    public let problems: [ContentProblem]
    public let fileCount: Int
    /// What `validate` reports about the modules, which it does not keep:
    /// how many were read, their answer-position warnings, and the
    /// languages they are written in.
    public var moduleCount = 0
    public var answerPositionWarnings: [AnswerPositionWarning] = []
    public var moduleLanguages: Set<String> = []
}

/// Reads and checks everything under `Content/`.
public enum ContentLoader {
    /// The files every content folder has, relative to its root.
    static let requiredFiles = ["ui.json", "roles.json", "sources.json", "scoring.json", "referral/directory.json", "referral/steps.json", "certification.json", ContentVersion.fileName]
    static let checklistFolder = "checklists"
    static let moduleFolder = "modules"

    /// Loads the folder at `root`; paths in problems start with `displayRoot`.
    public static func load(from root: URL, displayRoot: String? = nil) -> ContentLoadResult {
        LoadSession(root: root, displayRoot: displayRoot ?? root.path).run()
    }

    /// The full check of `signaal validate`: every file and every reference,
    /// as `load`, with each module's model dropped once checked, so memory
    /// stays flat however many modules there are. The bundle reads its
    /// modules again if someone asks for them.
    public static func validate(from root: URL, displayRoot: String? = nil) -> ContentLoadResult {
        LoadSession(root: root, displayRoot: displayRoot ?? root.path, mode: .validate).run()
    }

    /// Reads and checks one content file given as bytes, as `load` would
    /// read `<displayRoot>/<relative>`, without the ids other files define:
    /// for the fuzzer (`scripts/fuzz`), which tries a million of them.
    public static func check(_ data: Data, as relative: String, displayRoot: String = "content") -> [ContentProblem] {
        let session = LoadSession(root: URL(fileURLWithPath: "/"), displayRoot: displayRoot)
        session.given = (relative, data)
        session.readOne(relative)
        return session.log.problems
    }
}

/// One load: the log, the references to resolve at the end, and the files read.
final class LoadSession {
    enum Mode {
        /// Read and check everything, keep everything.
        case full
        /// Read and check everything, keep no module.
        case validate
        /// Content a full load found valid: read what the first screens
        /// need, the catalogue on first use (`ContentLoader.loadForStart`).
        case start(onFirstUse: @Sendable () -> ContentCatalogue.Parts)
    }

    let root: URL
    let displayRoot: String
    let mode: Mode
    let log = ProblemLog()
    var references = ReferenceTable()
    var fileCount = 0
    /// A file's bytes given in memory rather than read from the folder.
    var given: (relative: String, data: Data)?

    init(root: URL, displayRoot: String, mode: Mode = .full) {
        self.root = root
        self.mode = mode
        self.displayRoot = displayRoot.hasSuffix("/") ? String(displayRoot.dropLast()) : displayRoot
    }

    func run() -> ContentLoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.report(displayRoot, line: nil, "not a folder of content")
            return ContentLoadResult(bundle: nil, problems: log.problems, fileCount: 0)
        }
        let strings = read("ui.json") { InterfaceStringsReader.read(&$0) }.map(translated)
        let roles = read("roles.json") { RolesReader.read(&$0, references: &references) }
        if case .start(let onFirstUse) = mode { return startResult(strings: strings, roles: roles, onFirstUse: onFirstUse) }
        let sources = readSources()
        let scoring = readScoring()
        let contacts = readContacts()
        let steps = readSteps()
        let certification = readCertification()
        _ = read(ContentVersion.fileName) { ContentVersionReader.read(&$0) }
        let reportingCode = readReportingCode(steps: steps)
        let (checklistListing, checklists) = readChecklists()
        // nil: the folder is there but cannot be listed (said once, below).
        let moduleListing = jsonFiles(in: ContentLoader.moduleFolder)
        let modules = readModules(moduleListing ?? [], keep: mode.keepsModules)
        if checklists.isEmpty, checklistListing != nil, log.problems.allSatisfy({ !$0.file.contains("/\(ContentLoader.checklistFolder)/") }) {
            log.report(display(ContentLoader.checklistFolder), line: nil, "no checklist found (expected at least one .json file)")
        }
        // nil where a defining file could not be read: references to it are
        // not checked, or one bad file would make every citation unknown.
        var known = KnownIDs(
            sources: sources.map { Set($0.map(\.id)) },
            contacts: contacts.map { Set($0.map(\.id)) },
            roles: roles.map { Set($0.map(\.id)) },
            levels: scoring.map { Set($0.levels.map(\.id)) },
            checklists: checklistListing.map(\.count) == checklists.count ? Set(checklists.map(\.id)) : nil,
            modules: moduleListing.map(\.count) == modules.ids.count ? Set(modules.ids) : nil
        )
        // Signals and context questions of every checklist, named by referral
        // rules; unchecked, like checklist ids, when a checklist could not be read.
        known.signals = known.checklists == nil ? nil : Set(checklists.flatMap { $0.signals.map(\.id) })
        known.questions = known.checklists == nil ? nil : Set(checklists.flatMap { $0.questions.map(\.id) })
        references.check(against: known, log: log)
        checkUnique(checklists.map(\.id), what: "checklist", folder: ContentLoader.checklistFolder)
        checkUnique(modules.ids, what: "module", folder: ContentLoader.moduleFolder)

        var result = ContentLoadResult(bundle: nil, problems: log.problems, fileCount: fileCount)
        result.moduleCount = modules.ids.count
        result.answerPositionWarnings = modules.warnings
        result.moduleLanguages = modules.languages
        guard log.isEmpty, let strings, let roles, let sources, let scoring, let contacts, let steps, let certification else {
            return result
        }
        let parts = ContentCatalogue.Parts(sources: sources, contacts: contacts, steps: steps, reportingCode: reportingCode,
                                           checklists: checklists, modules: modules.kept)
        // `validate` keeps no module: they are read again if someone asks.
        let catalogue = ContentCatalogue(parts, modulesOnFirstUse: mode.keepsModules ? nil : moduleRereader())
        var bundle = ContentBundle(strings: strings, roles: roles, scoring: scoring, certification: certification, catalogue: catalogue)
        bundle.folder = root
        return ContentLoadResult(bundle: bundle, problems: [], fileCount: fileCount, moduleCount: result.moduleCount,
                                 answerPositionWarnings: result.answerPositionWarnings, moduleLanguages: result.moduleLanguages)
    }

    /// Reads one file with the reader its place calls for.
    func readOne(_ relative: String) {
        switch relative {
        case "ui.json": _ = read(relative) { InterfaceStringsReader.read(&$0) }
        case "roles.json": _ = read(relative) { RolesReader.read(&$0, references: &references) }
        case "sources.json": _ = readSources()
        case "scoring.json": _ = readScoring()
        case "referral/directory.json": _ = readContacts()
        case "referral/steps.json": _ = readSteps()
        case "certification.json": _ = readCertification()
        case _ where relative.hasPrefix(ContentLoader.moduleFolder + "/"): _ = readModule(relative)
        default: _ = readChecklist(relative)
        }
    }

    func display(_ relative: String) -> String { "\(displayRoot)/\(relative)" }

    /// Optional files are read when present.
    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    /// The `.json` files in a folder, sorted; [] when there is no such
    /// folder, nil (and one problem) when it is there but cannot be listed.
    func jsonFiles(in relative: String) -> [String]? {
        let folder = root.appendingPathComponent(relative)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
            log.report(display(relative), line: nil, "is not a folder that can be read (check that it is a folder, and its permissions)")
            return nil
        }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Reads one JSON file whose top level is an object with `languages`.
    func read<T>(_ relative: String, _ body: (inout ObjectReader) -> T?) -> T? {
        let file = display(relative)
        guard let node = parse(relative, file: file) else { return nil }
        guard let top = node.members else {
            log.report(file, line: node.line, path: "$", "expected an object at the top, found \(node.typeName)")
            return nil
        }
        let languages = top.first { $0.key == "languages" }?.node.array?.compactMap(\.string) ?? []
        guard var reader = ObjectReader(node, file: file, path: "$", languages: languages, log: log) else { return nil }
        let declared = reader.strings("languages") ?? []
        var seenLanguages: Set<String> = []
        for code in declared where !seenLanguages.insert(code).inserted {
            reader.problem("\"languages\" lists \"\(code)\" twice", at: reader.node["languages"])
        }
        for code in ["nl", "en"] where !declared.contains(code) && !declared.isEmpty {
            reader.problem("\"languages\" must include \"\(code)\": the interface speaks Dutch and English", at: reader.node["languages"])
        }
        if reader.node["languages"] != nil, declared.isEmpty {
            reader.problem("\"languages\" must list at least \"nl\" and \"en\"", at: reader.node["languages"])
        }
        let value = body(&reader)
        reader.finish()
        return value
    }

    /// The file's JSON, or nil with a problem for anything unreadable.
    func parse(_ relative: String, file: String) -> JSONNode? {
        if let given, given.relative == relative { return parse(given.data, file: file) }
        let path = root.appendingPathComponent(relative).path
        // One stat for all three questions: every start asks them of each file.
        var info = stat()
        guard stat(path, &info) == 0 else {
            log.report(file, line: nil, "file is missing")
            return nil
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            log.report(file, line: nil, "is a folder, expected a JSON file")
            return nil
        }
        guard info.st_size <= ContentFolderFiles.sizeLimit else {
            log.report(file, line: nil, "is larger than 16 MB; content files are small")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.report(file, line: nil, "cannot be read (check its permissions)")
            return nil
        }
        return parse(data, file: file)
    }

    func parse(_ data: Data, file: String) -> JSONNode? {
        fileCount += 1
        do {
            return try JSONParser.parse(data)
        } catch {
            log.report(file, line: error.line, "\(error.message) (column \(error.column))")
            return nil
        }
    }

    func checkUnique(_ ids: [String], what: String, folder: String) {
        var seen: Set<String> = []
        for id in ids where !seen.insert(id).inserted {
            log.report(display(folder), line: nil, "two \(what)s have the id \"\(id)\"")
        }
    }
}
