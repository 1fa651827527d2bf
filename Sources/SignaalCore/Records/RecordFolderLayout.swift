import Foundation

/// Where each kind of record lives inside the data folder (README.md, "The
/// records store"): everything under `records/`, so that a migration can
/// build the whole layout elsewhere and rename it into place at once.
struct RecordFolderLayout: Sendable {
    static let folderName = "records"
    /// Name index buckets: 256 keeps a bucket near 600 lines at 150,000 learners.
    static let bucketCount: UInt64 = 256

    /// The data folder (--data, SIGNAAL_DATA, …).
    let data: URL
    /// `data/records`, or a migration's temporary folder.
    let root: URL

    init(data: URL, root: URL? = nil) {
        self.data = data
        self.root = root ?? data.appendingPathComponent(Self.folderName, isDirectory: true)
    }

    /// The one lock of the records: exclusive to write, shared to read everything.
    var lock: URL { root.appendingPathComponent("writers.lock") }
    var learners: URL { root.appendingPathComponent("learners", isDirectory: true) }
    var names: URL { root.appendingPathComponent("names", isDirectory: true) }
    var organisations: URL { root.appendingPathComponent("organisations", isDirectory: true) }
    /// Temporary files of atomic writes, removed when nobody holds the lock.
    var temporary: URL { root.appendingPathComponent("tmp", isDirectory: true) }
    var completions: URL { root.appendingPathComponent("completions.log") }
    var certificates: URL { root.appendingPathComponent("certificates.log") }
    /// Which old `training-records.json` was migrated into this folder.
    var migrated: URL { root.appendingPathComponent("migrated.json") }

    /// Learners' locks, striped: 64 files, not one per learner.
    var locks: URL { root.appendingPathComponent("locks", isDirectory: true) }
    static let lockStripes: UInt64 = 64

    var subfolders: [URL] { [learners, names, organisations, temporary, locks] }

    /// The lock a learner's saves take turns on (with the few learners sharing its stripe).
    func learnerLock(_ id: String) -> URL {
        locks.appendingPathComponent(String(StableHash.fnv1a(id) % Self.lockStripes) + ".lock")
    }

    /// One learner's progress, a line per save (`RecordFormats.progressLine`).
    func learnerLog(_ id: String) -> URL {
        learners.appendingPathComponent(RecordLines.fileName(for: id) + ".log")
    }

    /// The name index bucket of a name: chosen by its `NameKey` (accents,
    /// case, spaces and "Bakker, Marieke" folded), so that every spelling the
    /// learner form takes for the same person is in one bucket. Changing
    /// `NameKey` moves names between buckets: then give `nameIndexMarker` a
    /// new number, and `reorderNameIndexIfNeeded` sorts them again.
    func nameBucket(name: String) -> URL { bucket(NameKey.of(name)) }

    /// Where the first records folder put a name (by `LearnerName.key`), and
    /// where an older Signaal sharing the folder still does: read as well.
    func exactNameBucket(name: String) -> URL { bucket(LearnerName.key(name)) }

    /// Where a name index line goes, and where a look-up reads: its
    /// `nameBucket`, and its `exactNameBucket` when that is another file (an
    /// older Signaal sharing the folder looks only there, and would make the
    /// learner again). Only accents, commas and extra spaces make them differ;
    /// readers keep one learner per id.
    func indexBuckets(name: String) -> [URL] {
        let own = nameBucket(name: name), exact = exactNameBucket(name: name)
        return own == exact ? [own] : [own, exact]
    }

    /// Present once every name index line is in its `nameBucket`.
    var nameIndexMarker: URL { names.appendingPathComponent(".by-name-key-1") }

    /// FNV-1a is the same in every process and version (Swift's `Hasher` is not).
    private func bucket(_ key: String) -> URL {
        let bucket = StableHash.fnv1a(key) % Self.bucketCount
        let hex = String(bucket, radix: 16)
        return names.appendingPathComponent((hex.count < 2 ? "0" + hex : hex) + ".log")
    }

    /// An organisation: a JSON header line, then one line per staff member.
    func rosterFile(_ id: String) -> URL {
        organisations.appendingPathComponent(RecordLines.fileName(for: id) + ".roster")
    }

    /// The organisation's last counted status (`OrganisationTally`).
    func tallyFile(_ id: String) -> URL {
        organisations.appendingPathComponent(RecordLines.fileName(for: id) + ".tally")
    }
}
