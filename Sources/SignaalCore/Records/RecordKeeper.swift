import Foundation
import Synchronization

/// Where training records are kept. The records folder (`FolderRecordStore`)
/// is the real one; tests and class mode (which stores no names) use others.
///
/// `read` and `update` work on the whole records: simple, but their cost
/// grows with the folder. The other operations touch only what they need
/// (one learner's file, one name bucket, one log line, one organisation),
/// so their cost stays flat; keepers without a faster way get them from
/// `read` and `update` (`RecordKeeper+Targeted.swift`). Notices about
/// damaged files found by these operations wait in `takeNotices()`.
public protocol RecordKeeper: Sendable {
    /// The records, and plain-language notices about anything recovered.
    func read() throws -> (TrainingRecords, [StoreNotice])
    /// Reads the latest records under a lock, changes them, writes them back.
    func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice])

    /// Learners with this name (`LearnerName.key`), whatever their organisation.
    func learners(named name: String) throws -> [Learner]
    /// Learners whose name has the same `NameKey` (accents, case, "Last, First"), for the learner form to offer.
    func learners(sameNameAs name: String) throws -> [Learner]
    /// The learner with this name and organisation, added when new (never twice).
    func learner(named name: String, organisation: String?, now: Date) throws -> Learner
    /// The learner's work on each module.
    func enrolments(learnerID: String) throws -> [Enrolment]
    /// Saves where the learner is in the runner's module; marks the first passing completion.
    func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws
    /// The learner's certificate for a completed module, issued once (see `TrainingRecords`); nil when not completed.
    func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate?
    /// The certificate with this code (upper-cased), for `verify`.
    func certificate(code: String) throws -> IssuedCertificate?
    /// The certificates issued to this learner, oldest first (their overview shows the codes).
    func certificates(learnerID: String) throws -> [IssuedCertificate]
    /// Every organisation with its roster.
    func organisations() throws -> [Organisation]
    /// Every organisation without its roster (`staff` empty): names, places, modules, links.
    func organisationHeaders() throws -> [Organisation]
    /// By id, else by name.
    func organisation(idOrName: String) throws -> Organisation?
    func addOrganisation(name: String, location: String?, moduleID: String, now: Date) throws -> Result<Organisation, OrganisationProblem>
    /// Changes one organisation under the lock and saves it; nil when there is no such id.
    func updateOrganisation<T>(id: String, _ change: (inout Organisation) throws -> T) throws -> T?
    /// A manager links a learner (by name or id) to a roster row, or undoes it (see `TrainingRecords.link`).
    func link(organisationID: String, learner: String, staffName: String, now: Date) throws -> Result<RosterLink, LinkProblem>
    func unlink(organisationID: String, learner: String, now: Date) throws -> Result<RosterLink, LinkProblem>
    /// Every passing completion, oldest first (a learner may have several).
    func completions() throws -> [LearnerCompletion]
    /// The organisation's status from the completions.
    func organisationStatus(_ organisation: Organisation, threshold: Int) throws -> OrganisationStatus
    /// The organisation's counts (for a list of organisations): as last counted while
    /// nothing changed since, else counted again; nil when there is no such organisation.
    /// `organisation` may be a header (`organisationHeaders`).
    func organisationTally(_ organisation: Organisation, threshold: Int) throws -> OrganisationTally?
    /// Issues (or finds) the organisation certificate of the organisation named;
    /// nil when there is no such organisation or `module` does not know its module.
    func organisationCertificate(idOrName: String, threshold: Int, module: (String) -> TrainingModule?, now: Date,
                                 newCode: () -> String) throws -> OrganisationCertificateOutcome?
    /// The same for counts made elsewhere (an LRS's completions merged in): issued (or found) when `tally` is eligible.
    func organisationCertificate(for organisation: Organisation, tally: OrganisationTally, module: TrainingModule, now: Date,
                                 newCode: () -> String) throws -> IssuedCertificate?
    /// Notices about damaged files found since the last call.
    func takeNotices() -> [StoreNotice]
}

/// Records in memory only: for tests.
public final class MemoryRecordKeeper: RecordKeeper {
    private let records: Mutex<TrainingRecords>

    public init(_ records: TrainingRecords = TrainingRecords()) { self.records = Mutex(records) }

    public func read() throws -> (TrainingRecords, [StoreNotice]) {
        (records.withLock { $0 }, [])
    }

    public func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        try records.withLock { records in
            var copy = records
            let result = try change(&copy)
            records = copy
            return (result, [])
        }
    }
}

/// The training records of a data folder.
public enum TrainingRecordsFile {
    /// The one file older versions kept everything in; migrated to `records/` and kept as a backup.
    public static let name = "training-records.json"

    public static func store(in directory: URL) -> FolderRecordStore {
        FolderRecordStore(directory: directory)
    }

    /// The older versions' file: for the migration and tests that write one.
    public static func legacyStore(in directory: URL) -> JSONFileStore<TrainingRecords> {
        JSONFileStore(directory: directory, fileName: name, empty: { TrainingRecords() })
    }
}
