import Foundation
import Testing
@testable import SignaalCore

@Suite("Training records")
struct TrainingRecordsTests {
    let module: TrainingModule
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    init() throws { module = try MiniModule.load() }

    @Test("names are kept as given, trimmed; empty and control characters are refused")
    func names() {
        #expect(LearnerName.validate("  Zoë Brontë \n") == .success("Zoë Brontë"))
        #expect(LearnerName.validate("Łukasz Wójcik") == .success("Łukasz Wójcik"))
        #expect(LearnerName.validate("   ") == .failure(.empty))
        #expect(LearnerName.validate("Ann\u{7}") == .failure(.controlCharacters))
        #expect(LearnerName.validate("A\u{1B}[2J") == .failure(.controlCharacters))
        #expect(LearnerName.validate(String(repeating: "Ж", count: 201)) == .failure(.tooLong(maximum: 200)))
        #expect(LearnerName.validate(String(repeating: "Ж", count: 200)) == .success(String(repeating: "Ж", count: 200)))
    }

    @Test("the same name finds the same learner, whatever the case or Unicode form")
    func sameLearner() {
        var records = TrainingRecords()
        let a = records.learner(named: "Zoë Brontë", organisation: "Hotel Zee", now: now)
        let b = records.learner(named: "zoe\u{308} brontë", organisation: "hotel zee ", now: now)
        #expect(a == b)
        let c = records.learner(named: "Zoë Brontë", organisation: nil, now: now)
        #expect(c.id != a.id, "another organisation is another learner")
        #expect(records.learners.count == 2)
        #expect(records.learners(named: "ZOË BRONTË").count == 2)
    }

    @Test("saving marks a completion only when the module is finished and passed")
    func completion() {
        var records = TrainingRecords()
        let learner = records.learner(named: "Sam", organisation: nil, now: now)
        var runner = ModuleRunner(module: module)
        records.save(runner, learnerID: learner.id, now: now)
        #expect(records.enrolment(learnerID: learner.id, moduleID: "mini")?.completed == nil)
        for _ in 0..<module.units.count { runner.nextUnit() }  // finished, nothing answered: failed
        records.save(runner, learnerID: learner.id, now: now)
        #expect(records.enrolment(learnerID: learner.id, moduleID: "mini")?.completed == nil)
        var passing = ModuleRunner(module: module)
        passing.nextPage(); passing.nextPage(); passing.reply(0); passing.nextUnit()
        for answer in [[0], [0, 1], [1], [0]] { passing.answer(Set(answer)); passing.nextUnit() }
        records.save(passing, learnerID: learner.id, now: now)
        let enrolment = records.enrolment(learnerID: learner.id, moduleID: "mini")
        #expect(enrolment?.completed == now)
        #expect(enrolment?.completedScore == 100)
        #expect(records.enrolments.count == 1, "one enrolment per learner and module")
    }

    @Test("a certificate needs a completion, keeps its code, and codes are never reused")
    func certificates() {
        var records = TrainingRecords()
        let learner = records.learner(named: "Sam", organisation: "School", now: now)
        #expect(records.participantCertificate(learner: learner, module: module, now: now, newCode: { "AAAAAAAAAA" }) == nil)
        var runner = ModuleRunner(module: module)
        runner.nextPage(); runner.nextPage(); runner.reply(0); runner.nextUnit()
        for answer in [[0], [0, 1], [1], [0]] { runner.answer(Set(answer)); runner.nextUnit() }
        records.save(runner, learnerID: learner.id, now: now)
        var codes = ["AAAAAAAAAA", "AAAAAAAAAA", "BBBBBBBBBB"]
        let first = records.participantCertificate(learner: learner, module: module, now: now, newCode: { codes.removeFirst() })
        #expect(first?.code == "AAAAAAAAAA")
        #expect(first?.recipient == "Sam")
        #expect(first?.organisation == "School")
        #expect(first?.scorePercent == 100)
        let again = records.participantCertificate(learner: learner, module: module, now: now, newCode: { codes.removeFirst() })
        #expect(again == first, "exporting again gives the same certificate")
        let other = records.learner(named: "Kim", organisation: nil, now: now)
        records.save(runner, learnerID: other.id, now: now)
        let second = records.participantCertificate(learner: other, module: module, now: now, newCode: { codes.removeFirst() })
        #expect(second?.code == "BBBBBBBBBB", "a code already used is skipped")
        #expect(records.certificate(code: "bbbbbbbbbb")?.recipient == "Kim")
    }

    @Test("records survive the file store: a classroom's shared folder")
    func fileStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-records-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = TrainingRecordsFile.store(in: folder)
        let keeper: any RecordKeeper = store
        let (learner, _) = try keeper.update { $0.learner(named: "Noor", organisation: nil, now: now) }
        let (records, notices) = try keeper.read()
        #expect(notices.isEmpty)
        #expect(records.learners == [learner])
        let bucket = store.layout.nameBucket(name: "noor")
        let attributes = try FileManager.default.attributesOfItem(atPath: bucket.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
