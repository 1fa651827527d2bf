import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Support

/// A small document: a list of items and a date.
private struct Roster: Codable, Equatable, Sendable {
    var items: [String] = []
    var updated: Date?
}

/// A temporary folder for one test, removed afterwards. The store's folder
/// is `records/signaal` inside it, so that tests see parents being created.
private final class StoreFolder {
    let root: URL
    let records: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("signaal-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        records = root.appendingPathComponent("records", isDirectory: true)
            .appendingPathComponent("signaal", isDirectory: true)
    }

    deinit {
        // Tests may have taken write permission away; give it back first.
        if let enumerator = FileManager.default.enumerator(atPath: root.path) {
            chmod(root.path, 0o700)
            while let relative = enumerator.nextObject() as? String {
                chmod(root.appendingPathComponent(relative).path, 0o700)
            }
        }
        try? FileManager.default.removeItem(at: root)
    }

    func store(_ folder: URL? = nil) -> JSONFileStore<Roster> {
        JSONFileStore(directory: folder ?? records, fileName: "records.json", empty: { Roster() })
    }

    var file: URL { records.appendingPathComponent("records.json") }

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []).sorted()
    }
}

/// Permission bits of a file or folder, from stat.
private func mode(_ url: URL) -> mode_t {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return 0o7777 }
    return info.st_mode & 0o7777
}

private func octal(_ value: mode_t) -> String { String(value, radix: 8) }

private let isRoot = geteuid() == 0

// `runOnThreads` and `Collected`: FolderRecordStoreTests.swift.

// MARK: - Data folder

@Suite struct JSONFileStoreDataDirectoryTests {
    let home = ["HOME": "/home/ana"]

