import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

/// A data folder for one test, removed afterwards.
final class RecordsFolder: @unchecked Sendable {
    let data: URL
    init() {
        data = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-folder-\(UUID().uuidString)", isDirectory: true)
    }
    deinit { try? FileManager.default.removeItem(at: data) }

    func store() -> FolderRecordStore { FolderRecordStore(directory: data) }
    var layout: RecordFolderLayout { RecordFolderLayout(data: data) }
    func path(_ relative: String) -> String { data.appendingPathComponent(relative).path }
    func names(_ relative: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted() }
    func mode(_ relative: String) -> mode_t {
        var info = stat()
        return stat(path(relative), &info) == 0 ? info.st_mode & 0o7777 : 0o7777
    }
}

/// The mini module passed with every answer right (score 100).
func passingRunner(_ module: TrainingModule) -> ModuleRunner {
    var runner = ModuleRunner(module: module)
    runner.nextPage(); runner.nextPage(); runner.reply(0); runner.nextUnit()
    for answer in [[0], [0, 1], [1], [0]] { runner.answer(Set(answer)); runner.nextUnit() }
    return runner
}

@Suite("Records folder: targeted operations")
struct FolderRecordStoreTests {
    let module: TrainingModule
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    init() throws { module = try MiniModule.load() }

    @Test("a learner is added once, found by name in any case or Unicode form, and their progress saved and read back")
    func learnersAndProgress() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        #expect(try store.learners(named: "Zoë").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.data.path), "reading creates nothing")
        let zoe = try store.learner(named: "Zoë Brontë", organisation: "Hotel Zee", now: now)
        #expect(try store.learner(named: "zoe\u{308} BRONTË", organisation: "hotel zee ", now: now) == zoe)
        let other = try store.learner(named: "Zoë Brontë", organisation: nil, now: now)
        #expect(other.id != zoe.id)
        #expect(Set(try store.learners(named: "ZOË BRONTË").map(\.id)) == [zoe.id, other.id])

