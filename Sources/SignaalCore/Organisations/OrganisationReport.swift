/// An organisation's progress in words and bars, for the terminal and text output.
public struct OrganisationReport: Sendable, Speaks {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }


    /// A bar of `width` cells with the threshold marked by "│".
    public static func bar(percent: Double, threshold: Int, width: Int) -> String {
        let filled = max(0, min(width, Int((percent / 100 * Double(width)).rounded(.down))))
        let mark = max(0, min(width - 1, threshold * width / 100))
        return String((0..<width).map { index -> Character in
            if index == mark { return "│" }
            return index < filled ? "█" : "░"
        })
    }

    public func summary(_ status: OrganisationStatus) -> String { summary(status.tally) }

    public func summary(_ tally: OrganisationTally) -> String {
        t("org.summary", ["completed": "\(tally.completed)", "rostered": "\(tally.rostered)", "percent": "\(tally.shownPercent)"])
    }

    public func verdict(_ status: OrganisationStatus) -> String {
        if status.eligible { return t("org.eligible", ["threshold": "\(status.threshold)"]) }
        return notYet(status.tally, organisationID: status.organisationID)
    }

    /// Why there is no certificate yet: how many more staff, or (with nobody
    /// on the roster, where "0 more needed" would mislead) the roster to import.
    public func notYet(_ tally: OrganisationTally, organisationID: String) -> String {
        tally.rostered == 0
            ? t("org.noRoster", ["id": organisationID])
            : t("org.needMore", ["needed": "\(tally.staffNeeded)", "threshold": "\(tally.threshold)"])
    }

    public func text(_ status: OrganisationStatus, organisation: Organisation, width: Int = 60) -> String {
        // Names come from the records file and the roster: made safe (SafeText).
        let safe = { (text: String) in SafeText.escaped(text) }
        var out = safe(organisation.name) + (organisation.location.map { " · " + safe($0) } ?? "") + "\n"
        out += (content.module(organisation.moduleID)?.title(language) ?? organisation.moduleID) + "\n\n"
        out += summary(status) + "\n"
        out += "[" + Self.bar(percent: status.percent, threshold: status.threshold, width: width) + "] \(status.shownPercent)%\n"
        out += t("org.thresholdLine", ["threshold": "\(status.threshold)"]) + "\n"
        out += verdict(status) + "\n\n"
        let departments = status.departmentsInOrder
        if !departments.isEmpty {
            out += t("org.byDepartment") + "\n"
            let nameWidth = min(24, departments.map { DisplayWidth.of(name($0.department)) }.max() ?? 0)
            for (department, count) in departments {
                let percent = count.rostered > 0 ? Double(count.completed) * 100 / Double(count.rostered) : 0
                out += "  " + TextWrap.pad(name(department), width: nameWidth) + "  "
                    + Self.bar(percent: percent, threshold: status.threshold, width: 20) + "  \(count.completed)/\(count.rostered)\n"
            }
            out += "\n"
        }
        let pending = status.pending
        out += t("org.pending", ["count": "\(pending.count)"]) + "\n"
        for member in pending {
            out += "  - " + safe(member.name) + (member.department.map { " (\(safe($0)))" } ?? "") + "\n"
        }
        return out + unmatchedText(status, organisation: organisation)
    }

    public func name(_ department: String) -> String {
        department.isEmpty ? t("org.noDepartment") : SafeText.escaped(department)
    }
}
