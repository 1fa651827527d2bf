import SignaalCore

/// `signaal assess --list --format json`: a checklist's signals and context questions.
struct ChecklistJSON: Encodable {
    struct Group: Encodable {
        let id: String
        let title: String
    }
    struct Entry: Encodable {
        let id: String
        let group: String
        let strength: String
        let kind: String
        /// Present (true) only on signals that put "call 112" first for a minor.
        let urgentForMinor: Bool?
        let text: String
        let why: String
        let sources: [String]
    }
    struct Question: Encodable {
        let id: String
        let text: String
        let help: String
        let flags: [String]
    }
    let id: String
    let form: String
    let language: String
    let title: String
    let groups: [Group]
    let signals: [Entry]
    let context: [Question]

    init(_ checklist: Checklist, content: ContentBundle, language: Language) {
        id = checklist.id
        form = checklist.form.rawValue
        self.language = language.code
        title = checklist.title(language)
        groups = checklist.groups.map { Group(id: $0.id, title: $0.title(language)) }
        signals = checklist.signals.map { signal in
            Entry(id: signal.id, group: signal.group, strength: signal.strength.rawValue, kind: signal.kind.rawValue,
                  urgentForMinor: signal.urgentForMinor ? true : nil, text: signal.text(language),
                  why: signal.why(language),
                  sources: signal.sources.compactMap { content.source($0) }.map(SourceText.line))
        }
        let t = { (key: String) in content.strings(key, language) }
        context = [
            Question(id: "minor", text: t("context.age"), help: t("context.ageHelp"), flags: ["--minor", "--adult"]),
            Question(id: "acute", text: t("context.acute"), help: t("context.acuteHelp"), flags: ["--acute"]),
        ] + checklist.questions.map { Question(id: $0.id, text: $0.text(language), help: $0.help(language), flags: ["--answer \($0.id)"]) }
    }
}
