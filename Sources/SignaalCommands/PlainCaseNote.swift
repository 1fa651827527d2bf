import Foundation
import SignaalCore

/// `--plain` after the result: the meldcode's steps one by one (teachers,
/// youth workers), then the offer to write the case note. Input that ends
/// here saves nothing and is no error: the checklist itself was answered.
extension PlainDialogue {
    func caseNote(result: AssessmentResult, steps: [ReferralStep], checklist: Checklist, role: Role?) -> ExitCode {
        do throws(EndOfInput) {
            var progress: ReportingCodeProgress?
            if let code = content.reportingCode, code.applies(to: role?.id) {
                say("")
                if try choose(t("plain.meldcodeOffer"), [t("answer.yes"), t("answer.no")]) == 0 {
                    progress = try walk(code)
                }
            }
            say("")
            let formats = CaseNoteFormat.allCases
            let choice = try choose(t("plain.saveOffer"), formats.map { $0 == .markdown ? "Markdown (.md)" : $0 == .pdf ? "PDF" : t("casenote.plainText") }
                                    + [t("plain.dontSave")])
            guard formats.indices.contains(choice) else {
                say(t("plain.notSaved"))
                return .ok
            }
            let reference = try askReference()
            let note = CaseNote(created: now(), appVersion: signaalVersion, checklist: checklist, role: role,
                                reference: reference, result: result, steps: steps, progress: progress)
            let files = CaseNoteFiles(content: content, language: language)
            do throws(CaseNoteFiles.Failure) {
                let data = try files.render(note, as: formats[choice])
                let path = try CaseNoteFiles.create(data, in: noteFolder, name: files.fileName(note, format: formats[choice]))
                say(t("casenote.saved", ["paths": path]))
                return .ok
            } catch {
                console.err("signaal: " + t("casenote.failed", ["reason": caseNoteFailure(error)]) + "\n")
                return .failure
            }
        } catch {
            say("")
            say(t("plain.notSaved"))
            return .ok
        }
    }

    /// The five steps: done, date and a note each; the framework's
    /// questions at the weighing step, until an answer decides.
    func walk(_ code: ReportingCode) throws(EndOfInput) -> ReportingCodeProgress {
        var progress = ReportingCodeProgress(for: code)
        let text = ReportingCodeText(content: content, language: language)
        let report = ResultReport(content: content, language: language)
        for (index, id) in code.steps.enumerated() {
            guard let step = content.steps.first(where: { $0.id == id }) else { continue }
            say("")
            say("\(index + 1). " + step.text(language))
            if let detail = step.detail {
                for line in TextWrap.lines(detail(language), width: 75) { say("   " + line) }
            }
            for contact in step.contacts.compactMap(content.contact) {
                say("   " + t("meldcode.contacts") + " " + report.contactLine(contact, withPurpose: false))
            }
            let numbers = code.questions(at: id)
            if !numbers.isEmpty, case .open = code.decision(progress.answers) {
                say(t("meldcode.questions"))
                for number in numbers {
                    // The first answer that decides ends the weighing; an open one leaves it for later.
                    guard case .open(let next) = code.decision(progress.answers), next == number else { break }
                    say("  \(number + 1). " + code.questions[number].text(language))
                    progress.answers[number] = try yesNo(t("plain.meldcodeAnswer"))
                }
                say(text.decisionLine(code, progress))
            }
            guard try yesNo(t("plain.meldcodeDone")) == true else { continue }
            progress.steps[index].done = true
            progress.steps[index].date = try askDate()
            progress.steps[index].note = NoteText.clean(try ask(t("plain.meldcodeNote")))
        }
        return progress
    }

    /// true for j/y/ja/yes, false for n/nee/no, nil for an empty line.
    func yesNo(_ prompt: String) throws(EndOfInput) -> Bool? {
        while true {
            let answer = try ask(prompt).lowercased()
            if answer.isEmpty { return nil }
            if ["j", "y", "ja", "yes"].contains(answer) { return true }
            if ["n", "nee", "no"].contains(answer) { return false }
            say(t("plain.invalid"))
        }
    }

    func askDate() throws(EndOfInput) -> String {
        while true {
            let answer = try ask(t("plain.meldcodeDate"))
            if answer.isEmpty { return DateText.day(now(), in: .current) }
            if let date = NoteText.date(answer) { return date }
            say(t("meldcode.badDate"))
        }
    }

    func askReference() throws(EndOfInput) -> String? {
        say(t("casenote.form.never") + " " + noteFolder.path)
        while true {
            switch CaseReference.validate(try ask(t("casenote.form.reference"))) {
            case .success(let reference): return reference
            case .failure(let refused): say(t(refused.key))
            }
        }
    }
}
