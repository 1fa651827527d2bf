import SignaalCore

/// `signaal --plain`: the checklist as a line-based dialogue on stdin and
/// stdout, for screen readers and pipes. No terminal control at all.
struct PlainDialogue: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console
    /// Where a case note is written, when the user asks for one.
    var noteFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var now: () -> Date = { Date() }

    struct EndOfInput: Error {}


    func say(_ text: String) { console.out(text + "\n") }

    func ask(_ prompt: String) throws(EndOfInput) -> String {
        console.out(prompt + " ")
        guard let line = console.readLine() else { throw EndOfInput() }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// Asks until the answer is one of the numbered choices; returns its index.
    func choose(_ question: String, _ options: [String]) throws(EndOfInput) -> Int {
        say(question)
        for (index, option) in options.enumerated() { say("  \(index + 1). \(option)") }
        while true {
            let answer = try ask(t("plain.choose", ["count": "\(options.count)"]))
            if let n = Int(answer), (1...options.count).contains(n) { return n - 1 }
            say(t("plain.invalid"))
        }
    }

    func run(role roleID: String?, checklist checklistID: String?) -> ExitCode {
        do throws(EndOfInput) {
            say("Signaal — " + t("plain.intro"))
            say(t("roles.intro"))
            say("")
            let role = try chooseRole(roleID)
            guard let checklist = try chooseChecklist(checklistID, role: role) else {
                console.err(t("plain.noChecklist") + "\n")
                return .usage
            }
            let input = try fillIn(checklist)
            let result = RiskScorer(model: content.scoring, checklist: checklist).assess(input)
            let situation = ReferralPlanner.Situation(result: result, form: checklist.form, role: role?.id ?? "")
            let steps = ReferralPlanner(steps: content.steps, model: content.scoring).plan(for: situation)
            say("")
            console.out(PlainTextRenderer.render(ResultReport(content: content, language: language).document(result: result, steps: steps,
                                                                                                        notes: checklist.notes(for: input))))
            return caseNote(result: result, steps: steps, checklist: checklist, role: role)
        } catch {
            say("")
            console.err(t("plain.endOfInput") + "\n")
            return .failure
        }
    }

    func chooseRole(_ id: String?) throws(EndOfInput) -> Role? {
        if let id {
            if let role = content.role(id) { return role }
            say(t("plain.unknownRole", ["role": id]))
        }
        let index = try choose(t("roles.question"), content.roles.map { $0.label(language) })
        return content.roles[index]
    }

    func chooseChecklist(_ id: String?, role: Role?) throws(EndOfInput) -> Checklist? {
        if let id { return content.checklist(id) }
        let offered = (role?.activities ?? []).filter { $0.kind == .checklist && !$0.coming }.compactMap { $0.ref.flatMap(content.checklist) }
        let choices = offered.isEmpty ? content.checklists : offered
        if offered.isEmpty { say(t("plain.roleHasNoChecklist")) }
        guard choices.count > 1 else { return choices.first }
        return choices[try choose(t("activities.question"), choices.map { $0.title(language) })]
    }

    func fillIn(_ checklist: Checklist) throws(EndOfInput) -> AssessmentInput {
        var input = AssessmentInput()
        say("")
        say(checklist.title(language).uppercased())
        say(checklist.intro(language))
        var number = 0
        var numbered: [Int: Signal] = [:]
        for group in checklist.groups {
            say("")
            say(group.title(language))
            for signal in checklist.signals(in: group.id) {
                number += 1
                numbered[number] = signal
                say("  \(number). \(signal.text(language)) [\(t("strength.\(signal.strength.rawValue)"))]")
            }
        }
        say("")
        say(t("plain.howToCheck"))
        while true {
            let answer = try ask(t("plain.checkPrompt"))
            if answer.isEmpty { break }
            if answer.hasPrefix("?") {
                if let n = Int(answer.dropFirst().trimmingCharacters(in: .whitespaces)), let signal = numbered[n] {
                    say(signal.why(language))
                    for source in signal.sources.compactMap({ content.source($0) }) { say("  " + t("info.sources") + " " + SourceText.line(source)) }
                } else {
                    say(t("plain.invalid"))
                }
                continue
            }
            let words = answer.split { $0 == " " || $0 == "," }
            let numbers = words.compactMap { Int($0) }
            guard numbers.count == words.count, numbers.allSatisfy({ numbered[$0] != nil }) else {
                say(t("plain.invalidNumbers", ["max": "\(number)"]))
                continue
            }
            for n in numbers {
                guard let id = numbered[n]?.id else { continue }
                if input.checked.contains(id) { input.checked.remove(id) } else { input.checked.insert(id) }
            }
            let checkedNumbers = numbered.filter { input.checked.contains($0.value.id) }.keys.sorted()
            say(t("plain.checkedNow", ["list": checkedNumbers.isEmpty ? "-" : checkedNumbers.map(String.init).joined(separator: " ")]))
        }
        say("")
        let ageChoices: [AgeGroup] = [.minor, .adult, .unknown]
        input.age = ageChoices[try choose(t("context.age") + " " + t("context.ageHelp"), ageChoices.map { t("age.\($0.rawValue)") })]
        input.acute = try choose(t("context.acute") + " " + t("context.acuteHelp"), [t("answer.yes"), t("answer.no")]) == 0
        for question in checklist.questions
        where try choose(question.text(language) + " " + question.help(language), [t("answer.yes"), t("answer.no")]) == 0 {
            input.answers.insert(question.id)
        }
        return input
    }
}

import Foundation
