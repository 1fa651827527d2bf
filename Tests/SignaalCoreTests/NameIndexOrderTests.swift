import Foundation
import Synchronization
import Testing
@testable import SignaalCore

@Suite("Records folder: the name index by NameKey")
struct NameIndexOrderTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let spellings = ["Ștefan Popescu", "Popescu, Stefan", "Zoë Brontë", "Jan de Vries"]

    @Test("every spelling the learner form takes for one person is found in one bucket")
    func spellingsFound() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let stefan = try store.learner(named: "Ștefan Popescu", organisation: nil, now: now)
        for typed in ["stefan popescu", "Popescu, Stefan", "STEFAN  POPESCU", "Ștefan Popescu"] {
            #expect(try store.learners(sameNameAs: typed).map(\.id) == [stefan.id], "\(typed)")
        }
        #expect(try store.learners(named: "stefan popescu").isEmpty, "an exact look-up stays exact")
        #expect(try store.learner(named: "ștefan popescu", organisation: nil, now: now).id == stefan.id)
        #expect(FileManager.default.fileExists(atPath: folder.layout.nameIndexMarker.path))
    }

    @Test("a name index by exact spelling, as the first records folder wrote it, is sorted once: nobody lost or doubled")
    func olderIndexSorted() throws {
        let folder = RecordsFolder()
        let learners = try Self.spellings.map { try folder.store().learner(named: $0, organisation: "Hotel Zee", now: now) }
        try Self.writeByExactSpelling(learners, folder)

        let store = folder.store()
        #expect(Set(try store.learners(sameNameAs: "Stefan Popescu").map(\.name)) == ["Ștefan Popescu", "Popescu, Stefan"])
        #expect(FileManager.default.fileExists(atPath: folder.layout.nameIndexMarker.path))
        try Self.expectEachInItsBucket(learners, folder)
        #expect(try store.read().0.learners.map(\.id).sorted() == learners.map(\.id).sorted())
    }

    @Test("after the sort an older Signaal sharing the folder still finds everyone by exact spelling (it would make them again)")
    func olderSignaalStillFinds() throws {
        let folder = RecordsFolder()
        let learners = try Self.spellings.map { try folder.store().learner(named: $0, organisation: nil, now: now) }
        try Self.writeByExactSpelling(learners, folder)
        let moved = learners.filter { folder.layout.exactNameBucket(name: $0.name) != folder.layout.nameBucket(name: $0.name) }
        #expect(!moved.isEmpty, "the test needs a name whose two buckets differ")

        _ = try folder.store().learners(sameNameAs: "Stefan Popescu")
        #expect(FileManager.default.fileExists(atPath: folder.layout.nameIndexMarker.path))
        for learner in learners { #expect(try Self.olderLookUp(learner.name, folder) == [learner.id], "\(learner.name)") }
        #expect(try folder.store().learners(named: "Zoë Brontë").count == 1)
        #expect(try folder.store().read().0.learners.count == learners.count)
    }

    @Test("a learner added now is in their exact spelling's bucket too, where an older Signaal sharing the folder looks")
    func newLearnersFoundByOlderSignaal() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let created = try store.learner(named: "Ștefan Popescu", organisation: nil, now: now)
        let updated = try store.update { $0.learner(named: "Popescu, Stefan", organisation: "Hotel Zee", now: now) }.0
        let oldFolder = RecordsFolder()  // a training-records.json migrated into a new records folder
        let old = try TrainingRecordsFile.legacyStore(in: oldFolder.data).update { $0.learner(named: "Zoë Brontë", organisation: nil, now: now) }.0
        #expect(try oldFolder.store().learners(named: "Zoë Brontë").map(\.id) == [old.id])
        #expect(try Self.olderLookUp(old.name, oldFolder) == [old.id])
        try Self.expectEachInItsBucket([old], oldFolder)

        let learners = [created, updated]
        #expect(learners.allSatisfy { folder.layout.exactNameBucket(name: $0.name) != folder.layout.nameBucket(name: $0.name) },
                "the test needs names whose two buckets differ")
        for learner in learners { #expect(try Self.olderLookUp(learner.name, folder) == [learner.id], "\(learner.name)") }
        try Self.expectEachInItsBucket(learners, folder)
        #expect(Set(try store.learners(sameNameAs: "stefan popescu").map(\.id)) == [created.id, updated.id])
        #expect(try store.read().0.learners.count == 2)
    }

    @Test("a sort that cannot finish is tried once per store, not again on every look-up and saved answer")
    func failedSortTriedOnce() throws {
        let folder = RecordsFolder()
        let learners = try Self.spellings.map { try folder.store().learner(named: $0, organisation: nil, now: now) }
        try Self.writeByExactSpelling(learners, folder)
        let store = folder.store()
        let attempts = Mutex(0)
        store.beforeRename = { url throws(StoreError) in
            attempts.withLock { $0 += 1 }
            throw StoreError(.cannotWrite, path: url.path, reason: "simulated failure")
        }
        for _ in 0..<3 { #expect(try store.learners(named: "Zoë Brontë").count == 1) }
        #expect(attempts.withLock { $0 } == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.layout.nameIndexMarker.path))

        #expect(try folder.store().learners(sameNameAs: "Stefan Popescu").count == 2, "another process sorts it")
        try Self.expectEachInItsBucket(learners, folder)
    }

    @Test("a sort cut short after appending some lines to their buckets reads each learner once, and is finished next time")
    func interruptedSort() throws {
        let folder = RecordsFolder()
        let learners = try Self.spellings.map { try folder.store().learner(named: $0, organisation: nil, now: now) }
        try Self.writeByExactSpelling(learners, folder)
        // As after a sort killed half way: the first two already appended to their own bucket.
        for learner in learners.prefix(2) where folder.layout.exactNameBucket(name: learner.name) != folder.layout.nameBucket(name: learner.name) {
            try RecordLog.append(RecordFormats.indexLine(learner), to: folder.layout.nameBucket(name: learner.name).path)
        }

        let store = folder.store()
        #expect(try store.learners(named: "Zoë Brontë").count == 1)
        #expect(try store.read().0.learners.map(\.id).sorted() == learners.map(\.id).sorted())
        try Self.expectEachInItsBucket(learners, folder)
    }

    /// Empties the index and writes each learner where the first records folder would have.
    static func writeByExactSpelling(_ learners: [Learner], _ folder: RecordsFolder) throws {
        for file in folder.names("records/names") { try FileManager.default.removeItem(atPath: folder.path("records/names/" + file)) }
        for learner in learners { try RecordLog.append(RecordFormats.indexLine(learner), to: folder.layout.exactNameBucket(name: learner.name).path) }
        #expect(!FileManager.default.fileExists(atPath: folder.layout.nameIndexMarker.path))
    }

    /// Each learner once in its `NameKey` bucket, once in its exact
    /// spelling's bucket (the same file or another), and nowhere else.
    static func expectEachInItsBucket(_ learners: [Learner], _ folder: RecordsFolder) throws {
        var lines: [String: [String]] = [:]
        for file in folder.names("records/names") where file.hasSuffix(".log") {
            let text = try String(contentsOfFile: folder.path("records/names/" + file), encoding: .utf8)
            for learner in learners {
                lines[learner.id, default: []] += Array(repeating: file, count: text.components(separatedBy: learner.id).count - 1)
            }
        }
        for learner in learners {
            let expected = Set([folder.layout.nameBucket(name: learner.name), folder.layout.exactNameBucket(name: learner.name)].map(\.lastPathComponent))
            #expect(lines[learner.id]?.sorted() == expected.sorted(), "\(learner.name): \(lines[learner.id] ?? [])")
        }
    }

    /// What the first records folder's look-up read: the exact spelling's bucket only.
    static func olderLookUp(_ name: String, _ folder: RecordsFolder) throws -> [String] {
        let bucket = folder.layout.exactNameBucket(name: name).path
        guard FileManager.default.fileExists(atPath: bucket) else { return [] }
        let text = try String(contentsOfFile: bucket, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if case .learner(let learner) = RecordFormats.learner(indexLine: line, key: LearnerName.key(name)) { return learner.id }
            return nil
        }
    }
}
