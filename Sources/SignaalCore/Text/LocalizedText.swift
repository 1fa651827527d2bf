/// A language the interface speaks: Dutch and English everywhere; Polish,
/// Romanian and Spanish in training (other screens then show English).
public struct Language: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public init(_ code: String) { self.code = code }

    public static let dutch = Language("nl")
    public static let english = Language("en")
    public static let interfaceLanguages: [Language] = [.dutch, .english]
    /// Languages hotel staff train in: the interface strings of training
    /// are translated (`Content/translations/`); everything else is English.
    public static let trainingLanguages: [Language] = [Language("pl"), Language("ro"), Language("es")]

    public var description: String { code }

    /// The interface language from `--lang`, or else the environment
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), falling back to Dutch.
    public static func preferred(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let language = interfaceLanguage(explicit) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first variable that is set decides, as in POSIX.
            return interfaceLanguage(value) ?? .dutch
        }
        return .dutch
    }

    /// "en", "en_GB.UTF-8", "EN" → English, "pl_PL" → Polish; nil for
    /// anything we do not speak.
    public static func interfaceLanguage(_ tag: String) -> Language? {
        let code = tag.lowercased().prefix { $0.isLetter }
        return (interfaceLanguages + trainingLanguages).first { $0.code == code }
    }
}

/// A user-facing string in several languages.
public struct LocalizedText: Equatable, Sendable {
    public let values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// The text in `language`, else English, else Dutch, else any: a missing
    /// translation never shows as a blank (the validator reports it instead).
    public func callAsFunction(_ language: Language) -> String {
        values[language.code] ?? values["en"] ?? values["nl"] ?? values.values.sorted().first ?? ""
    }

    public static func same(_ text: String) -> LocalizedText {
        LocalizedText(["nl": text, "en": text])
    }
}
