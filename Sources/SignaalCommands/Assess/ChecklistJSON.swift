import SignaalCore

/// `signaal assess --list --format json`: a checklist's signals and context questions.
struct ChecklistJSON: Encodable {
    struct Group: Encodable {
        let id: String
        let title: String
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
    let signals: [SignalJSON]
    let context: [Question]

    init(_ checklist: Checklist, content: ContentBundle, language: Language) {
        id = checklist.id
        form = checklist.form.rawValue
        self.language = language.code
        title = checklist.title(language)
        groups = checklist.groups.map { Group(id: $0.id, title: $0.title(language)) }
        signals = checklist.signals.map { SignalJSON($0, language, explainedWith: content) }
        let t = { (key: String) in content.strings(key, language) }
        context = [
            Question(id: "minor", text: t("context.age"), help: t("context.ageHelp"), flags: ["--minor", "--adult"]),
            Question(id: "acute", text: t("context.acute"), help: t("context.acuteHelp"), flags: ["--acute"]),
        ] + checklist.questions.map { Question(id: $0.id, text: $0.text(language), help: $0.help(language), flags: ["--answer \($0.id)"]) }
    }
}
