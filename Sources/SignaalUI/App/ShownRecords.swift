import SignaalCore

/// What the screens show of the training records, as the effect runner
/// last sent it: never the whole records, only what a screen asked for
/// (`Effect.loadOrganisations`, `.findLearners`, `.loadLearner`,
/// `.loadOrganisation`), so a screen costs the same in a school of 20 as
/// in a chain of 100,000.
public struct ShownRecords: Equatable, Sendable {
    /// The organisations on record (the learner form, the manager's list):
    /// without their rosters, but for those in `rosters`.
    public var organisations: [Organisation] = []
    /// The organisations read with their roster since the list was read.
    public var rosters: Set<String> = []
    /// Their counts, for the manager's list (by organisation id).
    public var tallies: [String: OrganisationTally] = [:]
    /// The organisation the manager looks at, and its status as last counted.
    public var status: OrganisationStatus?
    /// The learners with the name typed in the form, and the learner who trains.
    public var learners: [Learner] = []
    /// Their work on each module.
    public var enrolments: [Enrolment] = []
    /// The certificates of the learner who trains.
    public var certificates: [IssuedCertificate] = []

    public init() {}

    /// The learners and their work, to ask `TrainingRecords`' own questions
    /// (the same rules as the store's: `findLearner`, `save`).
    var learnerRecords: TrainingRecords {
        get {
            var records = TrainingRecords()
            records.learners = learners
            records.enrolments = enrolments
            records.certificates = certificates
            return records
        }
        set {
            learners = newValue.learners
            enrolments = newValue.enrolments
            certificates = newValue.certificates
        }
    }

    func findLearner(named name: String, organisation: String?) -> Learner? {
        learnerRecords.findLearner(named: name, organisation: organisation)
    }

    func enrolment(learnerID: String, moduleID: String) -> Enrolment? {
        enrolments.first { $0.learnerID == learnerID && $0.moduleID == moduleID }
    }

    func enrolments(learnerID: String) -> [Enrolment] { enrolments.filter { $0.learnerID == learnerID } }

    func organisation(id: String) -> Organisation? { organisations.first { $0.id == id } }

    func organisation(idOrName: String) -> Organisation? {
        var records = TrainingRecords()
        records.organisations = organisations
        return records.organisation(idOrName: idOrName)
    }

    /// Puts an organisation read afresh, with its roster, in place of the one shown (or adds it).
    mutating func replace(_ organisation: Organisation) {
        rosters.insert(organisation.id)
        if let index = organisations.firstIndex(where: { $0.id == organisation.id }) {
            organisations[index] = organisation
        } else {
            organisations.append(organisation)
        }
    }
}
