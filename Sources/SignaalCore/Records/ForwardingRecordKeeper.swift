import Foundation

/// A keeper that hands every operation to another and changes only some:
/// the LRS keeper (which also reports statements) and the tests' counting
/// keeper. A type's own method wins over these.
public protocol ForwardingRecordKeeper: RecordKeeper {
    var inner: any RecordKeeper { get }
}

extension ForwardingRecordKeeper {
    public func read() throws -> (TrainingRecords, [StoreNotice]) { try inner.read() }
    public func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) { try inner.update(change) }
    public func learners(named name: String) throws -> [Learner] { try inner.learners(named: name) }
    public func learners(sameNameAs name: String) throws -> [Learner] { try inner.learners(sameNameAs: name) }
    public func learner(named name: String, organisation: String?, now: Date) throws -> Learner {
        try inner.learner(named: name, organisation: organisation, now: now)
    }
    public func enrolments(learnerID: String) throws -> [Enrolment] { try inner.enrolments(learnerID: learnerID) }
    public func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws {
        try inner.saveProgress(runner, learner: learner, now: now)
    }
    public func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate? {
        try inner.participantCertificate(learner: learner, module: module, now: now, newCode: newCode)
    }
    public func certificate(code: String) throws -> IssuedCertificate? { try inner.certificate(code: code) }
    public func certificates(learnerID: String) throws -> [IssuedCertificate] { try inner.certificates(learnerID: learnerID) }
    public func organisations() throws -> [Organisation] { try inner.organisations() }
    public func organisationHeaders() throws -> [Organisation] { try inner.organisationHeaders() }
    public func organisation(idOrName: String) throws -> Organisation? { try inner.organisation(idOrName: idOrName) }
    public func addOrganisation(name: String, location: String?, moduleID: String, now: Date) throws -> Result<Organisation, OrganisationProblem> {
        try inner.addOrganisation(name: name, location: location, moduleID: moduleID, now: now)
    }
    public func updateOrganisation<T>(id: String, _ change: (inout Organisation) throws -> T) throws -> T? {
        try inner.updateOrganisation(id: id, change)
    }
    public func link(organisationID: String, learner: String, staffName: String, now: Date) throws -> Result<RosterLink, LinkProblem> {
        try inner.link(organisationID: organisationID, learner: learner, staffName: staffName, now: now)
    }
    public func unlink(organisationID: String, learner: String, now: Date) throws -> Result<RosterLink, LinkProblem> {
        try inner.unlink(organisationID: organisationID, learner: learner, now: now)
    }
    public func completions() throws -> [LearnerCompletion] { try inner.completions() }
    public func organisationStatus(_ organisation: Organisation, threshold: Int) throws -> OrganisationStatus {
        try inner.organisationStatus(organisation, threshold: threshold)
    }
    public func organisationTally(_ organisation: Organisation, threshold: Int) throws -> OrganisationTally? {
        try inner.organisationTally(organisation, threshold: threshold)
    }
    public func organisationCertificate(idOrName: String, threshold: Int, module: (String) -> TrainingModule?, now: Date,
                                        newCode: () -> String) throws -> OrganisationCertificateOutcome? {
        try inner.organisationCertificate(idOrName: idOrName, threshold: threshold, module: module, now: now, newCode: newCode)
    }
    public func organisationCertificate(for organisation: Organisation, tally: OrganisationTally, module: TrainingModule, now: Date,
                                        newCode: () -> String) throws -> IssuedCertificate? {
        try inner.organisationCertificate(for: organisation, tally: tally, module: module, now: now, newCode: newCode)
    }
    public func takeNotices() -> [StoreNotice] { inner.takeNotices() }
}
