import Foundation

extension TrainingRecords {
    /// The organisation certificate for a status that is eligible: the one
    /// issued before for the same organisation, module and numbers, or a
    /// new one with an unused code. Nil when not eligible, or when the
    /// status or module is not the organisation's.
    ///
    /// The recipient is the organisation's name; `organisation` holds its
    /// id. A certificate is reused only when name, completed, rostered,
    /// threshold and place are all the same, because each is printed on it.
    public mutating func organisationCertificate(for organisation: Organisation, status: OrganisationStatus,
                                                 module: TrainingModule, now: Date, newCode: () -> String) -> IssuedCertificate? {
        guard status.organisationID == organisation.id, status.moduleID == module.id else { return nil }
        return organisationCertificate(for: organisation, tally: status.tally, module: module, now: now, newCode: newCode)
    }

    /// The same from the counts alone (the records folder's `OrganisationTally`).
    public mutating func organisationCertificate(for organisation: Organisation, tally status: OrganisationTally,
                                                 module: TrainingModule, now: Date, newCode: () -> String) -> IssuedCertificate? {
        guard status.eligible, module.id == organisation.moduleID else { return nil }
        if let existing = certificates.first(where: {
            $0.kind == .organisation && $0.organisation == organisation.id && $0.moduleID == module.id
                && $0.recipient == organisation.name && $0.staffCompleted == status.completed
                && $0.staffRostered == status.rostered && $0.thresholdPercent == status.threshold
                && $0.location == organisation.location
        }) {
            return existing
        }
        let certificate = IssuedCertificate(
            code: unusedCode(newCode), kind: .organisation, issuedOn: now, moduleID: module.id, recipient: organisation.name,
            learnerID: nil, organisation: organisation.id, scorePercent: nil,
            staffCompleted: status.completed, staffRostered: status.rostered, thresholdPercent: status.threshold,
            location: organisation.location)
        certificates.append(certificate)
        return certificate
    }
}
