import Foundation
import Testing
@testable import SignaalCore

/// A data folder written by the previous version (one training-records.json)
/// becomes the records folder once, with the old file kept as a backup.
@Suite("Records folder: migration from training-records.json")
struct RecordMigrationTests {
    let module: TrainingModule
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    init() throws { module = try MiniModule.load() }

    struct Stop: Error {}

    /// Records as the previous version wrote them, through its own store.
    func writeOldFolder(_ folder: RecordsFolder) throws -> TrainingRecords {
        let old = TrainingRecordsFile.legacyStore(in: folder.data)
        let (records, _) = try old.update { records -> TrainingRecords in
            let ana = records.learner(named: "Ana Tab\there", organisation: "Hotel Zee", now: now)
            let bo = records.learner(named: "Bo", organisation: nil, now: now.addingTimeInterval(1))
            _ = records.learner(named: "Cem", organisation: "Elders", now: now.addingTimeInterval(2))
            records.save(passingRunner(module), learnerID: ana.id, now: now)
            var started = ModuleRunner(module: module)
            started.nextPage()
            records.save(started, learnerID: bo.id, now: now)
            _ = records.participantCertificate(learner: ana, module: module, now: now, newCode: { "AAAAAAAAAA" })
            var hotel = try #require(try? records.addOrganisation(name: "Hotel Zee", location: "Vlissingen", moduleID: "mini", now: now).get())
            hotel.staff = [StaffMember(name: "Ana Tab\there", department: "Bar", added: now), StaffMember(name: "Dirk", added: now, left: now)]
            hotel.links = [RosterLink(learnerID: bo.id, staffName: "Dirk", linked: now)]
            records.save(hotel)
            return records
        }
        return records
    }

    @Test("everything an older Signaal wrote is there after, and the old file is kept unchanged as the backup")
    func migrates() throws {
        let folder = RecordsFolder()
        let records = try writeOldFolder(folder)
        let oldBytes = try Data(contentsOf: URL(fileURLWithPath: folder.path(TrainingRecordsFile.name)))
        let store = folder.store()
        let (migrated, notices) = try store.read()
        #expect(notices.isEmpty)
        #expect(migrated == records)
        #expect(!FileManager.default.fileExists(atPath: folder.path(TrainingRecordsFile.name)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path(RecordMigration.backupName))) == oldBytes)
        #expect(try store.completions().map(\.learner.name) == ["Ana Tab\there"])
        #expect(try store.certificate(code: "AAAAAAAAAA")?.recipient == "Ana Tab\there")
        let hotel = try #require(try store.organisation(idOrName: "Hotel Zee"))
        #expect(try store.organisationStatus(hotel, threshold: 60).completed == 1)
        #expect(folder.mode("records/learners") == 0o700 && folder.mode("records/completions.log") == 0o600)
        #expect(folder.names("").filter { $0.hasPrefix(RecordMigration.temporaryPrefix) }.isEmpty)
    }

    @Test("the first targeted operation migrates too (verify on an old folder)")
    func targetedOperationMigrates() throws {
        let folder = RecordsFolder()
        _ = try writeOldFolder(folder)
        #expect(try folder.store().certificate(code: "AAAAAAAAAA")?.code == "AAAAAAAAAA")
        #expect(FileManager.default.fileExists(atPath: folder.path(RecordMigration.backupName)))
    }

    @Test("killed before the folder is renamed into place: nothing changed; run again, it migrates and the half-built folder goes")
    func interruptedBeforeRename() throws {
        let folder = RecordsFolder()
        let records = try writeOldFolder(folder)
        let store = folder.store()
        store.migrationStep = { step in if step == .built { throw Stop() } }
        #expect(throws: Stop.self) { _ = try store.read() }
        #expect(FileManager.default.fileExists(atPath: folder.path(TrainingRecordsFile.name)))
        #expect(!FileManager.default.fileExists(atPath: folder.path("records")))
        #expect(folder.names("").filter { $0.hasPrefix(RecordMigration.temporaryPrefix) }.count == 1, "left half-built")

        #expect(try folder.store().read() == (records, []))
        #expect(folder.names("").filter { $0.hasPrefix(RecordMigration.temporaryPrefix) }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path(TrainingRecordsFile.name)))
    }

    @Test("killed between the folder's rename and the backup's: run again, only the backup is made, nothing twice")
    func interruptedAfterRename() throws {
        let folder = RecordsFolder()
        let records = try writeOldFolder(folder)
        let store = folder.store()
        store.migrationStep = { step in if step == .renamed { throw Stop() } }
        #expect(throws: Stop.self) { _ = try store.read() }
        #expect(FileManager.default.fileExists(atPath: folder.path(TrainingRecordsFile.name)))
        #expect(FileManager.default.fileExists(atPath: folder.path("records/migrated.json")))

        let again = folder.store()
        #expect(try again.read() == (records, []))
        #expect(try again.completions().count == 1)
        #expect(try again.read().0.certificates.count == 1)
        #expect(FileManager.default.fileExists(atPath: folder.path(RecordMigration.backupName)))
        #expect(!FileManager.default.fileExists(atPath: folder.path(TrainingRecordsFile.name)))
    }

    @Test("an older Signaal writing after the upgrade: what it added is merged in, and its file kept as a second backup")
    func olderWriterAfterUpgrade() throws {
        let folder = RecordsFolder()
        _ = try writeOldFolder(folder)
        let store = folder.store()
        let ana = try #require(try store.learners(named: "Ana Tab\there").first)
        let (older, _) = try TrainingRecordsFile.legacyStore(in: folder.data).update { records -> Learner in
            let eva = records.learner(named: "Eva", organisation: nil, now: now.addingTimeInterval(5))
            records.save(passingRunner(module), learnerID: eva.id, now: now)
            return eva
        }
        let (merged, _) = try store.read()
        #expect(merged.learners.contains(older) && merged.learners.contains(ana))
        #expect(try store.completions().map(\.learner.name).sorted() == ["Ana Tab\there", "Eva"])
        #expect(FileManager.default.fileExists(atPath: folder.path(RecordMigration.backupName + "-1")))
    }

    @Test("a damaged old file is moved aside and reported, as the old store did; the folder starts empty")
    func damagedOldFile() throws {
        let folder = RecordsFolder()
        try FileManager.default.createDirectory(at: folder.data, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"learn".utf8).write(to: URL(fileURLWithPath: folder.path(TrainingRecordsFile.name)))
        let (records, notices) = try folder.store().read()
        #expect(records == TrainingRecords())
        #expect(notices.count == 1)
        #expect(folder.names("").contains { $0.hasPrefix(TrainingRecordsFile.name + ".corrupt-") })
    }
}