        var runner = ModuleRunner(module: module)
        runner.nextPage()
        try store.saveProgress(runner, learner: zoe, now: now)
        #expect(try store.enrolments(learnerID: zoe.id).first?.progress == runner.progress)
        #expect(try store.completions().isEmpty, "not completed yet")
        try store.saveProgress(passingRunner(module), learner: zoe, now: now.addingTimeInterval(60))
        try store.saveProgress(passingRunner(module), learner: zoe, now: now.addingTimeInterval(120))
        let enrolment = try #require(try store.enrolments(learnerID: zoe.id).first)
        #expect(enrolment.completed == now.addingTimeInterval(60) && enrolment.completedScore == 100 && enrolment.started == now)
        #expect(try store.completions() == [LearnerCompletion(learner: zoe, moduleID: "mini", completed: now.addingTimeInterval(60), score: 100)],
                "logged once: saving again changes nothing")
        #expect(store.takeNotices().isEmpty)
    }

    @Test("a participant certificate is issued once and verify finds it by code")
    func certificates() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let sam = try store.learner(named: "Sam", organisation: nil, now: now)
        #expect(try store.participantCertificate(learner: sam, module: module, now: now, newCode: { "AAAAAAAAAA" }) == nil)
        try store.saveProgress(passingRunner(module), learner: sam, now: now)
        let first = try #require(try store.participantCertificate(learner: sam, module: module, now: now, newCode: { "AAAAAAAAAA" }))
        #expect(try store.participantCertificate(learner: sam, module: module, now: now, newCode: { "BBBBBBBBBB" }) == first)
        #expect(try store.certificate(code: "aaaaaaaaaa") == first)
        #expect(try store.certificate(code: "CCCCCCCCCC") == nil)
        #expect(try store.certificates(learnerID: sam.id) == [first])
        let kim = try store.learner(named: "Kim", organisation: nil, now: now)
        #expect(try store.certificates(learnerID: kim.id).isEmpty, "another learner's certificate is not theirs")
        try store.saveProgress(passingRunner(module), learner: kim, now: now)
        let kims = try #require(try store.participantCertificate(learner: kim, module: module, now: now, newCode: { "CCCCCCCCCC" }))
        #expect(try store.certificates(learnerID: kim.id) == [kims])
        #expect(try store.certificates(learnerID: sam.id) == [first])
    }

    @Test("read and update see what the targeted operations wrote, and the other way round")
    func wholeRecords() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        try store.saveProgress(passingRunner(module), learner: ana, now: now)
        let (bo, _) = try store.update { records -> Learner in
            let bo = records.learner(named: "Bo", organisation: "Hotel", now: now.addingTimeInterval(1))
            records.save(passingRunner(module), learnerID: bo.id, now: now)
            _ = records.addOrganisation(name: "Hotel", now: now)
            return bo
        }
        let (records, notices) = try store.read()
        #expect(notices.isEmpty)
        #expect(records.learners == [ana, bo])
        #expect(records.enrolments.map(\.learnerID) == [ana.id, bo.id])
        #expect(records.organisations.map(\.name) == ["Hotel"])
        #expect(try store.learners(named: "bo") == [bo])
        #expect(try store.completions().map(\.learner) == [ana, bo])
        #expect(try store.organisation(idOrName: "hotel")?.id == "hotel")
    }

    @Test("an organisation's roster survives any text, and its status counts the logged completions")
    func organisations() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let created = try store.addOrganisation(name: "Hotel Zee", location: "Vlissingen", moduleID: "mini", now: now)
        let hotel = try created.get()
        let odd = "Tab\there \\ and\nline"
        _ = try store.updateOrganisation(id: hotel.id) { organisation in
            organisation.staff = [StaffMember(name: "Ana", department: odd, added: now), StaffMember(name: "Bo", email: "b@x.nl", added: now, left: now)]
        }
        let loaded = try #require(try store.organisation(idOrName: "HOTEL ZEE"))
        #expect(loaded.staff.map(\.department) == [odd, nil] && loaded.staff[1].left == now && loaded.location == "Vlissingen")
        let ana = try store.learner(named: "Ana", organisation: "Hotel Zee", now: now)
        try store.saveProgress(passingRunner(module), learner: ana, now: now)
        let status = try store.organisationStatus(loaded, threshold: 60)
        #expect(status.rostered == 1 && status.completed == 1 && status.eligible)
        let outcome = try #require(try store.organisationCertificate(idOrName: "hotel-zee", threshold: 60, module: { $0 == "mini" ? module : nil },
                                                                     now: now, newCode: { "DDDDDDDDDD" }))
        #expect(outcome.tally == status.tally && outcome.certificate?.code == "DDDDDDDDDD")
        #expect(try store.certificate(code: "DDDDDDDDDD")?.staffCompleted == 1)
        #expect(try store.organisationCertificate(idOrName: "nowhere", threshold: 60, module: { _ in module }, now: now, newCode: { "E" }) == nil)

        // Counts made elsewhere (an LRS's completions): issued once for the same counts, refused below the threshold.
        let counted = OrganisationTally(rostered: 2, completed: 2, threshold: 60)
        let issued = try #require(try store.organisationCertificate(for: loaded, tally: counted, module: module, now: now, newCode: { "GGGGGGGGGG" }))
        #expect(issued.staffRostered == 2 && issued.staffCompleted == 2)
        #expect(try store.organisationCertificate(for: loaded, tally: counted, module: module, now: now, newCode: { "HHHHHHHHHH" }) == issued)
        #expect(try store.certificate(code: "GGGGGGGGGG") == issued)
        #expect(try store.organisationCertificate(for: loaded, tally: OrganisationTally(rostered: 2, completed: 1, threshold: 60), module: module,
                                                  now: now, newCode: { "JJJJJJJJJJ" }) == nil)
    }

    @Test("the certificate's counts come from the tally only while nothing changed since they were counted")
    func tally() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let hotel = try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now).get()
        _ = try store.updateOrganisation(id: hotel.id) { $0.staff = [StaffMember(name: "Ana", added: now), StaffMember(name: "Bo", added: now)] }
        _ = try store.organisationStatus(try #require(try store.organisation(idOrName: "hotel")), threshold: 50)
        #expect(store.savedTally("hotel", threshold: 50) == OrganisationTally(rostered: 2, completed: 0, threshold: 50))
        #expect(store.savedTally("hotel", threshold: 60) == nil, "another threshold counts again")
        let header = try #require(try store.organisationHeaders().first)
        #expect(header.name == "Hotel" && header.staff.isEmpty, "a header has no roster")
        #expect(try store.organisationTally(header, threshold: 50) == OrganisationTally(rostered: 2, completed: 0, threshold: 50))
        try store.saveProgress(passingRunner(module), learner: try store.learner(named: "Ana", organisation: "Hotel", now: now), now: now)
        #expect(store.savedTally("hotel", threshold: 50) == nil, "a new completion counts again")
        #expect(try store.organisationTally(header, threshold: 50) == OrganisationTally(rostered: 2, completed: 1, threshold: 50), "counted again")
        #expect(store.savedTally("hotel", threshold: 50)?.completed == 1, "and kept for next time")
        #expect(try store.organisationTally(Organisation(id: "nowhere", name: "Nowhere", created: now), threshold: 50) == nil)
        let outcome = try store.organisationCertificate(idOrName: "hotel", threshold: 50, module: { _ in module }, now: now, newCode: { "FFFFFFFFFF" })
        #expect(outcome?.tally.completed == 1 && outcome?.certificate != nil)
        _ = try store.updateOrganisation(id: hotel.id) { $0.staff.append(StaffMember(name: "Cem", added: now)) }
        #expect(store.savedTally("hotel", threshold: 50) == nil, "a changed roster counts again")
    }

    @Test("a manager's link finds the learner through the name index, counts in the status, and is undone")
    func links() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let hotel = try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now).get()
        _ = try store.updateOrganisation(id: hotel.id) { $0.staff = [StaffMember(name: "Ana Jansen", added: now)] }
        let typed = try store.learner(named: "A. Jansen", organisation: "Hotel", now: now)
        try store.saveProgress(passingRunner(module), learner: typed, now: now)
        func status() throws -> OrganisationStatus { try store.organisationStatus(try #require(try store.organisation(idOrName: "hotel")), threshold: 60) }
        #expect(try status().completed == 0 && status().unmatched.map(\.learnerID) == [typed.id])
        #expect(try store.link(organisationID: "hotel", learner: "nobody", staffName: "Ana Jansen", now: now) == .failure(.noLearner))
        let link = try store.link(organisationID: "hotel", learner: "a. jansen", staffName: "ana jansen", now: now)
        #expect(try link.get().learnerID == typed.id && link.get().staffName == "Ana Jansen")
        #expect(try status().completed == 1)
        #expect(try store.unlink(organisationID: "hotel", learner: "A. Jansen", now: now).get().unlinked == now)
        #expect(try status().completed == 0)
        #expect(try store.unlink(organisationID: "hotel", learner: "A. Jansen", now: now) == .failure(.notLinked))
    }

    @Test("eight threads adding the same learner at once add one; eight saving others lose nothing")
    func threads() throws {
        let folder = RecordsFolder()
        let data = folder.data, module = self.module, now = self.now
        let ids = Collected<String>()
        let errors = Collected<String>()
        runOnThreads(8) { thread in
            let store = FolderRecordStore(directory: data)
            do {
                ids.add(try store.learner(named: "Same", organisation: nil, now: now).id)
                for index in 0..<10 {
                    let learner = try store.learner(named: "T\(thread)-\(index)", organisation: "School", now: now)
                    try store.saveProgress(passingRunner(module), learner: learner, now: now)
                }
            } catch { errors.add("\(error)") }
        }
        #expect(errors.all.isEmpty)
        #expect(Set(ids.all).count == 1)
        let store = folder.store()
        #expect(try store.completions().count == 80)
        #expect(try store.read().0.learners.count == 81)
    }

    @Test("files are 0600 in a private folder, folders 0700")
    func privateModes() throws {
        let folder = RecordsFolder()
        let store = folder.store()
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        try store.saveProgress(passingRunner(module), learner: ana, now: now)
        _ = try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now)
        #expect(folder.mode("records") == 0o700 && folder.mode("records/learners") == 0o700)
        for file in ["records/completions.log", "records/writers.lock", "records/organisations/hotel.roster",
                     "records/learners/" + folder.layout.learnerLog(ana.id).lastPathComponent] {
            #expect(folder.mode(file) == 0o600, "\(file) is \(String(folder.mode(file), radix: 8))")
        }
    }
}