    @Test func explicitFolderComesFirst() {
        let environment = home.merging(["SIGNAAL_DATA": "/env", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(DataDirectory.resolve(explicit: "/chosen", environment: environment).path == "/chosen")
    }

    @Test func thenSignaalData() {
        let environment = home.merging(["SIGNAAL_DATA": "/env", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/env")
        #expect(DataDirectory.resolve(explicit: "", environment: environment).path == "/env")
    }

    @Test func thenXDGDataHome() {
        let environment = home.merging(["SIGNAAL_DATA": "", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/xdg/signaal")
    }

    @Test func thenHome() {
        #expect(DataDirectory.resolve(explicit: nil, environment: home).path == "/home/ana/.local/share/signaal")
        // XDG_DATA_HOME must be absolute to count; empty does not count.
        for xdg in ["", "relative/data"] {
            let environment = home.merging(["XDG_DATA_HOME": xdg]) { $1 }
            #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/home/ana/.local/share/signaal")
        }
    }

    @Test func withoutHOMETheAccountsHomeFolderIsUsed() {
        let path = DataDirectory.resolve(explicit: nil, environment: [:]).path
        #expect(path.hasSuffix("/.local/share/signaal"))
        #expect(path.hasPrefix("/"))
    }

    @Test func tildeIsExpandedAndPathsAreCleanedUp() {
        #expect(DataDirectory.resolve(explicit: "~/klas", environment: home).path == "/home/ana/klas")
        #expect(DataDirectory.resolve(explicit: nil, environment: home.merging(["SIGNAAL_DATA": "~"]) { $1 }).path == "/home/ana")
        #expect(DataDirectory.resolve(explicit: "/a/b/../c/", environment: home).path == "/a/c")
    }

    @Test func relativePathsAreTakenFromTheCurrentFolder() {
        let current = FileManager.default.currentDirectoryPath
        let resolved = DataDirectory.resolve(explicit: "records", environment: home)
        #expect(resolved.path == URL(fileURLWithPath: current).appendingPathComponent("records").standardizedFileURL.path)
    }
}

// MARK: - Reading and writing

@Suite struct JSONFileStoreTests {
    @Test func roundTrip() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        let (count, notices) = try store.update { roster -> Int in
            roster.items.append("Ana")
            roster.items.append("Ümit")
            roster.updated = when
            return roster.items.count
        }
        #expect(count == 2)
        #expect(notices.isEmpty)

        let (read, readNotices) = try folder.store().read()
        #expect(read == Roster(items: ["Ana", "Ümit"], updated: when))
        #expect(readNotices.isEmpty)
    }

    @Test func fileIsSortedPrettyISO8601AndEndsWithANewline() throws {
        let folder = try StoreFolder()
        _ = try folder.store().update { roster in
            roster.updated = Date(timeIntervalSince1970: 1_700_000_000)
            roster.items = ["a/b"]
        }
        let text = try String(contentsOf: folder.file, encoding: .utf8)
        let expected = """
        {
          "items" : [
            "a/b"
          ],
          "updated" : "2023-11-14T22:13:20Z"
        }

        """
        #expect(text == expected)
    }

    @Test func datesAreKeptToTheSecond() throws {
        let folder = try StoreFolder()
        let written = Date(timeIntervalSince1970: 1_700_000_000.75)
        _ = try folder.store().update { $0.updated = written }
        let read = try #require(try folder.store().read().0.updated)
        #expect(abs(read.timeIntervalSince(written)) < 1)
        #expect(read.timeIntervalSince1970 == read.timeIntervalSince1970.rounded())
    }

    @Test func readingWithoutAFileGivesTheEmptyDocumentAndCreatesNothing() throws {
        let folder = try StoreFolder()
        let (roster, notices) = try folder.store().read()
        #expect(roster == Roster())
        #expect(notices.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.records.path))
    }

    @Test func aFailingChangeWritesNothing() throws {
        struct Refused: Error {}
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["kept"] }
        let before = try Data(contentsOf: folder.file)
        #expect(throws: Refused.self) {
            _ = try store.update { roster in
                roster.items = ["lost"]
                throw Refused()
            }
        }
        #expect(try Data(contentsOf: folder.file) == before)
        // The lock was given back.
        _ = try store.update { $0.items.append("next") }
        #expect(try store.read().0.items == ["kept", "next"])
    }

    @Test func usingTheStoreInsideAnUpdateThrowsInsteadOfWaitingForever() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        let other = folder.store()
        do {
            _ = try store.update { _ in _ = try other.read() }
            Issue.record("expected a lock error")
        } catch let error as StoreError {
            #expect(error.kind == .lockFailed)
            #expect(error.description.contains("inside an update"))
        }
    }
}

// MARK: - Permissions

@Suite struct JSONFileStorePermissionTests {
    @Test func folderIsCreated0700AndFiles0600() throws {
        let folder = try StoreFolder()
        _ = try folder.store().update { $0.items.append("x") }
        #expect(octal(mode(folder.records)) == "700")
        // The missing parent was created too, also private.
        #expect(octal(mode(folder.records.deletingLastPathComponent())) == "700")
        #expect(octal(mode(folder.file)) == "600")
        #expect(octal(mode(folder.records.appendingPathComponent("records.json.lock"))) == "600")
    }

    @Test func existingParentsAreLeftAlone() throws {
        let folder = try StoreFolder()
        let parent = folder.records.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        chmod(parent.path, 0o755)
        _ = try folder.store().update { $0.items.append("x") }
        #expect(octal(mode(parent)) == "755")
        #expect(octal(mode(folder.records)) == "700")
    }

    @Test func anExistingWideRecordsFolderIsTightened() throws {
        let folder = try StoreFolder()
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        chmod(folder.records.path, 0o755)
        chmod(folder.records.deletingLastPathComponent().path, 0o755)
        _ = try folder.store().update { $0.items.append("x") }
        #expect(octal(mode(folder.records)) == "700")
        #expect(octal(mode(folder.records.deletingLastPathComponent())) == "755")
    }

    @Test func readingTightensTooButCreatesNothing() throws {
        let folder = try StoreFolder()
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        chmod(folder.records.path, 0o750)
        _ = try folder.store().read()
        #expect(octal(mode(folder.records)) == "700")
        #expect(!FileManager.default.fileExists(atPath: folder.file.path))
    }

    @Test func aSharedStickyFolderIsNotTightened() throws {
        let folder = try StoreFolder()
        let shared = folder.root.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        chmod(shared.path, 0o1777)
        _ = try folder.store(shared).update { $0.items.append("x") }
        #expect(octal(mode(shared)) == "1777")
        #expect(octal(mode(shared.appendingPathComponent("records.json"))) == "600")
    }

    @Test func aGroupSharedFolderStaysSharedAndItsFilesAre0660() throws {
        let folder = try StoreFolder()
        let shared = folder.root.appendingPathComponent("classroom")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        chmod(shared.path, 0o2770)
        let store = folder.store(shared)
        _ = try store.update { $0.items.append("x") }
        _ = try store.read()
        #expect(octal(mode(shared)) == "2770")
        #expect(octal(mode(shared.appendingPathComponent("records.json"))) == "660")
        #expect(octal(mode(shared.appendingPathComponent("records.json.lock"))) == "660")
        // Group-writable without setgid is not a shared folder: it is tightened.
        chmod(shared.path, 0o770)
        _ = try store.update { $0.items.append("y") }
        #expect(octal(mode(shared)) == "700")
        #expect(octal(mode(shared.appendingPathComponent("records.json"))) == "600")
        #expect(octal(mode(shared.appendingPathComponent("records.json.lock"))) == "600")
    }

    @Test func aWideDataFileBecomes0600WhenRewritten() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items.append("x") }
        chmod(folder.file.path, 0o644)
        chmod(folder.records.appendingPathComponent("records.json.lock").path, 0o666)
        _ = try store.update { $0.items.append("y") }
        #expect(octal(mode(folder.file)) == "600")
        #expect(octal(mode(folder.records.appendingPathComponent("records.json.lock"))) == "600")
    }

