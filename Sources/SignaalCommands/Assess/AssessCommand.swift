import Foundation
import SignaalCore

/// `signaal assess`: a checklist's signals, or the result for a set of them.
struct AssessCommand: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console

    static let spec = Arguments.Spec(
        valued: SignaalCommandLine.commonValued.union(["checklist", "signal", "answer", "role", "format", "case", "out"]),
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
