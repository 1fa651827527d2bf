import Foundation
import Testing
@testable import SignaalCore

/// Damaged files in the records folder: moved aside unchanged and reported,
/// a log's good lines kept; a line cut short by a crash is no record at all.
@Suite("Records folder: damaged files and torn lines")
struct FolderRecordDamageTests {
    let module: TrainingModule
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let fixedNow = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC
    init() throws { module = try MiniModule.load() }

    func append(_ text: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test("a torn last line of the completions log is ignored, cut off by the next writer, and nothing is reported")
    func tornCompletion() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        try store.saveProgress(passingRunner(module), learner: ana, now: now)
        let log = folder.layout.completions.path
        let whole = try Data(contentsOf: URL(fileURLWithPath: log))
        try append("0C1D\tmini\t17900", to: log)  // a writer killed mid-line
        #expect(try store.completions().map(\.learner) == [ana])
        let bo = try store.learner(named: "Bo", organisation: nil, now: now)
        try store.saveProgress(passingRunner(module), learner: bo, now: now)
        #expect(try store.completions().map(\.learner) == [ana, bo])
        let after = try Data(contentsOf: URL(fileURLWithPath: log))
        #expect(after.prefix(whole.count) == whole && after.last == 0x0A, "the torn part is gone, the rest as it was")
        #expect(store.takeNotices().isEmpty)
        #expect(try store.read().1.isEmpty)
    }

    @Test("a torn last line of a learner's progress: the save before counts, and the next save goes on")
    func tornProgress() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        var runner = ModuleRunner(module: module)
        runner.nextPage()
        try store.saveProgress(runner, learner: ana, now: now)
        try append("mini\t{\"learnerID\":\"\(ana.id)\",\"progress\":{\"modu", to: folder.layout.learnerLog(ana.id).path)
        #expect(try store.enrolments(learnerID: ana.id).first?.progress == runner.progress)
        runner.nextPage()
        try store.saveProgress(runner, learner: ana, now: now)
        #expect(try store.enrolments(learnerID: ana.id).first?.progress == runner.progress)
        #expect(store.takeNotices().isEmpty)
    }

    @Test("a damaged complete line in a learner's progress: kept aside, the save before restored, reported as recovered")
    func damagedProgress() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        store.now = { Self.fixedNow }
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        var runner = ModuleRunner(module: module)
        runner.nextPage()
        try store.saveProgress(runner, learner: ana, now: now)
        let file = folder.layout.learnerLog(ana.id)
        try append("mini\t{\"not\": \"an enrolment\"}\n", to: file.path)
        let damaged = try Data(contentsOf: file)
        #expect(try store.enrolments(learnerID: ana.id).first?.progress == runner.progress)
        let aside = file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".corrupt-20231114-221320")
        #expect(store.takeNotices() == [.corruptFileMovedAside(original: file, movedTo: aside, recovered: true)])
        #expect(try Data(contentsOf: aside) == damaged, "kept as it was")
        #expect(try store.enrolments(learnerID: ana.id).count == 1)
        #expect(store.takeNotices().isEmpty, "reported once")
    }

    @Test("a damaged line in a name bucket or the certificates log: the good lines stay, the file is kept aside, read() reports it")
    func damagedLogs() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        store.now = { Self.fixedNow }
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        try store.saveProgress(passingRunner(module), learner: ana, now: now)
        let certificate = try #require(try store.participantCertificate(learner: ana, module: module, now: now, newCode: { "AAAAAAAAAA" }))
        try append("garbage without tabs\n", to: folder.layout.nameBucket(name: "ana").path)
        try append("{\"code\": 12}\n", to: folder.layout.certificates.path)
        let (records, notices) = try store.read()
        #expect(records.learners == [ana] && records.certificates == [certificate])
        #expect(Set(notices.map { if case let .corruptFileMovedAside(original, _, recovered) = $0 { "\(original.lastPathComponent) \(recovered)" } else { "" } })
                == [folder.layout.nameBucket(name: "ana").lastPathComponent + " true", "certificates.log true"])
        #expect(try store.read().1.isEmpty, "repaired: nothing more to report")
        #expect(try store.learners(named: "ana") == [ana])
    }

    @Test(arguments: ["not json at all\n", "{\"id\": \"hotel\"}\n", "", "{\"created\":\"2026-01-01T00:00:00Z\",\"id\":\"hotel\",\"moduleID\":\"mini\",\"name\":\"Hotel\"}\nAna\tonly two fields\n"])
    func aDamagedRosterIsMovedAsideAndReported(_ bytes: String) throws {
        let folder = RecordsFolder()
        let store = folder.store()
        store.now = { Self.fixedNow }
        _ = try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now)
        let file = folder.layout.rosterFile("hotel")
        try Data(bytes.utf8).write(to: file)
        #expect(try store.organisation(idOrName: "hotel") == nil)
        let aside = file.deletingLastPathComponent().appendingPathComponent("hotel.roster.corrupt-20231114-221320")
        #expect(store.takeNotices() == [.corruptFileMovedAside(original: file, movedTo: aside, recovered: false)])
        #expect(try Data(contentsOf: aside) == Data(bytes.utf8))
        #expect(try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now).get().id == "hotel", "can be made again")
    }

    @Test("a crash before an atomic rename leaves the roster as it was, and its temporary file goes when nobody writes")
    func crashBeforeRename() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        _ = try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now)
        let before = try Data(contentsOf: folder.layout.rosterFile("hotel"))
        store.beforeRename = { url throws(StoreError) in throw StoreError(.cannotWrite, path: url.path, reason: "simulated crash") }
        #expect(throws: StoreError.self) { _ = try store.updateOrganisation(id: "hotel") { $0.location = "Zee" } }
        #expect(try Data(contentsOf: folder.layout.rosterFile("hotel")) == before)
        try Data("half".utf8).write(to: folder.layout.temporary.appendingPathComponent(".hotel.roster.tmp-9999-dead"))
        _ = try folder.store().read()
        #expect(folder.names("records/tmp").isEmpty)
    }

    @Test("a subfolder replaced by a link to a folder outside: nothing is written through it, the save fails")
    func linkedSubfolder() throws {
        let folder = RecordsFolder()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let ana = try folder.store().learner(named: "Ana", organisation: nil, now: now)
        try FileManager.default.removeItem(at: folder.layout.learners)
        try FileManager.default.createSymbolicLink(at: folder.layout.learners, withDestinationURL: outside)
        #expect(throws: StoreError.self) { try folder.store().saveProgress(passingRunner(module), learner: ana, now: now) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}