    @Test(.enabled(if: !isRoot, "root bypasses file permissions"))
    func unwritableFolderGivesAClearError() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items.append("kept") }
        let before = try Data(contentsOf: folder.file)
        chmod(folder.records.path, 0o500)
        defer { chmod(folder.records.path, 0o700) }
        do {
            _ = try store.update { $0.items.append("lost") }
            Issue.record("expected a permission error")
        } catch let error as StoreError {
            #expect(error.kind == .permissionDenied)
            #expect(error.description.contains("Permission denied"))
            #expect(error.description.contains(folder.records.path))
        }
        #expect(try Data(contentsOf: folder.file) == before)
        // Reading still works: the lock file exists and the data is whole.
        #expect(try store.read().0.items == ["kept"])
    }

    @Test(.enabled(if: !isRoot, "root bypasses file permissions"))
    func folderThatCannotBeCreatedGivesAClearError() throws {
        let folder = try StoreFolder()
        chmod(folder.root.path, 0o500)
        defer { chmod(folder.root.path, 0o700) }
        #expect {
            _ = try folder.store().update { $0.items.append("x") }
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .cannotCreateFolder
                && error.description.contains(folder.records.path)
                && error.description.contains("Permission denied")
        }
    }

    @Test(.enabled(if: !isRoot, "root bypasses file permissions"))
    func aCorruptFileInAReadOnlyFolderIsLeftAloneAndReported() throws {
        let folder = try StoreFolder()
        _ = try folder.store().update { $0.items.append("x") }
        try Data("{ broken".utf8).write(to: folder.file)
        chmod(folder.records.path, 0o500)
        defer { chmod(folder.records.path, 0o700) }
        #expect {
            _ = try folder.store().read()
        } throws: { error in
            (error as? StoreError)?.kind == .cannotMoveAside
        }
        #expect(try Data(contentsOf: folder.file) == Data("{ broken".utf8))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskIsSaidPlainly() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect {
            try RecordFileIO.writeAll(Data(repeating: 7, count: 10_000), to: descriptor, path: "/x/records.json")
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .diskFull && error.code == ENOSPC
                && error.description == "The disk is full: cannot save /x/records.json (No space left on device). Nothing was changed; free some space and try again."
        }
    }

    @Test func errorsSayWhatAndWhere() {
        let folderError = StoreError.system(EACCES, path: "/data/signaal", fallback: .cannotCreateFolder)
        #expect(folderError.kind == .permissionDenied)
        #expect(StoreError(.cannotCreateFolder, path: "/data/signaal", reason: "Permission denied (at /data)").description
            == "Cannot create the records folder /data/signaal: Permission denied (at /data).")
        #expect(StoreError.system(EDQUOT, path: "/r.json", fallback: .cannotWrite).kind == .diskFull)
        #expect(StoreError.system(EIO, path: "/r.json", fallback: .cannotWrite).description
            == "Cannot save /r.json: Input/output error. The previous records were kept.")
        #expect(StoreError(.lockFailed, path: "/r.json.lock", reason: "No locks available").description
            == "Cannot lock /r.json.lock to share the records safely: No locks available.")
    }
}

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
        #expect(try folder.store().read() == (Roster(items: ["old"]), []))
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

        #expect(try store.read() == (Roster(items: ["old"]), []))
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

        #expect(try store.read() == (Roster(items: ["old"]), []))
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
        #expect(roster == Roster(), "\(kind)")
        let aside = folder.records.appendingPathComponent("records.json.corrupt-20231114-221320")
        #expect(notices == [.corruptFileMovedAside(original: folder.file, movedTo: aside, recovered: false)], "\(kind)")
        #expect(try Data(contentsOf: aside) == Data(bytes), "\(kind): the bytes are kept as they were")
        #expect(!FileManager.default.fileExists(atPath: folder.file.path))
        #expect(notices.first?.description.contains(aside.path) == true)

        // Reading again: nothing more to report. The next update writes a fresh file.
        #expect(try store.read() == (Roster(), []))
        let (_, updateNotices) = try store.update { $0.items.append("fresh") }
        #expect(updateNotices.isEmpty)
        #expect(try folder.store().read() == (Roster(items: ["fresh"]), []))
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
        #expect(try store.read() == (Roster(items: ["fresh"]), []))
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

