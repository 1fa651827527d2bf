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


    public func document(result: AssessmentResult, steps: [ReferralStep]) -> Document {
        var doc = Document()
        let levels = content.scoring.levels.sorted { $0.rank < $1.rank }
        doc.add(.heading(t("result.level")))
        doc.add(.levelGauge(levels: levels.map { $0.label(language) }, current: result.level.rank))
        doc.add(.paragraph(t("result.levelIs", ["level": result.level.label(language)]) + " " + result.level.meaning(language)))
        doc.add(.warning(t("result.disclaimer")))
        doc.add(.blank)

        doc.add(.heading(t("result.reasons")))
        for reason in result.reasons {
            doc.add(.bullet(text(for: reason, score: result.score), indent: 0))
        }
        doc.add(.blank)
        doc.add(.heading(t("result.referral")))
        var described: Set<String> = []
        for (index, step) in steps.enumerated() {
            // One numbering: a step's place in a procedure (the meldcode's
            // step 2) is a label after the text, never a second number.
            doc.add(.numbered(index + 1, step.text(language) + (step.label.map { " (\($0(language)))" } ?? "")))
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
        // The weight is not the headline: next to the level, "42/100" read
        // as a second verdict. Here it comes with its thresholds marked.
        doc.add(.blank)
        doc.add(.bar(label: t("result.score"), value: result.score, maximum: 100, marks: scoreMarks()))
        doc.add(.note(t("result.scoreMeaning")))
        let contextOnly = content.scoring.contextOnlyKinds
        for (heading, signals) in [("result.signals", result.contributing.filter { !contextOnly.contains($0.kind) }),
                                   ("result.vulnerable", result.contributing.filter { contextOnly.contains($0.kind) })]
        where !signals.isEmpty {
            doc.add(.blank)
            doc.add(.heading(t(heading)))
            for signal in signals {
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

    /// The score thresholds, lowest first: "attention from 10".
    func scoreMarks() -> [Document.Mark] {
        content.scoring.scoreThresholds.filter { $0.value > 0 }
            .compactMap { id, value in content.scoring.level(id).map { (value, $0.label(language)) } }
            .sorted { $0.0 < $1.0 }
            .map { Document.Mark(value: $0.0, label: t("result.scoreMark", ["level": $0.1, "value": "\($0.0)"])) }
    }

    /// "1 strong signal", "2 zwakke signalen": the noun's form from ui.json.
    func count(_ noun: String, _ n: Int) -> String {
        t("count.\(noun).\(n == 1 ? "one" : "other")", ["n": "\(n)"])
    }

    /// "a, b and c"
    func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + t("list.and") + " " + last
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
        case .requirementNotMet(let requirement):
            let limit = content.scoring.level(requirement.level)
            let below = content.scoring.levels.filter { $0.rank < (limit?.rank ?? 0) }.max { $0.rank < $1.rank }
            return t("reason.requirement", ["rule": requirement.label(language), "level": below?.label(language) ?? ""])
        case .counts(let strong, let medium, let weak, let groups):
            let parts = [("strong", strong), ("medium", medium), ("weak", weak)].filter { $0.1 > 0 }.map { count($0.0, $0.1) }
            return t("reason.counts", ["signals": list(parts), "groups": count("group", groups)])
        case .contextOnly(let n, let alone):
            return t(alone ? "reason.contextAlone" : "reason.contextWith", ["factors": count("vulnerability", n)])
        case .ageUnknownTreatedAsMinor:
            return t("reason.ageUnknown")
        case .noSignals:
            return t("reason.noSignals")
        }
    }
}
