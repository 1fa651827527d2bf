import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The training records as a folder of small files, so that a write
/// touches only what changed and costs the same in a school of 20 as in a
/// chain of 100,000 (README.md, "The records store"):
///
/// - `learners/<id>.log`: one learner's progress, a line appended and
///   synced (`RecordLog`) on every saved answer, under the learner's
///   stripe lock (`locks/`) with the folder's lock shared;
/// - `names/<bucket>.log`: the name index, append-only, so a name is found
///   by reading one of 256 small buckets;
/// - `organisations/<id>.roster`: an organisation and its roster, replaced
///   atomically; `<id>.tally`: its last counted status;
/// - `completions.log`, `certificates.log`: append-only (`RecordLog`).
///
/// Guarantees, as `JSONFileStore` gives them for one file: every write is
/// synced (file, and folder when a file is made or renamed) before it
/// returns; writers take turns on `flock`s (`writers.lock`, exclusive while
/// a few small files change, shared for learners' saves);
/// readers of one file need no lock (files are replaced by rename, logs
/// only grow, a torn last line is ignored); `read()` takes the lock shared
/// for a consistent whole. A file that cannot be read is moved aside
/// unchanged and reported as a `StoreNotice` (a log keeps its good lines);
/// files are 0600, or 0660 in a group-shared folder. The first use of a
/// folder written by an older Signaal migrates `training-records.json`
/// (`RecordMigration`), keeping it as `training-records.json.before-v2`.
public final class FolderRecordStore: RecordKeeper, @unchecked Sendable {
    // @unchecked: the layout is immutable; notices and `prepared` are in
    // mutexes; the test hooks are set before the store is shared.

    /// The data folder.
    public let directory: URL
    let layout: RecordFolderLayout
    private let notices = Mutex<[StoreNotice]>([])
    private let prepared = Mutex(false)
    /// Whether this store tried to sort the name index (`sortNameIndexIfNeeded`).
    let nameIndexSortTried = Mutex(false)
    /// Organisation id → its roster file's stamp when last read whole, for the tally.
    let loadedStamps = Mutex<[String: String]>([:])

