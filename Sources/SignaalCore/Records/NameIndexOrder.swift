import Foundation

/// The name index sorted by `NameKey` once. The first records folder put a
/// name in the bucket of its exact spelling, so "Stefan Popescu" could not
/// find the "Ștefan Popescu" in another bucket; now every spelling the
/// learner form takes for one person lives in one bucket.
extension FolderRecordStore {
    /// A stat per operation once sorted. Best effort: in a folder this user
    /// cannot write, names are still read from both buckets, only the other
    /// spellings of a name typed before the sort are not found.
    func sortNameIndexIfNeeded() {
        guard !exists(layout.nameIndexMarker.path), exists(layout.names.path) else { return }
        try? exclusive(migrating: false) { try sortNameIndex() }
    }

    /// Under the exclusive lock. First every line is added where it belongs,
    /// then taken from where it does not: a reader without the lock meanwhile
    /// finds a learner in one bucket or in both (readers keep one per id),
    /// never in none. Run again after a crash, it finishes the job.
    func sortNameIndex() throws {
        guard !exists(layout.nameIndexMarker.path) else { return }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: layout.names.path)) ?? [])
            .filter { $0.hasSuffix(".log") && !$0.hasPrefix(".") }.sorted()
        var present: [URL: [Learner]] = [:]
        for file in files {
            let bucket = layout.names.appendingPathComponent(file)
            present[bucket] = try readLog(bucket, locked: .exclusive) { line in
                if case .learner(let learner) = RecordFormats.learner(indexLine: line, key: nil) { return .record(learner) }
                return .damaged
            }.records
        }
        var wanted: [URL: [Learner]] = [:]
        for bucket in present.keys.sorted(by: { $0.path < $1.path }) {
            for learner in present[bucket] ?? [] { wanted[layout.nameBucket(name: learner.name), default: []].append(learner) }
        }
        func unique(_ learners: [Learner]) -> [Learner] {
            var seen: Set<String> = []
            return learners.filter { seen.insert($0.id).inserted }
        }
        let buckets = Set(present.keys).union(wanted.keys).sorted { $0.path < $1.path }
        var onDisk = present
        for bucket in buckets {
            let added = unique((onDisk[bucket] ?? []) + (wanted[bucket] ?? []))
            if added.map(\.id) != (onDisk[bucket] ?? []).map(\.id) {
                try write(added, to: bucket)
                onDisk[bucket] = added
            }
        }
        for bucket in buckets {
            let kept = unique(wanted[bucket] ?? [])
            if kept.map(\.id) != (onDisk[bucket] ?? []).map(\.id) { try write(kept, to: bucket) }
        }
        try replace(layout.nameIndexMarker, with: Data())
    }

    private func write(_ learners: [Learner], to bucket: URL) throws {
        try replace(bucket, with: Data(learners.map(RecordFormats.indexLine).joined().utf8))
    }
}
