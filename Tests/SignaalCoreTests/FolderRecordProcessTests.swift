import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

/// Real processes writing one records folder (children of this test binary,
/// see `ChildProcess` in JSONFileStoreTests.swift): side by side, and killed
/// with SIGKILL in the middle of their writes.
@Suite("Records folder: processes side by side and kill -9")
struct FolderRecordProcessTests {
    @Test(.enabled(if: ChildProcess.isAvailable, "needs /proc/self/exe"))
    func fourProcessesCompletingLoseNothing() throws {
        let folder = RecordsFolder()
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-logs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let processes = 4, each = 15
        let children = try (0..<processes).map { index in
            try ChildProcess.start(mode: "folder-complete", folder: folder.data, id: "p\(index)", count: each, log: logs)
        }
        for child in children {
            let (status, output) = child.wait()
            #expect(status == 0, "child failed:\n\(output)")
        }
        let store = folder.store()
        let (records, notices) = try store.read()
        #expect(notices.isEmpty)
        #expect(records.learners.filter { $0.name == "Everyone" }.count == 1, "added once though all four asked at once")
        let all = try store.completions().map(\.learner.name)
        #expect(all.filter { $0 == "Everyone" }.count == 1, "a completion is logged once, whoever saves it again")
        let names = all.filter { $0 != "Everyone" }
        #expect(names.count == processes * each && Set(names).count == names.count, "each completion once")
        for index in 0..<processes {
            #expect(Set(names.filter { $0.hasPrefix("p\(index)-") }) == Set((0..<each).map { "p\(index)-\($0)" }))
        }
        #expect(records.enrolments.filter { $0.completed != nil }.count == processes * each + 1)
    }

    /// A writer is killed at a random moment, as often as not in the middle
    /// of a write: every save it said it finished is there, the folder reads
    /// without a notice, and the next writer goes on.
    @Test(.enabled(if: ChildProcess.isAvailable, "needs /proc/self/exe"))
    func aWriterKilledMidWriteLosesNothingItFinished() throws {
        for round in 0..<3 {
            let folder = RecordsFolder()
            let logs = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-logs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: logs) }
            let child = try ChildProcess.start(mode: "folder-forever", folder: folder.data, id: "k", count: 0, log: logs)
            let log = logs.appendingPathComponent("child-k.log")
            let deadline = Date().addingTimeInterval(60)
            let wanted = 5 + round * 7
            while Date() < deadline, ((try? String(contentsOf: log, encoding: .utf8)) ?? "").components(separatedBy: "done ").count <= wanted {
                usleep(2_000)
            }
            usleep(UInt32.random(in: 0...3_000))
            kill(child.process.processIdentifier, SIGKILL)
            let (status, output) = child.wait()
            #expect(child.process.terminationReason == .uncaughtSignal && status == SIGKILL, "\(output)")
            let done = output.components(separatedBy: "\n").compactMap { $0.hasPrefix("done ") ? Int($0.dropFirst(5)) : nil }
            #expect(done.count >= wanted, "\(output)")

            let store = folder.store()
            let (records, notices) = try store.read()
            #expect(notices.isEmpty, "a torn line is no damage: \(notices)")
            let completed = Set(try store.completions().map(\.learner.name))
            for index in done {
                #expect(completed.contains("k-\(index)"), "round \(round): completion \(index) was reported done")
                let learner = try #require(records.learners.first { $0.name == "k-\(index)" })
                #expect(try store.enrolments(learnerID: learner.id).first?.completed != nil)
            }
            // The next writer cuts off whatever was torn and goes on.
            try FolderRecordChild.run(mode: "folder-complete", folder: folder.data, id: "after", count: 2)
            #expect(Set(try store.completions().map(\.learner.name)).isSuperset(of: ["after-0", "after-1"]))
            #expect(try store.read().1.isEmpty)
        }
    }
}

/// What a child process does (started through `JSONFileStoreChildProcess`).
enum FolderRecordChild {
    static func run(mode: String, folder: URL, id: String, count: Int) throws {
        let module = try MiniModule.load()
        let store = FolderRecordStore(directory: folder)
        let now = Date()
        if mode == "folder-complete" {
            let everyone = try store.learner(named: "Everyone", organisation: nil, now: now)
            try store.saveProgress(passingRunner(module), learner: everyone, now: now)
        }
        var index = 0
        while mode == "folder-forever" || index < count {
            let learner = try store.learner(named: "\(id)-\(index)", organisation: "Proc", now: now)
            var runner = ModuleRunner(module: module)
            runner.nextPage()
            try store.saveProgress(runner, learner: learner, now: now)
            try store.saveProgress(passingRunner(module), learner: learner, now: now)
            FileHandle.standardOutput.write(Data("done \(index)\n".utf8))
            index += 1
        }
    }
}