    /// Test hook: the time used in the names of files moved aside.
    var now: @Sendable () -> Date = { Date() }
    /// Test hook: runs before each atomic rename (see `JSONFileStore`).
    var beforeRename: AtomicRecordWriter.BeforeRename?
    /// Test hook: runs between a migration's steps, to stand in for a crash.
    var migrationStep: (@Sendable (RecordMigration.Step) throws -> Void)?

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
        layout = RecordFolderLayout(data: self.directory)
    }

    /// What happened to damaged files since the last call, to tell the user.
    public func takeNotices() -> [StoreNotice] {
        notices.withLock { pending in
            defer { pending = [] }
            return pending
        }
    }

    func report(_ notice: StoreNotice) { notices.withLock { $0.append(notice) } }

    // MARK: - Locks and folders

    /// Runs `body` under the exclusive lock, the folders made first.
    func exclusive<T>(migrating: Bool = true, _ body: () throws -> T) throws -> T {
        if migrating { try migrateIfNeeded() }
        try prepareFolders()
        let lock = try RecordLock.acquire(lockKey(), mode: .exclusive)
        defer { lock.release() }
        removeTemporaryFiles()
        return try body()
    }

    /// Runs `body` for one learner's saves: the folder's lock shared (so
    /// saves of different learners go on side by side, and `update` waits
    /// for them all), and the learner's stripe lock exclusive.
    func learnerWrite<T>(_ id: String, _ body: () throws -> T) throws -> T {
        try migrateIfNeeded()
        try prepareFolders()
        let folder = try RecordLock.acquire(lockKey(), mode: .shared)
        defer { folder.release() }
        let learner = try RecordLock.acquire(resolved(layout.learnerLock(id)), mode: .exclusive)
        defer { learner.release() }
        return try body()
    }

    /// Runs `body` under the shared lock; without a records folder, without a lock.
    func shared<T>(_ body: () throws -> T) throws -> T {
        try migrateIfNeeded()
        guard exists(layout.root.path) else { return try body() }
        removeLeftovers()
        let lock = try RecordLock.acquire(lockKey(), mode: .shared)
        defer { lock.release() }
        return try body()
    }

    /// Before any reading or writing: an older Signaal's file becomes this layout.
    func migrateIfNeeded() throws {
        if exists(directory.appendingPathComponent(TrainingRecordsFile.name).path) { try RecordMigration(store: self).run() }
        sortNameIndexIfNeeded()
    }

    func prepareFolders() throws(StoreError) {
        if prepared.withLock({ $0 }) { return }
        try RecordFolder.prepare(directory)
        try RecordFolder.prepareInside(layout.root, parent: directory)
        for folder in layout.subfolders { try RecordFolder.prepareInside(folder, parent: layout.root) }
        prepared.withLock { $0 = true }
    }

    /// Temporary files of writers that died, when nobody holds the lock.
    func removeLeftovers() {
        guard let lock = RecordLock.acquireIfFree(lockKey()) else { return }
        defer { lock.release() }
        removeTemporaryFiles()
    }

    /// Only under the exclusive lock: every writer makes its temporary file
    /// under the folder's lock (exclusive, or shared for a learner's save),
    /// so whatever is in `tmp/` then is a leftover.
    private func removeTemporaryFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: layout.temporary.path) else { return }
        for name in names { Glibc.unlink(layout.temporary.appendingPathComponent(name).path) }
    }

    /// The lock file's path with links resolved: one in-process mutex per folder.
    func lockKey() -> String { resolved(layout.lock) }

    /// A lock file's path with its folder's links resolved.
    func resolved(_ lock: URL) -> String {
        guard let folder = realpath(lock.deletingLastPathComponent().path, nil) else { return lock.path }
        defer { free(folder) }
        return (String(cString: folder) as NSString).appendingPathComponent(lock.lastPathComponent)
    }

    func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Replaces one file atomically and durably (caller holds the exclusive lock).
    func replace(_ file: URL, with data: Data) throws(StoreError) {
        try AtomicRecordWriter.replace(file, with: data, beforeRename: beforeRename, temporaryFolder: layout.temporary.path)
    }

    // MARK: - Reading files, damage moved aside

    /// A JSON file decoded, nil when missing. A damaged one is moved aside
    /// under the exclusive lock (taken here unless `locked`) and reported.
    func load<T: Decodable>(_ type: T.Type, _ file: URL, locked: LockHeld) throws -> T? {
        try loadData(file, locked: locked) { RecordCoding.decode(type, from: $0) }
    }

    func loadData<T>(_ file: URL, locked: LockHeld, _ decode: (Data) -> T?) throws -> T? {
        guard let data = try RecordFileIO.readIfPresent(file.path) else { return nil }
        if let value = decode(data) { return value }
        switch locked {
        case .none: return try exclusive { try loadData(file, locked: .exclusive, decode) }
        case .shared: throw DamageFound()
        case .exclusive: break
        }
        let movedTo = try CorruptRecordQuarantine.moveAside(file, now: now())
        report(.corruptFileMovedAside(original: file, movedTo: movedTo, recovered: false))
        return nil
    }

    /// Which lock the caller holds: with none, damage found is dealt with
    /// under the exclusive lock; under the shared one `DamageFound` is thrown
    /// (the caller starts again exclusively); under the exclusive one it is
    /// moved aside at once.
    enum LockHeld {
        case none, shared, exclusive
    }

    struct DamageFound: Error {}

    enum Parsed<T> {
        case record(T)
        case skip
        case damaged
    }

    /// The records of a log's complete lines and the bytes read. A complete
    /// line that is not a record is damage: the log is kept aside as it was,
    /// rewritten with its good lines, and reported as recovered.
    func readLog<T>(_ file: URL, locked: LockHeld, _ parse: (Substring) -> Parsed<T>) throws -> (records: [T], size: Int) {
        guard let data = try RecordFileIO.readIfPresent(file.path) else { return ([], 0) }
        var records: [T] = []
        var damaged = false
        let lines = RecordLines.completeLines(data)
        for line in lines {
            switch parse(line) {
            case .record(let record): records.append(record)
            case .skip: break
            case .damaged: damaged = true
            }
        }
        guard damaged else { return (records, data.count) }
        switch locked {
        case .none: return try exclusive { try readLog(file, locked: .exclusive, parse) }
        case .shared: throw DamageFound()
        case .exclusive: break
        }
        let keptAt = try CorruptRecordQuarantine.moveAside(file, now: now(), keepOriginal: true)
        let repaired = lines.filter { if case .damaged = parse($0) { false } else { true } }.map { $0 + "\n" }.joined()
        try replace(file, with: Data(repaired.utf8))
        report(.corruptFileMovedAside(original: file, movedTo: keptAt, recovered: true))
        return (records, repaired.utf8.count)
    }
}
