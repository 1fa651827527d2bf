import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

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
            let store = JSONFileStore(directory: records, fileName: "records.json", empty: { StoreDocument() })
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
        #expect(try store.read() == (StoreDocument(items: ["old"]), []))
        #expect(folder.names() == ["records.json", "records.json.lock"], "the next open removed it")
        _ = try store.update { $0.items.append("after") }
        #expect(folder.names() == ["records.json", "records.json.lock"])
        #expect(try store.read().0.items == ["old", "after"])
    }

    private func expectAllItems(_ store: JSONFileStore<StoreDocument>, writers: Int, each: Int, prefix: String) throws {
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
