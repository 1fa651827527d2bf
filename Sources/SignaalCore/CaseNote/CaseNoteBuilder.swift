import Foundation

/// Turns a `CaseNote` into blocks: the heading facts, the result exactly as
/// the result screen reports it (`ResultReport`), the signals with their
/// explanation, the meldcode as worked through, and room for what the
/// meldcode asks to record.
public struct CaseNoteBuilder: Speaks {
    public let content: ContentBundle
    public let language: Language

    public func blocks(_ note: CaseNote) -> [CaseNoteBlock] {
        var blocks: [CaseNoteBlock] = [.title(t("casenote.title")), .warning(t("casenote.disclaimer"))]
        blocks += header(note)
        blocks += result(note)
        blocks += explanations(note.result)
        if let progress = note.progress, let code = content.reportingCode {
            blocks += ReportingCodeText(content: content, language: language).blocks(code, progress)
        }
        blocks.append(.heading(t("casenote.record")))
        for key in ["consulted", "veiligThuis", "conversation", "decision"] {
            blocks.append(.fillIn(t("casenote.record.\(key)")))
        }
        blocks.append(.note(t("casenote.footer")))
        return blocks
    }

    func header(_ note: CaseNote) -> [CaseNoteBlock] {
        let age = t("age.\(note.result.input.age.rawValue)")
        return [
            .field(label: t("casenote.created"), value: DateText.minute(note.created, in: note.timeZone)),
            .field(label: t("casenote.checklist"), value: t("casenote.checklistValue", [
                "title": note.checklist.title(language), "id": note.checklist.id,
                "version": ChecklistFingerprint.of(note.checklist), "app": note.appVersion,
            ])),
            .field(label: t("casenote.role"), value: note.role?.label(language) ?? t("casenote.none")),
            .field(label: t("casenote.reference"), value: note.reference ?? t("casenote.none")),
            .field(label: t("casenote.age"), value: age),
            .field(label: t("casenote.acute"), value: t(note.result.input.acute ? "answer.yes" : "answer.no")),
        ] + note.checklist.questions.map { question in
            // The checklist's own questions change the steps too (recent sexual violence: CSG).
            .field(label: question.text(language), value: t(note.result.input.answers.contains(question.id) ? "answer.yes" : "answer.no"))
        }
    }

    /// The result screen's own document, block for block, so the note can
    /// never say something the screen did not.
    func result(_ note: CaseNote) -> [CaseNoteBlock] {
        let document = ResultReport(content: content, language: language).document(result: note.result, steps: note.steps)
        return document.blocks.compactMap { block -> CaseNoteBlock? in
            switch block {
            case .heading(let text): return .heading(text)
            case .paragraph(let text): return .paragraph(text)
            case .note(let text): return .note(text)
            case .warning(let text): return .warning(text)
            case .bullet(let text, let indent): return .bullet(text, indent: indent)
            case .numbered(let n, let text): return .numbered(n, text)
            case .levelGauge, .bar:
                // The gauge and the bar in words, as the plain-text result prints them.
                return .paragraph(PlainTextRenderer.render(Document([block]), width: 10_000).trimmingCharacters(in: .whitespacesAndNewlines))
            case .blank: return nil
            }
        }
    }

    func explanations(_ result: AssessmentResult) -> [CaseNoteBlock] {
        guard !result.contributing.isEmpty else { return [] }
        var blocks: [CaseNoteBlock] = [.heading(t("casenote.explained"))]
        for signal in result.contributing {
            blocks.append(.bullet("\(signal.text(language)) (\(t("strength.\(signal.strength.rawValue)")))", indent: 0))
            blocks.append(.bullet(signal.why(language), indent: 1))
        }
        return blocks
    }

    /// "2026-11-27", for a step's default date (the meldcode screen calls it).
    public static func day(_ date: Date, _ zone: TimeZone) -> String {
        DateText.day(date, in: zone)
    }
}

/// The meldcode as worked through, for the note and for `--plain`.
public struct ReportingCodeText: Speaks {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }

    public func blocks(_ code: ReportingCode, _ progress: ReportingCodeProgress) -> [CaseNoteBlock] {
        var blocks: [CaseNoteBlock] = [.heading(t("meldcode.title"))]
        for (index, id) in code.steps.enumerated() {
            guard let step = content.steps.first(where: { $0.id == id }) else { continue }
            let entry = progress.steps.indices.contains(index) ? progress.steps[index] : .init()
            var line = "\(index + 1). " + step.text(language)
            if !entry.date.isEmpty { line += " — " + entry.date }
            if !entry.note.isEmpty { line += " — " + entry.note }
            blocks.append(.check(done: entry.done, text: line))
            let numbers = code.questions(at: id)
            for number in numbers {
                let answer = progress.answers.indices.contains(number) ? progress.answers[number] : nil
                blocks.append(.bullet("\(number + 1). \(code.questions[number].text(language)) \(answerLabel(answer))", indent: 1))
            }
            // The outcome once, after the step with the framework's last question.
            if numbers.last == code.questions.indices.last {
                blocks.append(.bullet(decisionLine(code, progress), indent: 1))
            }
        }
        return blocks
    }

    public func answerLabel(_ answer: Bool?) -> String {
        switch answer {
        case true?: return t("meldcode.answer.yes")
        case false?: return t("meldcode.answer.no")
        case nil: return t("meldcode.answer.open")
        }
    }

    /// "Decision by the framework: report to Veilig Thuis. Why: …"
    public func decisionLine(_ code: ReportingCode, _ progress: ReportingCodeProgress) -> String {
        let decision = code.decision(progress.answers)
        switch decision {
        case .open(let question):
            return t("meldcode.decision.open", ["number": "\(question + 1)"])
        case .decided(let outcome, _):
            return t("meldcode.decision", ["outcome": code.outcomeLabels[outcome]?(language) ?? outcome.rawValue,
                                           "reason": code.reason(for: decision)?(language) ?? ""])
        }
    }
}