// MARK: - Many writers

@Suite struct JSONFileStoreConcurrencyTests {
    @Test func eightThreadsSharingOneStoreLoseNothing() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        let errors = Collected<String>()
        runOnThreads(8) { thread in
            for index in 0..<50 {
                do { _ = try store.update { $0.items.append("t\(thread)-\(index)") } } catch { errors.add("\(error)") }
            }
        }
        #expect(errors.all.isEmpty)
        try expectAllItems(store, writers: 8, each: 50, prefix: "t")
    }

    @Test func eightThreadsEachWithTheirOwnStoreLoseNothing() throws {
        let folder = try StoreFolder()
        let errors = Collected<String>()
        // The threads get the folder's path, not `folder`, whose deinit
        // removes it: a thread may let go of its closure late.
        let records = folder.records
        runOnThreads(8) { thread in
            let store = JSONFileStore(directory: records, fileName: "records.json", empty: { Roster() })
            for index in 0..<50 {
                do { _ = try store.update { $0.items.append("t\(thread)-\(index)") } } catch { errors.add("\(error)") }
                if index % 10 == 0 {
                    do { _ = try store.read() } catch { errors.add("\(error)") }
                }
            }
        }
        #expect(errors.all.isEmpty)
        try expectAllItems(folder.store(), writers: 8, each: 50, prefix: "t")
    }

    @Test func anUpdateWaitsForALockHeldElsewhere() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["first"] }
        let before = try Data(contentsOf: folder.file)

        // Another "program": its own open file description, locked exclusively.
        let descriptor = open(store.lockURL.path, O_RDWR | O_CLOEXEC)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX) == 0)
        let finished = Collected<Bool>()
        let group = DispatchGroup()
        group.enter()
        Thread {
            _ = try? store.update { $0.items.append("second") }
            finished.add(true)
            group.leave()
        }.start()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(finished.all.isEmpty)
        #expect(try Data(contentsOf: folder.file) == before)

        close(descriptor)  // releases the lock
        group.wait()
        #expect(try store.read().0.items == ["first", "second"])
    }

    /// Real processes: this test binary runs itself again (see
    /// `JSONFileStoreChildProcess`), several times at once, each child
    /// appending its own items through its own store.
    @Test(.enabled(if: ChildProcess.isAvailable, "needs /proc/self/exe"))
    func severalProcessesLoseNothing() throws {
        let folder = try StoreFolder()
        let processes = 4, each = 25
        let children = try (0..<processes).map { index in
            try ChildProcess.start(mode: "append", folder: folder.records, id: "p\(index)", count: each, log: folder.root)
        }
        for child in children {
            let (status, output) = child.wait()
            #expect(status == 0, "child failed:\n\(output)")
        }
        try expectAllItems(folder.store(), writers: processes, each: each, prefix: "p")
    }

    /// A child process that dies (`_exit`) between writing the new file and
    /// renaming it: no cleanup code runs at all.
    @Test(.enabled(if: ChildProcess.isAvailable, "needs /proc/self/exe"))
    func aProcessDyingBeforeTheRenameLeavesTheOldFileIntact() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["old"] }
        let before = try Data(contentsOf: folder.file)

        let child = try ChildProcess.start(mode: "crash", folder: folder.records, id: "c", count: 1, log: folder.root)
        let (status, output) = child.wait()
        #expect(status == ChildProcess.crashStatus, "\(output)")

        #expect(try Data(contentsOf: folder.file) == before)
        let leftovers = folder.names().filter { $0.hasPrefix(".records.json.tmp-") }
        #expect(leftovers.count == 1, "the dead process left its temporary file")
        #expect(try store.read() == (Roster(items: ["old"]), []))
        #expect(folder.names() == ["records.json", "records.json.lock"], "the next open removed it")
        _ = try store.update { $0.items.append("after") }
        #expect(folder.names() == ["records.json", "records.json.lock"])
        #expect(try store.read().0.items == ["old", "after"])
    }

    private func expectAllItems(_ store: JSONFileStore<Roster>, writers: Int, each: Int, prefix: String) throws {
        let (roster, notices) = try store.read()
        #expect(notices.isEmpty)
        #expect(roster.items.count == writers * each)
        #expect(Set(roster.items).count == roster.items.count, "no item twice")
        for writer in 0..<writers {
            // Each writer's items are all there, in the order it added them.
            let own = roster.items.filter { $0.hasPrefix("\(prefix)\(writer)-") }
            #expect(own == (0..<each).map { "\(prefix)\(writer)-\($0)" })
        }
    }
}

