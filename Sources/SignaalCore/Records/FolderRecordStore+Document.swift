import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The whole records as one `TrainingRecords`, as the store's first version
/// kept them: for screens not yet moved to the targeted operations, and for
/// the LRS's before-and-after comparison. Correct at any size, but it reads
/// every file, so its cost grows with the folder.
extension FolderRecordStore {
    public func read() throws -> (TrainingRecords, [StoreNotice]) {
        let records: TrainingRecords
        do {
            records = try shared { try assemble(.shared) }
        } catch is DamageFound {
            records = try exclusive { try assemble(.exclusive) }
        }
        return (records, takeNotices())
    }

    /// Under the exclusive lock: everything read, changed, and only what
    /// changed written back (new learners, changed progress, new
    /// certificates, changed organisations), as the targeted operations write it.
    public func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        try update(migrating: true, change)
    }

    /// For the migration's merge, which runs under the old file's lock already.
    func updateWithoutMigration<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        try update(migrating: false, change)
    }

    private func update<T>(migrating: Bool, _ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        let value = try exclusive(migrating: migrating) {
            let before = try assemble(.exclusive)
            var after = before
            let value = try change(&after)
            try writeChanges(from: before, to: after)
            return value
        }
        return (value, takeNotices())
    }

    func assemble(_ locked: LockHeld) throws -> TrainingRecords {
        var records = TrainingRecords()
        let buckets = (try? FileManager.default.contentsOfDirectory(atPath: layout.names.path)) ?? []
        var learners: [Learner] = []
        for bucket in buckets.sorted() where bucket.hasSuffix(".log") && !bucket.hasPrefix(".") {
            learners += try readLog(layout.names.appendingPathComponent(bucket), locked: locked) { line in
                switch RecordFormats.learner(indexLine: line, key: nil) {
                case .learner(let learner): .record(learner)
                case .other: .skip
                case .damaged: .damaged
                }
            }.records
        }
        // Oldest first, as they were added (the sort is stable).
        var seen: Set<String> = []
        records.learners = learners.sorted { $0.created < $1.created }.filter { seen.insert($0.id).inserted }
        for learner in records.learners {
            records.enrolments += try progress(learner.id, locked: locked)
        }
        records.certificates = try certificates(locked: locked)
        records.organisations = try organisations(headerOnly: false, locked: locked)
        return records
    }

    func writeChanges(from before: TrainingRecords, to after: TrainingRecords) throws {
        let known = Set(before.learners.map(\.id))
        for learner in after.learners where !known.contains(learner.id) {
            try addToIndex(learner)
        }
        let learners = Dictionary(after.learners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let old = Dictionary(grouping: before.enrolments, by: \.learnerID)
        let new = Dictionary(grouping: after.enrolments, by: \.learnerID)
        for id in Set(old.keys).union(new.keys).sorted() where old[id] != new[id] {
            guard let learner = learners[id] else { continue }
            var records = TrainingRecords()
            records.enrolments = new[id] ?? []
            try writeLearner(learner, records: records, before: old[id] ?? [])
        }
        let codes = Set(before.certificates.map(\.code))
        var lines = ""
        for certificate in after.certificates where !codes.contains(certificate.code) {
            lines += try RecordFormats.certificateLine(certificate)
        }
        if !lines.isEmpty { try RecordLog.append(lines, to: layout.certificates.path) }
        let organisations = Dictionary(before.organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for organisation in after.organisations where organisations[organisation.id] != organisation {
            try write(organisation)
        }
        for gone in Set(organisations.keys).subtracting(after.organisations.map(\.id)) {
            Glibc.unlink(layout.rosterFile(gone).path)
            Glibc.unlink(layout.tallyFile(gone).path)
        }
    }
}