extension FolderRecordStoreTests {
    @Test("in a group-shared folder (setgid, group-writable) every folder Signaal makes is 2770 and every file 0660")
    func groupShared() throws {
        let folder = RecordsFolder()
        try FileManager.default.createDirectory(at: folder.data, withIntermediateDirectories: true)
        chmod(folder.data.path, 0o2770)
        let store = folder.store()
        let ana = try store.learner(named: "Ana", organisation: nil, now: now)
        try store.saveProgress(passingRunner(module), learner: ana, now: now)
        _ = try store.participantCertificate(learner: ana, module: module, now: now, newCode: { "AAAAAAAAAA" })
        _ = try store.addOrganisation(name: "Hotel", location: nil, moduleID: "mini", now: now)
        #expect(folder.mode("") == 0o2770)
        for sub in ["records", "records/learners", "records/names", "records/organisations", "records/locks", "records/tmp"] {
            #expect(folder.mode(sub) == 0o2770, "\(sub) is \(String(folder.mode(sub), radix: 8))")
        }
        let learnerFile = "records/learners/" + folder.layout.learnerLog(ana.id).lastPathComponent
        let bucket = "records/names/" + folder.layout.nameBucket(name: "ana").lastPathComponent
        let lock = "records/locks/" + folder.layout.learnerLock(ana.id).lastPathComponent
        for file in ["records/writers.lock", "records/completions.log", "records/certificates.log", "records/organisations/hotel.roster",
                     learnerFile, bucket, lock] {
            #expect(folder.mode(file) == 0o660, "\(file) is \(String(folder.mode(file), radix: 8))")
        }
    }
}

/// Runs `body` on `count` real threads at once and waits for all of them.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            body(index)
            group.leave()
        }.start()
    }
    group.wait()
}

/// Things collected from several threads.
final class Collected<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element] = []
    func add(_ element: Element) { lock.withLock { storage.append(element) } }
    var all: [Element] { lock.withLock { storage } }
}
