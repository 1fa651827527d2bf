import Foundation
import SignaalCore

/// The store's targeted operations through the LRS keeper, so that with an
/// LRS set the full-screen app still reads and writes no whole records:
/// what is no statement (look-ups, organisations, links) is forwarded to the
/// store as it is (`ForwardingRecordKeeper`); a certificate issued now is reported as `earned`, as `update`'s
/// before-and-after comparison would; an organisation's status counts the
/// completions fetched from the LRS (`fetched`, an `LRSCompletionCache`) with the local ones.
extension LRSRecordKeeper {
    /// Also starts fetching the LRS's completions of their modules (in the background).
    func organisations() throws -> [Organisation] {
        let organisations = try inner.organisations()
        fetched?.refresh(modules: Set(organisations.map(\.moduleID)))
        return organisations
    }

    func organisationHeaders() throws -> [Organisation] {
        let organisations = try inner.organisationHeaders()
        fetched?.refresh(modules: Set(organisations.map(\.moduleID)))
        return organisations
    }

    /// The store's tally; counted here with the LRS's completions once any were fetched.
    func organisationTally(_ organisation: Organisation, threshold: Int) throws -> OrganisationTally? {
        guard lrsPasses(organisation) != nil else { return try inner.organisationTally(organisation, threshold: threshold) }
        guard let found = try inner.organisation(idOrName: organisation.id), found.id == organisation.id else { return nil }
        return try organisationStatus(found, threshold: threshold).tally
    }

    func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate? {
        try reportingNew(learner: learner, newCode: newCode) { code in
            try inner.participantCertificate(learner: learner, module: module, now: now, newCode: code)
        }
    }

    /// The store's status, with the LRS's completions of the module counted
    /// too once any were fetched (the same rules: `LRSCompletions.merged`).
    func organisationStatus(_ organisation: Organisation, threshold: Int) throws -> OrganisationStatus {
        guard let cache = fetched, let passes = lrsPasses(organisation) else {
            return try inner.organisationStatus(organisation, threshold: threshold)
        }
        let local = try inner.completions().filter { $0.moduleID == organisation.moduleID }
        let fetched = LRSCompletions.merged(TrainingRecords(), organisation: organisation, passes: passes,
                                            pseudonym: cache.connection.settings.pseudonym).completions()
        return OrganisationStatus(organisation: organisation, completions: local + fetched, threshold: threshold)
    }

    func organisationCertificate(idOrName: String, threshold: Int, module: (String) -> TrainingModule?, now: Date,
                                 newCode: () -> String) throws -> OrganisationCertificateOutcome? {
        // With completions fetched from the LRS, the store's tally would miss them: counted here.
        if fetched != nil, let organisation = try inner.organisation(idOrName: idOrName), lrsPasses(organisation) != nil {
            guard let found = module(organisation.moduleID) else { return nil }
            let tally = try organisationStatus(organisation, threshold: threshold).tally
            let certificate = try reportingNew(learner: nil, newCode: newCode) { code in
                try inner.organisationCertificate(for: organisation, tally: tally, module: found, now: now, newCode: code)
            }
            return OrganisationCertificateOutcome(organisation: organisation, tally: tally, certificate: certificate)
        }
        var outcome: OrganisationCertificateOutcome?
        _ = try reportingNew(learner: nil, newCode: newCode) { code in
            outcome = try inner.organisationCertificate(idOrName: idOrName, threshold: threshold, module: module, now: now, newCode: code)
            return outcome?.certificate
        }
        return outcome
    }

    func organisationCertificate(for organisation: Organisation, tally: OrganisationTally, module: TrainingModule, now: Date,
                                 newCode: () -> String) throws -> IssuedCertificate? {
        try reportingNew(learner: nil, newCode: newCode) { code in
            try inner.organisationCertificate(for: organisation, tally: tally, module: module, now: now, newCode: code)
        }
    }

    /// Issues a certificate with `issue` and reports it when it is new: the
    /// records make a code only for a certificate they add.
    private func reportingNew(learner: Learner?, newCode: () -> String,
                              _ issue: (() -> String) throws -> IssuedCertificate?) throws -> IssuedCertificate? {
        var madeCode = false
        let certificate = try withoutActuallyEscaping(newCode) { newCode in
            try issue {
                madeCode = true
                return newCode()
            }
        }
        guard madeCode, let certificate else { return certificate }
        var before = TrainingRecords()
        before.learners = learner.map { [$0] } ?? []
        var after = before
        after.certificates = [certificate]
        report(before: before, after: after)
        return certificate
    }

    /// The passes fetched for the organisation's module; nil when there are none (yet).
    private func lrsPasses(_ organisation: Organisation) -> [String: Date]? {
        guard let fetched else { return nil }
        fetched.refresh(modules: [organisation.moduleID])
        let passes = fetched.passes(moduleID: organisation.moduleID)
        return passes.isEmpty ? nil : passes
    }
}
