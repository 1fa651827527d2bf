import Foundation

/// The result of a checklist as a document: level, score, reasons, the
/// signals that drove it and the referral steps with their contacts.
public struct ResultReport: Sendable, Speaks {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }


    /// `notes`: the checklist's notes that apply (an age rule, for example),
    /// shown under the level.
    public func document(result: AssessmentResult, steps: [ReferralStep], notes: [ChecklistNote] = []) -> Document {
        var doc = Document()
        let levels = content.scoring.levels.sorted { $0.rank < $1.rank }
        doc.add(.heading(t("result.level")))
        doc.add(.levelGauge(levels: levels.map { $0.label(language) }, current: result.level.rank))
        doc.add(.paragraph(t("result.levelIs", ["level": result.level.label(language)]) + " " + result.level.meaning(language)))
        doc.add(.bar(label: t("result.score"), value: result.score, maximum: 100))
        doc.add(.warning(t("result.disclaimer")))
        for note in notes { doc.add(.warning(note.text(language))) }
        doc.add(.blank)

        doc.add(.heading(t("result.reasons")))
        for reason in result.reasons {
            doc.add(.bullet(text(for: reason, score: result.score), indent: 0))
        }
        doc.add(.blank)
        doc.add(.heading(t("result.referral")))
        var described: Set<String> = []
        for (index, step) in steps.enumerated() {
            doc.add(.numbered(index + 1, step.text(language)))
            if let detail = step.detail { doc.add(.bullet(detail(language), indent: 1)) }
            if !step.questions.isEmpty {
                doc.add(.bullet(t("result.questions"), indent: 1))
                for question in step.questions { doc.add(.bullet(question(language), indent: 2)) }
            }
            for id in step.contacts {
                guard let contact = content.contact(id) else { continue }
                // A contact is explained once; later steps only repeat how to reach it.
                let full = described.insert(id).inserted
                doc.add(.bullet(contactLine(contact, withPurpose: full), indent: 1))
            }
        }
        if !result.contributing.isEmpty {
            doc.add(.blank)
            doc.add(.heading(t("result.signals")))
            for signal in result.contributing {
                doc.add(.bullet("\(signal.text(language)) (\(t("strength.\(signal.strength.rawValue)")))", indent: 0))
            }
        }
        doc.add(.blank)
        doc.add(.note(t("result.privacy")))
        return doc
    }

    /// "Veilig Thuis: 0800-2000 · veiligthuis.nl · day and night — what for"
    public func contactLine(_ contact: Contact, withPurpose: Bool = true) -> String {
        var parts = [contact.phone, contact.url.replacingOccurrences(of: "https://", with: "")].filter { !$0.isEmpty }
        if withPurpose, let hours = contact.hours { parts.append(hours(language)) }
        let reach = "\(contact.name(language)): \(parts.joined(separator: " · "))"
        return withPurpose ? reach + " — " + contact.purpose(language) : reach
    }

    public func text(for reason: Reason, score: Int) -> String {
        func levelName(_ id: String) -> String { content.scoring.level(id)?.label(language) ?? id }
        switch reason {
        case .acuteDanger:
            return t("reason.acute")
        case .combination(let rule):
            return t("reason.combination", ["rule": rule.label(language), "level": levelName(rule.level)])
        case .scoreThreshold(let level, let threshold):
            return t("reason.threshold", ["score": "\(score)", "threshold": "\(threshold)", "level": levelName(level)])
        case .counts(let strong, let medium, let weak, let groups):
            return t("reason.counts", ["strong": "\(strong)", "medium": "\(medium)", "weak": "\(weak)", "groups": "\(groups)"])
        case .ageUnknownTreatedAsMinor:
            return t("reason.ageUnknown")
        case .noSignals:
            return t("reason.noSignals")
        }
    }
}
