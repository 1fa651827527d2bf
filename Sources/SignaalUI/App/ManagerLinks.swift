import SignaalCore

/// Unmatched completions in the manager's view: listed with the roster row
/// they most likely belong to; `m` (match) links the marked one, `u` undoes the
/// newest link. The same records change as with `signaal org link`.
enum ManagerLinks {
    /// The unmatched completion `m` acts on: the first with a likely row.
    static func next(_ status: OrganisationStatus) -> UnmatchedCompletion? {
        status.unmatched.first { !$0.candidates.isEmpty }
    }

    static func link(_ state: inout AppState) -> [Effect] {
        guard let (organisation, status) = OrganisationStatusScreen.status(state) else { return [] }
        guard let entry = next(status), let row = entry.candidates.first else {
            state.status = .init("manager.nothingToLink")
            return []
        }
        return [.changeRecords(.link(organisationID: organisation.id, learnerID: entry.learnerID, learnerName: entry.learnerName, staffName: row.name))]
    }

    static func unlink(_ state: inout AppState) -> [Effect] {
        guard let (organisation, _) = OrganisationStatusScreen.status(state) else { return [] }
        // Links are appended as they are made: the last active one is the newest.
        guard let newest = (organisation.links ?? []).last(where: \.isActive) else {
            state.status = .init("manager.nothingToUnlink")
            return []
        }
        return [.changeRecords(.unlink(organisationID: organisation.id, learnerID: newest.learnerID))]
    }

    /// The section under "still to do"; nothing when every completion counts.
    static func lines(_ state: AppState, _ status: OrganisationStatus, width: Int) -> [StyledLine] {
        guard !status.unmatched.isEmpty else { return [] }
        let report = OrganisationReport(content: state.content, language: state.language)
        let marked = next(status)?.learnerID
        var out = [StyledLine(), StyledLine(state.t("org.unmatched", ["count": "\(status.unmatched.count)"]), .heading)]
        for (entry, text) in zip(status.unmatched, report.unmatchedLines(status)) {
            let here = entry.learnerID == marked
            out += DocumentView.hanging(text, first: here ? "▶ ? " : "  ? ", rest: "    ", width: width, role: here ? .accent : .normal)
        }
        if marked != nil { out += TrainingView.paragraph(state.t("manager.linkHint"), width: width, role: .dim) }
        return out
    }
}
