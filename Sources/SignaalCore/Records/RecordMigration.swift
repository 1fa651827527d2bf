import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Moves a folder written by an older Signaal (one `training-records.json`)
/// into the records folder layout, once, so no classroom loses its records.
///
/// Under the old file's exclusive lock (an older Signaal still running
/// waits, and so does another new one):
/// 1. the old file is read whole (a damaged one is moved aside and
///    reported, as the old store did, and there is nothing to migrate);
/// 2. the new layout is written into `.records-migrating-…` beside it,
///    then the file system is synced once (`syncfs`: a file-by-file fsync
///    of 100,000 learners would take minutes);
/// 3. that folder is renamed to `records/` and the data folder synced;
/// 4. the old file is renamed to `training-records.json.before-v2`, the backup.
///
/// Killed at any point, it is simply run again: before 3 the half-built
/// folder is removed and the old file is still the records; between 3 and
/// 4, `records/migrated.json` names the old file (inode, size, time), so
/// only step 4 is left. An old file that differs from that (an older
/// Signaal wrote to it after the upgrade) is merged in: learners,
/// enrolments, certificates and organisations the folder does not have.
struct RecordMigration {
    enum Step: Sendable { case built, renamed }

    static let backupName = TrainingRecordsFile.name + ".before-v2"
    static let temporaryPrefix = ".records-migrating-"

    let store: FolderRecordStore

    private var data: URL { store.directory }
    private var old: URL { data.appendingPathComponent(TrainingRecordsFile.name) }

