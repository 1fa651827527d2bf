import Foundation

/// The name index sorted by `NameKey` once. The first records folder put a
/// name in the bucket of its exact spelling, so "Stefan Popescu" could not
/// find the "Ștefan Popescu" in another bucket; now every spelling the
/// learner form takes for one person lives in one bucket.
extension FolderRecordStore {
    /// A stat per operation once sorted. Best effort: in a folder this user
    /// cannot write, names are still read from both buckets, only the other
    /// spellings of a name typed before the sort are not found. Tried once
    /// per store: where it cannot finish (a bucket this user may not read),
    /// every saved answer of a session would pay for reading the whole index.
    func sortNameIndexIfNeeded() {
        guard !exists(layout.nameIndexMarker.path), exists(layout.names.path) else { return }
        guard nameIndexSortTried.withLock({ tried in defer { tried = true }; return !tried }) else { return }
        try? exclusive(migrating: false) { try sortNameIndex() }
    }

    /// Under the exclusive lock. Each line is appended to its `NameKey`
    /// bucket and left where it was: an older Signaal sharing the folder
    /// looks a name up in its exact spelling's bucket only, and would
    /// otherwise make a second learner of everyone it no longer finds there.
    /// Readers keep one learner per id. Nothing is rewritten, so a crash
    /// loses nobody; run again, it appends only what is still missing.
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
        var missing: [URL: [Learner]] = [:]
        var added: [URL: Set<String>] = [:]
        for bucket in present.keys.sorted(by: { $0.path < $1.path }) {
            for learner in present[bucket] ?? [] {
                let own = layout.nameBucket(name: learner.name)
                if added[own] == nil { added[own] = Set((present[own] ?? []).map(\.id)) }
                if added[own, default: []].insert(learner.id).inserted { missing[own, default: []].append(learner) }
            }
        }
        for (bucket, learners) in missing.sorted(by: { $0.key.path < $1.key.path }) {
            _ = try RecordLog.append(learners.map(RecordFormats.indexLine).joined(), to: bucket.path)
        }
        try replace(layout.nameIndexMarker, with: Data())
    }
}
