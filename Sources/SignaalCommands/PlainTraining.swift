import Foundation
import SignaalCore

/// `signaal train MODULE --learner NAME --plain`: a module as a line-based
/// dialogue, with the same scoring and saving as the full-screen interface.
struct PlainTraining: Speaks {
    let content: ContentBundle
    let language: Language
    /// The language of the module's own text (may be one the interface does not speak).
    let text: Language
    let console: Console
    let store: any RecordKeeper
    /// ` --data FOLDER` when the records are not in the default folder, so
    /// that the certificate command printed at the end finds them.
    var dataOption = ""

    struct Stop: Error {
        /// True when the learner typed q; false when input ended.
        let byChoice: Bool
    }


    private func say(_ text: String = "") { console.out(text + "\n") }

    /// Wrapped at 76 columns; `indent` starts the first line, spaces the rest.
    private func wrapped(_ text: String, indent: String = "") {
        let rest = String(repeating: " ", count: indent.count)
        for (index, line) in TextWrap.lines(text, width: 76 - indent.count).enumerated() {
            say((index == 0 ? indent : rest) + line)
        }
    }

    private func ask(_ prompt: String) throws(Stop) -> String {
        console.out(prompt + " ")
        guard let line = console.readLine() else { throw Stop(byChoice: false) }
        let answer = line.trimmingCharacters(in: .whitespaces)
        if answer == "q" || answer == "Q" { throw Stop(byChoice: true) }
        return answer
    }

    func run(module: TrainingModule, name rawName: String, organisation rawOrganisation: String?) -> ExitCode {
        let name: String
        var organisation: String?
        switch (LearnerName.validate(rawName), OrganisationName.validate(rawOrganisation)) {
        case let (.success(validName), .success(validOrganisation)):
            name = validName
            organisation = validOrganisation
        case let (.failure(problem), _):
            console.err("signaal train: " + nameProblem(problem, .name, value: rawName) + "\n")
            return .usage
        case let (_, .failure(problem)):
            console.err("signaal train: " + nameProblem(problem, .organisation, value: rawOrganisation ?? "") + "\n")
            return .usage
        }
        var runner: ModuleRunner
        let learner: Learner
        do {
            // "--organisation hotel-de-zon", the id `org create` printed: the organisation's
            // name goes on the record and the certificate (a record made with the id is carried on).
            let typed = organisation
            if let typed, let known = try store.organisation(idOrName: typed), known.id == typed { organisation = known.name }
            // Without --organisation, the one record with this name is carried on, whatever its organisation.
            let others = try store.learners(named: name)
            var named = TrainingRecords()
            named.learners = others
            let exact = named.findLearner(named: name, organisation: organisation) ?? named.findLearner(named: name, organisation: typed)
            let carried = organisation == nil && exact == nil && others.count == 1 ? others.first : nil
            if organisation == nil, exact == nil, others.count > 1 {
                let organisations = others.map { $0.organisation.map { "\"\($0)\"" } ?? "\"\"" }.joined(separator: ", ")
                console.err("signaal train: " + t("certificate.ambiguous", ["name": name, "organisations": organisations]) + "\n")
                return .usage
            }
            let found = try exact ?? carried ?? store.learner(named: name, organisation: organisation, now: Date())
            let saved = try store.enrolments(learnerID: found.id).first { $0.moduleID == module.id }?.progress
            store.takeNotices().forEach { console.err("signaal: \(RecordWording(content: content, language: language).notice($0))\n") }
            learner = found
            if organisation == nil, let other = found.organisation { say(t("plainTraining.carryOnAs", ["name": found.name, "organisation": other])) }
            runner = ModuleRunner(module: module, progress: saved, order: .learner(learner.name))
            if runner.progress.finished { runner.retry() }
            say(module.title(text).uppercased())
            if module.reviewLanguages.contains(text.code) { say("(" + t("training.reviewNote") + ")") }
            wrapped(module.summary(text))
            wrapped(t("plainTraining.howTo"))
            if let saved, !saved.finished, saved.unitIndex > 0 || saved.pageIndex > 0 {
                say(t("training.resumed"))
            }
        } catch {
            console.err("signaal train: \(RecordWording(content: content, language: language).error(error))\n")
            return .failure
        }
        // Each save holds the whole enrolment: only the last one decides what is kept.
        var lastSaved = true
        do throws(Stop) {
            while !runner.progress.finished {
                try step(&runner)
                lastSaved = save(runner, learner)
            }
        } catch let stop {
            say()
            if lastSaved { say(t("plainTraining.saved")) }
            return stop.byChoice && lastSaved ? .ok : .failure
        }
        finish(runner, learner: learner)
        return lastSaved ? .ok : .failure
    }