// MARK: - Child processes

/// Starts this test binary again to run only `JSONFileStoreChildProcess`,
/// told what to do through the environment. A fresh process (not `fork`,
/// which is unsafe in a multi-threaded Swift program) with its own store.
struct ChildProcess {
    static let crashStatus: Int32 = 42
    static let executable = "/proc/self/exe"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    let process: Process
    let logFile: URL

    static func start(mode: String, folder: URL, id: String, count: Int, log: URL) throws -> ChildProcess {
        let process = Process()
        // Resolved now: /proc/self/exe in the child would be the child itself, fine too,
        // but a plain path reads better in a failure message.
        process.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)) ?? executable)
        process.arguments = ["--testing-library", "swift-testing", "--filter", "JSONFileStoreChildProcess"]
        var environment = ProcessInfo.processInfo.environment
        environment["SIGNAAL_STORE_CHILD"] = mode
        environment["SIGNAAL_STORE_DIR"] = folder.path
        environment["SIGNAAL_STORE_ID"] = id
        environment["SIGNAAL_STORE_COUNT"] = String(count)
        process.environment = environment
        let logFile = log.appendingPathComponent("child-\(id).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: logFile)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try handle.close()
        return ChildProcess(process: process, logFile: logFile)
    }

    func wait() -> (Int32, String) {
        process.waitUntilExit()
        let output = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}

/// Runs only inside a child started by `ChildProcess`; in a normal test run
/// `SIGNAAL_STORE_CHILD` is not set and this returns at once.
@Suite struct JSONFileStoreChildProcess {
    @Test func childEntry() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let mode = environment["SIGNAAL_STORE_CHILD"],
              let path = environment["SIGNAAL_STORE_DIR"],
              let id = environment["SIGNAAL_STORE_ID"],
              let count = environment["SIGNAAL_STORE_COUNT"].flatMap(Int.init) else { return }
        let store = JSONFileStore(directory: URL(fileURLWithPath: path), fileName: "records.json", empty: { Roster() })
        switch mode {
        case "append":
            for index in 0..<count {
                _ = try store.update { $0.items.append("\(id)-\(index)") }
            }
        case "folder-complete", "folder-forever":
            try FolderRecordChild.run(mode: mode, folder: URL(fileURLWithPath: path), id: id, count: count)
        case "crash":
            store.beforeRename = { _ throws(StoreError) in _exit(ChildProcess.crashStatus) }
            _ = try store.update { $0.items.append("never") }
            Issue.record("the child should have ended before the rename")
        default:
            Issue.record("unknown child mode \(mode)")
        }
    }
}
