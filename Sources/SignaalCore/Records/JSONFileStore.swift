import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A JSON document in one file, shared safely between processes.
///
/// Several Signaal programs (say, terminals in a classroom using one shared
/// folder) may read and update the same file at once; no update is lost and
/// no file is left half-written:
///
/// - `update` holds an exclusive lock (see `RecordLock`) from reading the
///   latest document to writing the changed one, so updates take turns.
/// - Writes are atomic (see `AtomicRecordWriter`): after a crash the file
///   is the old document or the new one. A temporary file a crash leaves
///   behind is ignored, and removed when the store is next opened while no
///   writer holds the lock (by `read`, or by `update` under its lock).
/// - A file that cannot be read as a `Document` (not JSON, the wrong shape,
///   cut short, binary, empty) is never overwritten: it is moved aside
///   unchanged (see `CorruptRecordQuarantine`), a `StoreNotice` says where,
///   and the store goes on with `empty()`. Nothing is recovered from such a
///   file: a file is used only when the whole of it decodes.
/// - The folder is created 0700, the data and lock files are 0600 (see
///   `RecordFolder` for when an existing folder is tightened).
///
/// Do not use the same store (or another store for the same file) from
/// inside `update`'s `change`: it would wait for itself, so it throws
/// `lockFailed` instead. Keep `change` quick: other programs wait meanwhile.
///
/// The file is `directory/fileName`; the lock file `directory/fileName.lock`.
public final class JSONFileStore<Document: Codable & Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is immutable after init, except the
    // internal test hooks below, which tests set before sharing the store.

    public let directory: URL
    public let fileName: String
    private let empty: @Sendable () -> Document

    /// Test hook: runs with the complete temporary file just before it is
    /// renamed over the data file, so a test can fail or end the process there.
    var beforeRename: AtomicRecordWriter.BeforeRename?
    /// Test hook: the time used in the names of files moved aside.
    var now: @Sendable () -> Date = { Date() }

    public init(directory: URL, fileName: String, empty: @escaping @Sendable () -> Document) {
        precondition(!fileName.isEmpty && !fileName.contains("/") && fileName != "." && fileName != "..",
                     "JSONFileStore needs a plain file name, got \(fileName.debugDescription)")
        self.directory = directory.standardizedFileURL
        self.fileName = fileName
        self.empty = empty
    }

    /// The data file.
    public var fileURL: URL { directory.appendingPathComponent(fileName, isDirectory: false) }
    /// The file locked to take turns; it never holds data.
    public var lockURL: URL { directory.appendingPathComponent(fileName + ".lock", isDirectory: false) }

    /// Reads the document (under a shared lock). Never throws for a corrupt file: see notices.
    ///
    /// A missing folder or file reads as `empty()`, and nothing is created.
    /// A corrupt file is moved aside (under an exclusive lock) and reads as
    /// `empty()`; only if it cannot be moved (a read-only folder) does this
    /// throw `cannotMoveAside`, leaving it in place.
    public func read() throws(StoreError) -> (Document, [StoreNotice]) {
        var info = stat()
        guard stat(directory.path, &info) == 0 else { return (empty(), []) }
        RecordFolder.tighten(directory.path)
        removeStaleTemporaryFiles()
        let lock = try RecordLock.acquire(lockKey(), mode: .shared)
        defer { lock.release() }
        switch try load() {
        case .missing: return (empty(), [])
        case let .document(document): return (document, [])
        case .corrupt: break
        }
        // Corrupt: moving it needs the file to ourselves. Another process may
        // have dealt with it while the lock changed hands, so look again.
        try lock.upgradeToExclusive()
        switch try load() {
        case .missing:
            return (empty(), [])
        case let .document(document):
            return (document, [])
        case .corrupt:
            let movedTo = try CorruptRecordQuarantine.moveAside(fileURL, now: now())
            return (empty(), [.corruptFileMovedAside(original: fileURL, movedTo: movedTo, recovered: false)])
        }
    }

    /// Locks exclusively, reads the latest document, lets `change` modify it, writes it atomically, unlocks. Returns what `change` returned.
    ///
    /// When `change` throws, its error is rethrown and nothing is written.
    /// A corrupt file is moved aside only once the new document is about to
    /// be written, so a failed update leaves it where it was. Store failures
    /// throw `StoreError`; the old file then stays as it was.
    public func update<T>(_ change: (inout Document) throws -> T) throws -> (T, [StoreNotice]) {
        try RecordFolder.prepare(directory)
        let lock = try RecordLock.acquire(lockKey(), mode: .exclusive)
        defer { lock.release() }
        AtomicRecordWriter.removeLeftovers(in: directory, for: fileName)

        let loaded = try load()
        var document: Document
        switch loaded {
        case .missing, .corrupt: document = empty()
        case let .document(latest): document = latest
        }
        let result = try change(&document)
        let data = try RecordCoding.encode(document, path: fileURL.path)

        var notices: [StoreNotice] = []
        var movedTo: URL?
        if case .corrupt = loaded {
            let destination = try CorruptRecordQuarantine.moveAside(fileURL, now: now())
            movedTo = destination
            notices.append(.corruptFileMovedAside(original: fileURL, movedTo: destination, recovered: false))
        }
        // A plain `do`: `error` is inferred as StoreError. (Swift 6.3.1 hangs
        // compiling `do throws(StoreError) { } catch where …` in this
        // generic method, so keep this form.)
        do {
            try AtomicRecordWriter.replace(fileURL, with: data, beforeRename: beforeRename)
        } catch {
            // Nothing was written (unless only the folder's sync failed): put
            // the damaged file back where it was, so the next read reports it
            // again rather than showing empty records.
            if let movedTo, error.kind != .notDurable { rename(movedTo.path, fileURL.path) }
            throw error
        }
        return (result, notices)
    }

    // MARK: - Private

    private enum Loaded {
        case missing
        case corrupt
        case document(Document)
    }

    /// A killed writer's temporary file (it can be megabytes) goes as soon
    /// as nobody holds the lock: a writer makes its temporary file only
    /// under the exclusive lock, so none can be in use then. When the lock
    /// is busy, or the folder is read-only to us, they stay for later.
    private func removeStaleTemporaryFiles() {
        guard let lock = RecordLock.acquireIfFree(lockKey()) else { return }
        defer { lock.release() }
        AtomicRecordWriter.removeLeftovers(in: directory, for: fileName)
    }

    private func load() throws(StoreError) -> Loaded {
        guard let data = try RecordFileIO.readIfPresent(fileURL.path) else { return .missing }
        if let document = RecordCoding.decode(Document.self, from: data) { return .document(document) }
        return .corrupt
    }

    /// The lock file's path with symbolic links resolved, so that every store
    /// for this file in this process shares one in-process mutex.
    func lockKey() -> String {
        let name = fileName + ".lock"
        guard let resolved = realpath(directory.path, nil) else { return lockURL.path }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent(name)
    }
}
