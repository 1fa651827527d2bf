import Foundation

/// The interface's words in languages beyond Dutch and English, one file per
/// language in `Content/translations/` (`pl.json`: `{"language": "pl",
/// "reviewed": false, "strings": {"training.passed": "…"}}`). They are laid
/// over `ui.json`; a string without a translation is shown in English.
///
/// Hotel staff do a module in Polish, Romanian or Spanish: the words around
/// the module (instructions, keys, feedback) must then be theirs too. Which
/// strings a training shows is known here, so `validate` can say which of
/// them a module's language still lacks.
public enum InterfaceTranslations {
    public static let folder = "translations"

    /// The strings a learner sees while training (the learner form, the
    /// overview, the module, `train --plain`, the certificate messages).
    public static func usedInTraining(_ key: String) -> Bool {
        let prefixes = ["training.", "plainTraining.", "key.", "learner.", "home.", "audience.", "certificate.saved",
                        "certificate.failed", "certificate.notYet", "records.", "help.training", "help.home", "help.learner",
                        "pick.", "help.pick", "help.title", "help.general"]
        let keys: Set<String> = ["tooSmall", "plain.choose", "plain.invalid", "plain.invalidNumbers", "cert.unprintable", "cert.noFonts",
                                 "files.inFolder"]
        return keys.contains(key) || prefixes.contains { key.hasPrefix($0) }
    }

    /// For each language a module is written in beyond Dutch and English,
    /// the training strings not translated into it, sorted.
    public static func missing(in content: ContentBundle) -> [(language: String, keys: [String])] {
        missing(strings: content.strings, moduleLanguages: Set(content.modules.flatMap(\.languages)))
    }

    /// The same from the languages the modules are written in (`validate`
    /// keeps no module, only their languages).
    public static func missing(strings: InterfaceStrings, moduleLanguages: Set<String>) -> [(language: String, keys: [String])] {
        let languages = moduleLanguages.subtracting(["nl", "en"]).sorted()
        let training = strings.values.keys.filter(usedInTraining)
        return languages.compactMap { language in
            let keys = training.filter { strings.values[$0]?.values[language] == nil }.sorted()
            return keys.isEmpty ? nil : (language, keys)
        }
    }

    /// `{name}` placeholders in a text.
    /// Found over the UTF-8 bytes: every interface string is checked at each
    /// start, and the braces are ASCII.
    static func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        let utf8 = text.utf8
        var rest = utf8[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "{")), let close = rest[open...].firstIndex(of: UInt8(ascii: "}")) {
            found.insert(String(decoding: utf8[utf8.index(after: open)..<close], as: UTF8.self))
            rest = utf8[utf8.index(after: close)...]
        }
        return found
    }
}

extension LoadSession {
    /// `strings` with every translation file laid over it; problems logged.
    func translated(_ strings: InterfaceStrings) -> InterfaceStrings {
        var values = strings.values.mapValues(\.values)
        for name in jsonFiles(in: InterfaceTranslations.folder) ?? [] {
            let relative = "\(InterfaceTranslations.folder)/\(name)"
            let file = display(relative)
            guard let node = parse(relative, file: file) else { continue }
            guard let language = node["language"]?.string, language.count == 2, language == String(name.dropLast(5)) else {
                log.report(file, line: node.line, path: "$.language", "\"language\" must be the two-letter code the file is named after")
                continue
            }
            if node["reviewed"]?.bool == nil {
                log.report(file, line: node.line, path: "$.reviewed", "\"reviewed\" must say (true or false) whether a native speaker has checked it")
            }
            for member in node.members ?? [] where !["language", "reviewed", "note", "strings"].contains(member.key) {
                log.report(file, line: member.line, path: "$.\(member.key)", "unknown field \"\(member.key)\"")
            }
            for member in node["strings"]?.members ?? [] {
                let path = "$.strings.\(member.key)"
                guard let english = strings.values[member.key]?.values["en"] else {
                    log.report(file, line: member.line, path: path, "no interface string \"\(member.key)\" in ui.json")
                    continue
                }
                guard let text = member.node.string, !TextChecks.isBlank(text) else {
                    log.report(file, line: member.line, path: path, "must be a text that is not empty")
                    continue
                }
                if let problem = TextReader.problem(in: text, multiline: true) {
                    log.report(file, line: member.line, path: path, "the text \(problem)")
                }
                if InterfaceTranslations.placeholders(text) != InterfaceTranslations.placeholders(english) {
                    let expected = InterfaceTranslations.placeholders(english).sorted().map { "{\($0)}" }.joined(separator: " ")
                    log.report(file, line: member.line, path: path, "must use the same placeholders as the English text: \(expected.isEmpty ? "none" : expected)")
                }
                values[member.key, default: [:]][language] = text
            }
        }
        return InterfaceStrings(values.mapValues(LocalizedText.init))
    }
}