    /// False when the save failed (and said why).
    func save(_ runner: ModuleRunner, _ learner: Learner) -> Bool {
        do {
            try store.saveProgress(runner, learner: learner, now: Date())
            return true
        } catch {
            console.err(t("records.failed", ["reason": RecordWording(content: content, language: language).error(error)]) + "\n")
            return false
        }
    }

    func step(_ runner: inout ModuleRunner) throws(Stop) {
        guard let unit = runner.unit else { return }
        let position = runner.progress.unitIndex + 1
        switch unit.content {
        case .lesson:
            guard let page = runner.page else { runner.nextUnit(); return }
            say()
            say("[\(position)/\(runner.module.units.count)] \(unit.title(text)) (\(t("training.page", ["n": "\(runner.progress.pageIndex + 1)", "total": "\(runner.pageCount)"])))")
            wrapped(page.text(text))
            if !page.keyPoints.isEmpty {
                say(t("training.keyPoints") + ":")
                page.keyPoints.forEach { wrapped($0(text), indent: "  - ") }
            }
            _ = try ask(t("plainTraining.continue"))
            runner.nextPage()
        case .chat:
            say()
            say("[\(position)/\(runner.module.units.count)] \(unit.title(text))")
            var shown = 0
            while true {
                let transcript = runner.transcript
                for line in transcript.dropFirst(shown) { say(chatLine(line, runner.module)) }
                shown = transcript.count
                guard let node = runner.chatNode else { break }
                if node.isEnd {
                    say(t("training.outcome") + ":")
                    wrapped(node.outcome?(text) ?? "", indent: "  ")
                    _ = try ask(t("plainTraining.continue"))
                    runner.nextUnit()
                    return
                }
                say(t("training.yourReply"))
                for (index, reply) in node.replies.enumerated() { wrapped(reply.text(text), indent: "  \(index + 1). ") }
                let choice = try number(in: 1...node.replies.count)
                runner.reply(choice - 1)
                if let feedback = runner.lastReply?.feedback {
                    say(t("training.why"))
                    wrapped(feedback(text), indent: "  ")
                }
            }
        case .question:
            // As this learner sees it: options shuffled, numbers as shown.
            guard let question = runner.question else { runner.nextUnit(); return }
            say()
            say("[\(position)/\(runner.module.units.count)] \(unit.title(text))")
            wrapped(question.prompt(text))
            if !question.scene.isEmpty {
                say(t("training.scene"))
                question.scene.forEach { wrapped($0(text), indent: "  | ") }
                say(t("training.spotPrompt"))
            }
            for (index, option) in question.options.enumerated() { wrapped(option.text(text), indent: "  \(index + 1). ") }
            let chosen: Set<Int>
            if question.kind.allowsSeveral {
                chosen = try numbers(max: question.options.count)
            } else {
                chosen = [try number(in: 1...question.options.count) - 1]
            }
            runner.answer(chosen)
            say(t("training.\(QuestionScoring.verdict(question, chosen: chosen).rawValue)"))
            let right = question.options.indices.filter { question.options[$0].correct }.map { "\($0 + 1)" }.joined(separator: ", ")
            say(t("plainTraining.correct", ["list": right]))
            wrapped(question.explanation(text), indent: "  ")
            runner.nextUnit()
        }
    }

    func chatLine(_ line: ChatLine, _ module: TrainingModule) -> String {
        switch line.speaker {
        case .character(let id): return "\(line.clock) \(module.character(id)?.name(text) ?? id): \(line.text(text))"
        case .learner: return "\(line.clock) \(t("training.you")): \(line.text(text))"
        }
    }

    func number(in range: ClosedRange<Int>) throws(Stop) -> Int {
        while true {
            if let n = Int(try ask(t("plain.choose", ["count": "\(range.upperBound)"]))), range.contains(n) { return n }
            say(t("plain.invalid"))
        }
    }

    /// Option numbers separated by spaces or commas; zero-based result.
    func numbers(max: Int) throws(Stop) -> Set<Int> {
        while true {
            let words = try ask(t("plainTraining.chooseSeveral", ["count": "\(max)"])).split { $0 == " " || $0 == "," }
            let values = words.compactMap { Int($0) }
            if !values.isEmpty, values.count == words.count, values.allSatisfy({ (1...max).contains($0) }) {
                return Set(values.map { $0 - 1 })
            }
            say(t("plain.invalidNumbers", ["max": "\(max)"]))
        }
    }

    func finish(_ runner: ModuleRunner, learner: Learner) {
        let score = runner.score
        say()
        say(t("training.doneTitle").uppercased())
        say(t("training.score") + ": \(score.shownPercent)% (" + t("training.passMark", ["mark": "\(score.passMark)"]) + ")")
        if score.passed {
            say(t("training.passed"))
            say(t("plainTraining.certificate", ["name": ShellWord.quoted(learner.name), "module": runner.module.id]) + dataOption)
        } else {
            say(t("plainTraining.failed", ["mark": "\(score.passMark)"]))
        }
    }
}
