import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Crashes and damaged files

@Suite struct JSONFileStoreDamageTests {
    static let fixedNow = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC

    @Test func aCrashBeforeTheRenameLeavesTheOldFileIntact() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["old"] }
        let before = try Data(contentsOf: folder.file)

        let seen = Collected<URL>()
        store.beforeRename = { temporary throws(StoreError) in
            seen.add(temporary)
            throw StoreError(.cannotWrite, path: temporary.path, reason: "simulated crash")
        }
        #expect(throws: StoreError.self) {
            _ = try store.update { $0.items = ["new"] }
        }
        #expect(try Data(contentsOf: folder.file) == before)
        #expect(try folder.store().read() == (StoreDocument(items: ["old"]), []))
        // The temporary file was complete and private at the moment of the crash,
        // and has been removed since.
        let temporary = try #require(seen.all.first)
        #expect(temporary.deletingLastPathComponent().path == folder.records.path)
        #expect(temporary.lastPathComponent.hasPrefix(".records.json.tmp-"))
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
        #expect(folder.names() == ["records.json", "records.json.lock"])
    }

    @Test func aLeftoverTemporaryFileIsIgnoredAndCleanedUpOnOpen() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["old"] }
        let leftover = folder.records.appendingPathComponent(".records.json.tmp-99999-dead")
        try Data("{\"items\": [\"half".utf8).write(to: leftover)

        #expect(try store.read() == (StoreDocument(items: ["old"]), []))
        #expect(!FileManager.default.fileExists(atPath: leftover.path), "a read with nobody holding the lock removes it")
        try Data("{\"items\": [\"half".utf8).write(to: leftover)
        _ = try store.update { $0.items.append("new") }
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(try store.read().0.items == ["old", "new"])
        #expect(folder.names() == ["records.json", "records.json.lock"])
    }

    @Test func aTemporaryFileStaysWhileAnotherProgramHoldsTheLock() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["old"] }
        let busy = folder.records.appendingPathComponent(".records.json.tmp-4242-busy")
        try Data("{\"items\": [\"ha".utf8).write(to: busy)
        // Another "program" reading: a writer could be waiting right behind it.
        let descriptor = open(store.lockURL.path, O_RDWR | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_SH) == 0)

        #expect(try store.read() == (StoreDocument(items: ["old"]), []))
        #expect(FileManager.default.fileExists(atPath: busy.path), "not removed while the lock is held")
        flock(descriptor, LOCK_UN)
        _ = try store.read()
        #expect(!FileManager.default.fileExists(atPath: busy.path))
    }

    static let damaged: [(String, [UInt8])] = [
        ("invalid JSON", Array("{ \"items\": [\"Ana\", ".utf8) + Array("oops }".utf8)),
        ("wrong shape", Array("{\"items\": \"not a list\"}".utf8)),
        ("a list, not an object", Array("[1, 2, 3]".utf8)),
        ("truncated", Array("{\n  \"items\" : [\n    \"Ana\",\n    \"Bo".utf8)),
        ("binary garbage", [0x00, 0xFF, 0xFE, 0x7B, 0x01, 0x80, 0xC3, 0x28, 0x00, 0x9F]),
        ("empty file", []),
    ]

    @Test(arguments: damaged)
    func aDamagedFileIsMovedAsideUnchangedAndReported(_ kind: String, _ bytes: [UInt8]) throws {
        let folder = try StoreFolder()
        let store = folder.store()
        store.now = { Self.fixedNow }
        _ = try store.update { $0.items = ["old"] }
        try Data(bytes).write(to: folder.file)

        let (roster, notices) = try store.read()
        #expect(roster == StoreDocument(), "\(kind)")
        let aside = folder.records.appendingPathComponent("records.json.corrupt-20231114-221320")
        #expect(notices == [.corruptFileMovedAside(original: folder.file, movedTo: aside, recovered: false)], "\(kind)")
        #expect(try Data(contentsOf: aside) == Data(bytes), "\(kind): the bytes are kept as they were")
        #expect(!FileManager.default.fileExists(atPath: folder.file.path))
        #expect(notices.first?.description.contains(aside.path) == true)

        // Reading again: nothing more to report. The next update writes a fresh file.
        #expect(try store.read() == (StoreDocument(), []))
        let (_, updateNotices) = try store.update { $0.items.append("fresh") }
        #expect(updateNotices.isEmpty)
        #expect(try folder.store().read() == (StoreDocument(items: ["fresh"]), []))
        #expect(try Data(contentsOf: aside) == Data(bytes))
    }

    @Test func anUpdateMovesADamagedFileAsideBeforeWriting() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        store.now = { Self.fixedNow }
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: folder.file)

        let (count, notices) = try store.update { roster -> Int in
            roster.items.append("fresh")
            return roster.items.count
        }
        #expect(count == 1)
        let aside = folder.records.appendingPathComponent("records.json.corrupt-20231114-221320")
        #expect(notices == [.corruptFileMovedAside(original: folder.file, movedTo: aside, recovered: false)])
        #expect(try Data(contentsOf: aside) == Data("not json".utf8))
        #expect(try store.read() == (StoreDocument(items: ["fresh"]), []))
    }

    @Test func aFailedUpdateLeavesADamagedFileWhereItWas() throws {
        struct Refused: Error {}
        let folder = try StoreFolder()
        let store = folder.store()
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: folder.file)

        #expect(throws: Refused.self) { _ = try store.update { _ in throw Refused() } }
        store.beforeRename = { url throws(StoreError) in
            throw StoreError(.cannotWrite, path: url.path, reason: "simulated crash")
        }
        #expect(throws: StoreError.self) { _ = try store.update { $0.items.append("x") } }
        // Still there to be reported by the next read.
        #expect(folder.names() == ["records.json", "records.json.lock"])
        #expect(try Data(contentsOf: folder.file) == Data("not json".utf8))
        #expect(try store.read().1.count == 1)
    }

    @Test func anEarlierCopyIsNeverOverwritten() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        store.now = { Self.fixedNow }
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        for attempt in 1...3 {
            try Data("broken \(attempt)".utf8).write(to: folder.file)
            _ = try store.read()
        }
        let base = "records.json.corrupt-20231114-221320"
        #expect(folder.names() == [base, base + "-1", base + "-2", "records.json.lock"])
        for (attempt, name) in [base, base + "-1", base + "-2"].enumerated() {
            let text = try String(contentsOf: folder.records.appendingPathComponent(name), encoding: .utf8)
            #expect(text == "broken \(attempt + 1)")
        }
    }

    @Test func theTimestampIsUTC() {
        #expect(CorruptRecordQuarantine.timestamp(Date(timeIntervalSince1970: 0)) == "19700101-000000")
        #expect(CorruptRecordQuarantine.timestamp(Self.fixedNow) == "20231114-221320")
        #expect(CorruptRecordQuarantine.timestamp(Date(timeIntervalSince1970: 1_709_251_199.9)) == "20240229-235959")
    }
}
