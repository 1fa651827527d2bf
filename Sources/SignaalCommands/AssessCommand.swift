import Foundation
import SignaalCore

/// `signaal assess`: a checklist's signals, or the result for a set of them.
struct AssessCommand: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console

    static let spec = Arguments.Spec(
        valued: ["content", "lang", "checklist", "signal", "answer", "role", "format", "case", "out"],
        flags: ["help", "list", "minor", "adult", "acute"]
    )

    enum Format: String { case text, json, markdown, pdf, txt }

    func run(_ arguments: Arguments) -> ExitCode {
        guard let id = arguments.value("checklist") else {
            return usage(t("cli.assess.checklistRequired", ["checklists": content.checklists.map(\.id).joined(separator: ", ")]))
        }
        guard let checklist = content.checklist(id) else {
            return usage(t("cli.assess.unknownChecklist", ["id": id, "checklists": content.checklists.map(\.id).joined(separator: ", ")]))
        }
        guard let format = Format(rawValue: arguments.value("format") ?? "text") else {
            return usage(t("cli.formatChoice", ["choices": "text | json | markdown | pdf | txt"]))
        }
        if [.text, .json].contains(format), arguments.value("case") != nil || arguments.value("out") != nil {
            return usage(t("cli.assess.caseNoteOnly"))
        }
        if arguments.has("list") {
            return list(checklist, format: format)
        }
        let unknown = arguments.values("signal").filter { checklist.signal($0) == nil }
        guard unknown.isEmpty else {
            return usage(t("cli.assess.unknownSignals", ["ids": unknown.joined(separator: ", "), "checklist": checklist.id]) + "\n  "
                + checklist.signals.map(\.id).joined(separator: "\n  "))
        }
        let unknownAnswers = arguments.values("answer").filter { checklist.question($0) == nil }
        guard unknownAnswers.isEmpty else {
            let known = checklist.questions.map(\.id)
            return usage("unknown context question(s): \(unknownAnswers.joined(separator: ", ")). "
                + (known.isEmpty ? "\(checklist.id) has no extra questions." : "Questions of \(checklist.id): \(known.joined(separator: ", "))"))
        }
        if arguments.has("minor") && arguments.has("adult") {
            return usage(t("cli.assess.minorOrAdult"))
        }
        let role = arguments.value("role")
        if let role, content.role(role) == nil {
            return usage(t("cli.assess.unknownRole", ["role": role, "roles": content.roles.map(\.id).joined(separator: ", ")]))
        }
        let age: AgeGroup = arguments.has("minor") ? .minor : arguments.has("adult") ? .adult : .unknown
        let input = AssessmentInput(checked: Set(arguments.values("signal")), age: age, acute: arguments.has("acute"),
                                    answers: Set(arguments.values("answer")))
        let result = RiskScorer(model: content.scoring, checklist: checklist).assess(input)
        let situation = ReferralPlanner.Situation(result: result, form: checklist.form, role: role ?? "")
        let steps = ReferralPlanner(steps: content.steps, model: content.scoring).plan(for: situation)
        switch format {
        case .markdown, .pdf, .txt:
            let note = CaseNoteCommand(content: content, language: language, console: console)
            return note.write(result: result, steps: steps, checklist: checklist, role: role.flatMap(content.role),
                              format: CaseNoteFormat(rawValue: format.rawValue) ?? .markdown, arguments: arguments)
        case .text:
            let document = ResultReport(content: content, language: language).document(result: result, steps: steps,
                                                                                        notes: checklist.notes(for: input))
            console.out(PlainTextRenderer.render(document))
        case .json:
            console.out(JSONOutput.encode(AssessmentJSON(result, steps: steps, checklist: checklist, role: role, content: content, language: language)))
        }
        return .ok
    }

    func usage(_ message: String) -> ExitCode {
        console.err("signaal assess: \(message)\n")
        return .usage
    }

    func list(_ checklist: Checklist, format: Format) -> ExitCode {
        let t = { (key: String) in content.strings(key, language) }
        switch format {
        case .json:
            console.out(JSONOutput.encode(ChecklistJSON(checklist, content: content, language: language)))
        case .text, .markdown, .pdf, .txt:
            var text = checklist.title(language) + "\n" + checklist.intro(language) + "\n"
            for group in checklist.groups {
                text += "\n" + group.title(language).uppercased() + "\n"
                for signal in checklist.signals(in: group.id) {
                    text += "  \(signal.id)  [\(t("strength.\(signal.strength.rawValue)"))]  \(signal.text(language))\n"
                }
            }
            text += "\n" + t("context.age") + "  --minor | --adult\n" + t("context.acute") + "  --acute\n"
            for question in checklist.questions { text += question.text(language) + "  --answer \(question.id)\n" }
            console.out(text)
        }
        return .ok
    }
}

/// Stable JSON: keys sorted, slashes unescaped, one trailing newline.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        // The encoder leaves DEL, C1 and direction characters as they are;
        // SafeText writes them as \uXXXX escapes, which JSON reads back the same.
        return SafeText.escaped(text, keepingLineBreaks: true) + "\n"
    }
}

struct ContactJSON: Encodable {
    let id: String
    let name: String
    let phone: String
    let url: String
    let hours: String?
    let purpose: String

    init(_ contact: Contact, _ language: Language) {
        id = contact.id
        name = contact.name(language)
        phone = contact.phone
        url = contact.url
        hours = contact.hours?(language)
        purpose = contact.purpose(language)
    }
}

struct AssessmentJSON: Encodable {
    struct Step: Encodable {
        let id: String
        let text: String
        /// The step's place in a procedure ("reporting code, step 2"), if any.
        let label: String?
        let detail: String?
        let questions: [String]
        let contacts: [ContactJSON]
    }
    struct SignalEntry: Encodable {
        let id: String
        let group: String
        let strength: String
        let kind: String
        let text: String
    }
    let checklist: String
    let language: String
    let role: String?
    let age: String
    let acute: Bool
    /// The checklist's own context questions answered yes.
    let answers: [String]
    /// The checklist's notes that apply, such as an age rule.
    let notes: [String]
    let level: String
    let levelRank: Int
    let levelLabel: String
    let score: Int
    let contributing: [String]
    let signals: [SignalEntry]
    let reasons: [String]
    let referral: [Step]
    let disclaimer: String

    init(_ result: AssessmentResult, steps: [ReferralStep], checklist: Checklist, role: String?, content: ContentBundle, language: Language) {
        let report = ResultReport(content: content, language: language)
        self.checklist = checklist.id
        self.language = language.code
        self.role = role
        age = result.input.age.rawValue
        acute = result.input.acute
        answers = result.input.answers.sorted()
        notes = checklist.notes(for: result.input).map { $0.text(language) }
        level = result.level.id
        levelRank = result.level.rank
        levelLabel = result.level.label(language)
        score = result.score
        contributing = result.contributing.map(\.id)
        signals = result.contributing.map { SignalEntry(id: $0.id, group: $0.group, strength: $0.strength.rawValue, kind: $0.kind.rawValue, text: $0.text(language)) }
        reasons = result.reasons.map { report.text(for: $0, score: result.score) }
        referral = steps.map { step in
            Step(id: step.id, text: step.text(language), label: step.label?(language), detail: step.detail?(language),
                 questions: step.questions.map { $0(language) },
                 contacts: step.contacts.compactMap { content.contact($0) }.map { ContactJSON($0, language) })
        }
        disclaimer = content.strings("result.disclaimer", language)
    }
}

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
