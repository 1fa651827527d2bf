import Foundation
import SignaalCore

/// What the command line prints about itself: the validation report, help,
/// the manual's date and paths as the user would type them.
extension SignaalCommandLine {
    /// One line when everything is valid; otherwise one line per problem.
    /// The advice cases and pocket cards are checked once the content itself is valid.
    func report(_ result: ContentLoadResult, cases: AdviceCaseLoadResult?, cards: PocketCardLoadResult?, language: Language, root: URL) -> ExitCode {
        let problems = result.problems + (cases?.problems ?? []) + (cards?.problems ?? [])
        guard let content = result.bundle, problems.isEmpty else {
            for problem in problems { console.out("\(problem)\n") }
            // Invalid content cannot give its own words: both languages live here.
            console.err(language == .dutch ? "\(problems.count) probleem/problemen gevonden.\n" : "\(problems.count) problem(s) found.\n")
            return .failure
        }
        // `validate` keeps no module: what it says of them comes with the result.
        for warning in result.answerPositionWarnings {
            // The module's file when it is named after the module, as the shipped ones are.
            let named = root.appendingPathComponent("modules/\(warning.moduleID).json")
            let file = FileManager.default.fileExists(atPath: named.path) ? named : root.appendingPathComponent("modules")
            console.err(content.strings("cli.answerPositions", language, [
                "file": displayPath(file), "module": warning.moduleID, "count": "\(warning.count)", "total": "\(warning.total)", "position": "\(warning.position)",
            ]) + "\n")
        }
        let signals = content.checklists.reduce(0) { $0 + $1.signals.count }
        var summary = content.strings("cli.valid", language, [
            "files": "\(result.fileCount)", "checklists": "\(content.checklists.count)", "signals": "\(signals)",
            "contacts": "\(content.contacts.count)", "steps": "\(content.steps.count)", "modules": "\(result.moduleCount)",
        ])
        if let cases, cases.fileCount > 0 {
            summary += " " + content.strings("cli.validCases", language, ["cases": "\(cases.cases.count)", "files": "\(cases.fileCount)"])
        }
        if let cards, !cards.cards.isEmpty {
            summary += " " + content.strings("cli.validCards", language, ["cards": "\(cards.cards.count)"])
        }
        console.out(summary + "\n")
        // A warning, not an error: the training still works, in English where a word is missing.
        for (code, keys) in InterfaceTranslations.missing(strings: content.strings, moduleLanguages: result.moduleLanguages) {
            let file = "\(InterfaceTranslations.folder)/\(code).json"
            console.err(content.strings("cli.translationMissing", language, [
                "language": code, "count": "\(keys.count)", "keys": keys.joined(separator: ", "),
                "file": content.folder.map { displayPath($0.appendingPathComponent(file)) } ?? file,
            ]) + "\n")
        }
        return .ok
    }

    func printHelp(_ content: ContentBundle, _ language: Language, topic: String?) -> ExitCode {
        var key = "cli.help." + (topic ?? "main")
        // A command without a page of its own (`signaal train --help`): the
        // main help, which gives every command's usage line.
        if content.strings.values[key] == nil, let topic, CommandWord.commands.contains(topic) { key = "cli.help.main" }
        guard content.strings.values[key] != nil else {
            let topics = content.strings.values.keys.filter { $0.hasPrefix("cli.help.") }.map { String($0.dropFirst("cli.help.".count)) }.sorted()
            console.err("signaal: " + content.strings("cli.noHelp", language, ["topic": topic ?? "", "topics": topics.joined(separator: ", ")]) + "\n")
            return .usage
        }
        console.out(content.strings(key, language, ["version": signaalVersion]) + "\n")
        return .ok
    }

    /// The manual's date: SOURCE_DATE_EPOCH when a package build sets it (so
    /// the same sources give the same page), else today.
    static func manualDate(_ environment: [String: String]) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        return DateText.day(Date(timeIntervalSince1970: seconds), in: TimeZone(identifier: "UTC") ?? .current)
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