    func run() throws {
        let lock = try RecordLock.acquire(oldLockKey(), mode: .exclusive)
        defer { lock.release() }
        guard let stamp = Self.stamp(old.path) else { return }  // migrated meanwhile
        removeHalfBuilt()
        guard let bytes = try RecordFileIO.readIfPresent(old.path) else { return }
        guard let records = RecordCoding.decode(TrainingRecords.self, from: bytes) else {
            let movedTo = try CorruptRecordQuarantine.moveAside(old, now: store.now())
            store.report(.corruptFileMovedAside(original: old, movedTo: movedTo, recovered: false))
            return
        }
        let target = store.layout.root
        if store.exists(target.path) {
            let done = (try? RecordFileIO.readIfPresent(store.layout.migrated.path)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
            if done != stamp {
                _ = try store.updateWithoutMigration { current in current.merge(records) }
            }
        } else {
            try build(records, stamp: stamp, into: target)
        }
        try keepBackup()
    }

    private func build(_ records: TrainingRecords, stamp: String, into target: URL) throws {
        let temporary = data.appendingPathComponent(Self.temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let layout = RecordFolderLayout(data: data, root: temporary)
        try RecordFolder.prepareInside(temporary, parent: data)
        for folder in layout.subfolders { try RecordFolder.prepareInside(folder, parent: temporary) }

        var buckets: [URL: String] = [:]
        for learner in records.learners {
            for bucket in layout.indexBuckets(name: learner.name) { buckets[bucket, default: ""] += RecordFormats.indexLine(learner) }
        }
        for (bucket, text) in buckets { try writeNew(bucket, Data(text.utf8)) }
        try writeNew(layout.nameIndexMarker, Data())

        let enrolments = Dictionary(grouping: records.enrolments, by: \.learnerID)
        var completions = ""
        for learner in records.learners {
            guard let own = enrolments[learner.id] else { continue }
            let lines = try own.map { enrolment throws(StoreError) in try RecordFormats.progressLine(enrolment) }.joined()
            try writeNew(layout.learnerLog(learner.id), Data(lines.utf8))
            for enrolment in own {
                guard let completed = enrolment.completed else { continue }
                completions += RecordFormats.completionLine(LearnerCompletion(learner: learner, moduleID: enrolment.moduleID,
                                                                             completed: completed, score: enrolment.completedScore ?? 0))
            }
        }
        if !completions.isEmpty { try writeNew(layout.completions, Data(completions.utf8)) }
        let certificates = try records.certificates.map { certificate throws(StoreError) in try RecordFormats.certificateLine(certificate) }.joined()
        if !certificates.isEmpty { try writeNew(layout.certificates, Data(certificates.utf8)) }
        for organisation in records.organisations { try writeNew(layout.rosterFile(organisation.id), RecordFormats.roster(organisation)) }
        try writeNew(layout.migrated, Data(stamp.utf8))

        try syncFileSystem(of: temporary)
        try store.migrationStep?(.built)
        if rename(temporary.path, target.path) != 0 {
            throw StoreError.system(errno, path: target.path, fallback: .cannotWrite, doing: "moving the migrated records into place")
        }
        try AtomicRecordWriter.syncFolder(data.path, targetPath: target.path)
        try store.migrationStep?(.renamed)
    }

    /// The old file becomes the backup, under a name not yet taken.
    private func keepBackup() throws {
        var name = Self.backupName
        var suffix = 0
        while store.exists(data.appendingPathComponent(name).path) {
            suffix += 1
            name = Self.backupName + "-\(suffix)"
        }
        if rename(old.path, data.appendingPathComponent(name).path) != 0 {
            throw StoreError.system(errno, path: old.path, fallback: .cannotWrite, doing: "keeping the old records as \(name)")
        }
        try AtomicRecordWriter.syncFolder(data.path, targetPath: old.path)
    }

    /// A migration killed before its rename left this; under the old lock no other is running.
    private func removeHalfBuilt() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
        for name in names where name.hasPrefix(Self.temporaryPrefix) {
            try? FileManager.default.removeItem(at: data.appendingPathComponent(name))
        }
    }

    private func writeNew(_ file: URL, _ bytes: Data) throws(StoreError) {
        let mode = RecordFolder.fileMode(in: file.deletingLastPathComponent().path)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else { throw StoreError.system(errno, path: file.path, fallback: .cannotWrite) }
        defer { close(descriptor) }
        _ = fchmod(descriptor, mode)
        try RecordFileIO.writeAll(bytes, to: descriptor, path: file.path)
    }

    /// `syncfs` on the folder's file system: Glibc's Swift module does not
    /// declare it, so it is looked up by name (it is in every glibc since
    /// 2.14); without it, `sync`. One sync of the file system is far quicker
    /// than an fsync per file.
    private func syncFileSystem(of folder: URL) throws(StoreError) {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(nil, "syncfs") else {
            sync()
            return
        }
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.system(errno, path: folder.path, fallback: .cannotWrite) }
        defer { close(descriptor) }
        if unsafeBitCast(symbol, to: SyncFS.self)(descriptor) != 0 {
            throw StoreError(.notDurable, path: folder.path, reason: StoreError.text(errno), code: errno)
        }
    }

    /// Which old file this is: it changes whenever an older Signaal rewrites it.
    static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    private func oldLockKey() -> String {
        TrainingRecordsFile.legacyStore(in: data).lockKey()
    }
}

extension TrainingRecords {
    /// What `other` has and these records lack (by id and code); an enrolment
    /// both have is the one updated last.
    mutating func merge(_ other: TrainingRecords) {
        let ids = Set(learners.map(\.id))
        learners += other.learners.filter { !ids.contains($0.id) }
        var position: [String: Int] = [:]
        for (index, enrolment) in enrolments.enumerated() { position[enrolment.learnerID + "\t" + enrolment.moduleID] = index }
        for enrolment in other.enrolments {
            if let index = position[enrolment.learnerID + "\t" + enrolment.moduleID] {
                if enrolment.updated > enrolments[index].updated { enrolments[index] = enrolment }
            } else {
                position[enrolment.learnerID + "\t" + enrolment.moduleID] = enrolments.count
                enrolments.append(enrolment)
            }
        }
        let codes = Set(certificates.map(\.code))
        certificates += other.certificates.filter { !codes.contains($0.code) }
        let organisationIDs = Set(organisations.map(\.id))
        organisations += other.organisations.filter { !organisationIDs.contains($0.id) }
    }
}
