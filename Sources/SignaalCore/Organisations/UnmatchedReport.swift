/// Unmatched completions in words, for the terminal, the text report and the manager's view.
extension OrganisationReport {
    /// One line per unmatched completion: the name as typed, the organisation as typed, the likely row.
    public func unmatchedLines(_ status: OrganisationStatus) -> [String] {
        status.unmatched.map { entry in
            let organisation = entry.learnerOrganisation.flatMap { $0.isEmpty ? nil : $0 } ?? t("org.noOrganisation")
            let likely = entry.candidates.isEmpty ? t("org.notOnRoster") : entry.candidates.map(\.name).joined(separator: " / ")
            return t("org.unmatchedLine", ["name": entry.learnerName, "organisation": organisation, "likely": likely])
        }
    }

    /// The section of the text report, or "" when every completion counts.
    public func unmatchedText(_ status: OrganisationStatus, organisation: Organisation) -> String {
        let lines = unmatchedLines(status)
        guard !lines.isEmpty else { return "" }
        return "\n" + t("org.unmatched", ["count": "\(lines.count)"]) + "\n" + lines.map { "  ? " + $0 + "\n" }.joined()
            + t("org.linkHint", ["id": organisation.id]) + "\n"
    }
}
