import Foundation

/// The targeted operations from the whole records, for keepers without a
/// faster way (memory, LRS reporting): correct, at `read`/`update` cost.
extension RecordKeeper {
    public func learners(named name: String) throws -> [Learner] { try read().0.learners(named: name) }

    public func learners(sameNameAs name: String) throws -> [Learner] {
        let key = NameKey.of(name)
        return try read().0.learners.filter { NameKey.of($0.name) == key }
    }

    public func learner(named name: String, organisation: String?, now: Date) throws -> Learner {
        try update { $0.learner(named: name, organisation: organisation, now: now) }.0
    }

    public func enrolments(learnerID: String) throws -> [Enrolment] { try read().0.enrolments(learnerID: learnerID) }

    public func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws {
        _ = try update { $0.save(runner, learnerID: learner.id, now: now) }
    }

    public func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate? {
        try update { $0.participantCertificate(learner: learner, module: module, now: now, newCode: newCode) }.0
    }

    public func certificate(code: String) throws -> IssuedCertificate? { try read().0.certificate(code: code) }

    public func certificates(learnerID: String) throws -> [IssuedCertificate] {
        try read().0.certificates.filter { $0.learnerID == learnerID }
    }

    public func organisations() throws -> [Organisation] { try read().0.organisations }

    public func organisationHeaders() throws -> [Organisation] {
        try organisations().map { organisation in
            var header = organisation
            header.staff = []
            return header
        }
    }

    public func organisation(idOrName: String) throws -> Organisation? { try read().0.organisation(idOrName: idOrName) }

    public func addOrganisation(name: String, location: String?, moduleID: String, now: Date) throws -> Result<Organisation, OrganisationProblem> {
        try update { $0.addOrganisation(name: name, location: location, moduleID: moduleID, now: now) }.0
    }

    public func updateOrganisation<T>(id: String, _ change: (inout Organisation) throws -> T) throws -> T? {
        try update { records -> T? in
            guard var organisation = records.organisation(id: id) else { return nil }
            let result = try change(&organisation)
            records.save(organisation)
            return result
        }.0
    }

    public func link(organisationID: String, learner: String, staffName: String, now: Date) throws -> Result<RosterLink, LinkProblem> {
        try update { $0.link(organisationID: organisationID, learner: learner, staffName: staffName, now: now) }.0
    }

    public func unlink(organisationID: String, learner: String, now: Date) throws -> Result<RosterLink, LinkProblem> {
        try update { $0.unlink(organisationID: organisationID, learner: learner, now: now) }.0
    }

    public func completions() throws -> [LearnerCompletion] { try read().0.completions() }

    public func organisationStatus(_ organisation: Organisation, threshold: Int) throws -> OrganisationStatus {
        OrganisationStatus(organisation: organisation, records: try read().0, threshold: threshold)
    }

    public func organisationTally(_ organisation: Organisation, threshold: Int) throws -> OrganisationTally? {
        guard let found = try self.organisation(idOrName: organisation.id), found.id == organisation.id else { return nil }
        return try organisationStatus(found, threshold: threshold).tally
    }

    public func organisationCertificate(idOrName: String, threshold: Int, module: (String) -> TrainingModule?, now: Date,
                                        newCode: () -> String) throws -> OrganisationCertificateOutcome? {
        try update { records -> OrganisationCertificateOutcome? in
            guard let organisation = records.organisation(idOrName: idOrName), let module = module(organisation.moduleID) else { return nil }
            let status = OrganisationStatus(organisation: organisation, records: records, threshold: threshold)
            let certificate = records.organisationCertificate(for: organisation, status: status, module: module, now: now, newCode: newCode)
            return OrganisationCertificateOutcome(organisation: organisation, tally: status.tally, certificate: certificate)
        }.0
    }

    public func organisationCertificate(for organisation: Organisation, tally: OrganisationTally, module: TrainingModule, now: Date,
                                        newCode: () -> String) throws -> IssuedCertificate? {
        try update { $0.organisationCertificate(for: organisation, tally: tally, module: module, now: now, newCode: newCode) }.0
    }

    public func takeNotices() -> [StoreNotice] { [] }
}

extension TrainingRecords {
    /// Every passing completion, as the records folder's log holds them.
    public func completions() -> [LearnerCompletion] {
        let learners = Dictionary(self.learners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return enrolments.compactMap { enrolment in
            guard let completed = enrolment.completed, let learner = learners[enrolment.learnerID] else { return nil }
            return LearnerCompletion(learner: learner, moduleID: enrolment.moduleID, completed: completed, score: enrolment.completedScore ?? 0)
        }
    }
}
