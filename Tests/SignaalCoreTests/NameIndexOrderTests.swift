import Foundation
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

    @Test("a sort cut short after adding lines to their buckets reads each learner once, and is finished next time")
    func interruptedSort() throws {
        let folder = RecordsFolder()
        let learners = try Self.spellings.map { try folder.store().learner(named: $0, organisation: nil, now: now) }
        // As after the first half of a sort: each line in its own bucket and still in the old one.
        for learner in learners where folder.layout.exactNameBucket(name: learner.name) != folder.layout.nameBucket(name: learner.name) {
            try RecordLog.append(RecordFormats.indexLine(learner), to: folder.layout.exactNameBucket(name: learner.name).path)
        }
        try FileManager.default.removeItem(at: folder.layout.nameIndexMarker)

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

    static func expectEachInItsBucket(_ learners: [Learner], _ folder: RecordsFolder) throws {
        var lines: [String: Int] = [:]
        for file in folder.names("records/names") where file.hasSuffix(".log") {
            let text = try String(contentsOfFile: folder.path("records/names/" + file), encoding: .utf8)
            for learner in learners where text.contains(learner.id) {
                #expect(folder.layout.nameBucket(name: learner.name).lastPathComponent == file, "\(learner.name) is in \(file)")
                lines[learner.id, default: 0] += text.components(separatedBy: learner.id).count - 1
            }
        }
        #expect(lines.count == learners.count && lines.values.allSatisfy { $0 == 1 }, "\(lines)")
    }
}
