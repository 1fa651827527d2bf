import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// `update` does no I/O: it returns effects, and the results come back as
/// messages. These tests perform no effect at all: they look at what an
/// update asks for, and make up the answers.
@Suite("Effects")
struct EffectTests {
    static func app(_ language: Language = .dutch) -> SignaalApp {
        var app = SignaalApp(content: TestContent.bundle, language: language,
                             environment: AppEnvironment(keepsRecords: true, now: { HotelRecords.now }))
        _ = app.update(.resize(Size(width: 80, height: 24)))
        return app
    }

    static func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test("a learner is created by an effect; every page turn asks to save, and nothing is saved by the update itself")
    func trainingSaves() throws {
        var app = Self.app()
        #expect(app.send([.enter, .character("3")]) == [.loadOrganisations(counted: false)], "opening the training reads the organisations")
        #expect(app.state.screen == .learnerForm)
        #expect(app.send(Self.keys("Zoë Brontë") + [.enter]).isEmpty, "Enter on the name goes to the organisation field")
        #expect(app.send([.enter]) == [.findLearners(name: "Zoë Brontë", organisation: nil)], "the learners with this name are looked up")
        #expect(app.update(.learnersFound(name: "Zoë Brontë", organisation: nil, learners: [], enrolments: [], notices: []))
            == [.changeRecords(.createLearner(name: "Zoë Brontë", organisation: nil))], "none: a new learner")
        #expect(app.state.screen == .learnerForm, "no learner until the records say so")

        var records = TrainingRecords()
        let learner = records.learner(named: "Zoë Brontë", organisation: nil, now: HotelRecords.now)
        #expect(app.update(.recordChanged(.learnerCreated(learner), notices: [])) == [.loadLearner(learner)])
        #expect(app.state.screen == .learnerHome)
        #expect(app.state.learner == learner)
        #expect(app.update(.learnerLoaded(learner, enrolments: [], certificates: [], notices: [])).isEmpty)

        let start = app.send([.enter])
        let training = try #require(app.state.training)
        #expect(start == [.changeRecords(.saveProgress(learner: learner, runner: training.runner))])
        #expect(app.state.records.enrolments.isEmpty, "the update itself changed no records")
        #expect(app.update(.recordChanged(.progressSaved(learnerID: learner.id, runner: training.runner, at: HotelRecords.now), notices: [])).isEmpty)
        #expect(app.state.records.enrolment(learnerID: learner.id, moduleID: training.runner.module.id)?.progress == training.runner.progress,
                "once saved, the overview shows it")

        guard case .lesson? = training.runner.unit?.content else {
            Issue.record("the first module should open on a lesson")
            return
        }
        let turn = app.send([.enter])
        let after = try #require(app.state.training)
        #expect(after.runner.progress != training.runner.progress, "the page turned")
        #expect(turn == [.changeRecords(.saveProgress(learner: learner, runner: after.runner))])
        #expect(app.send([.down, .up]).isEmpty, "scrolling saves nothing")
    }

    @Test("a failed save is said in the language on screen, and the training goes on")
    func saveFails() throws {
        var app = Self.app(.english)
        let error = StoreError(.diskFull, path: "/data/records.json", reason: "No space left on device")
        #expect(app.update(.failed(.records(RecordsError(error)))).isEmpty)
        let status = try #require(app.state.status)
        #expect(status.key == "records.failed")
        #expect(status.arguments["reason"] == RecordWording(content: TestContent.bundle, language: .english).store(error))
    }

    @Test("the manager's CSV and refresh are effects; the path and a failure come back as messages")
    func managerExport() throws {
        var app = Self.app()
        let records = try HotelRecords.keeper(completed: 2).read().0
        let hotel = try #require(records.organisations.first)
        let status = OrganisationStatus(organisation: hotel, records: records, threshold: TestContent.bundle.certification.organisationThreshold)
        #expect(app.send([.character("4"), .enter]) == [.loadOrganisations(counted: true)], "the manager's view reads the organisations as it opens")
        #expect(app.update(.organisationsLoaded(records.organisations, tallies: [hotel.id: status.tally], notices: [])).isEmpty)
        #expect(app.view(size: Size(width: 80, height: 24)).text.contains("2 van 5"), "the list shows the counts it was sent")
        #expect(app.send([.enter]) == [.loadOrganisation(id: hotel.id)], "opening one counts its status")
        #expect(app.state.screen == .organisationStatus)
        #expect(app.update(.organisationLoaded(hotel, status: status, notices: [])).isEmpty)

        let export = app.send([.character("e")])
        guard case .exportCSV(let name, let data)? = export.first, export.count == 1 else {
            Issue.record("e should ask for one CSV export, not \(export)")
            return
        }
        #expect(name.hasSuffix(".csv") && !name.contains("/"))
        #expect(String(decoding: data, as: UTF8.self).contains("Bob Jansen"))
        _ = app.update(.fileExported(path: "/work/" + name))
        #expect(app.view(size: Size(width: 80, height: 24)).text.contains("/work/"))
        _ = app.update(.failed(.certificate("disk full")))
        #expect(app.view(size: Size(width: 80, height: 24)).text.contains("disk full"))

        #expect(app.send([.character("r")]) == [.loadOrganisation(id: hotel.id)])
        #expect(app.state.status?.key == "manager.refreshed")
        let notice = StoreNotice.corruptFileMovedAside(original: URL(fileURLWithPath: "/d/records.json"),
                                                       movedTo: URL(fileURLWithPath: "/d/records.bad"), recovered: false)
        _ = app.update(.organisationLoaded(hotel, status: status, notices: [notice]))
        #expect(app.state.status?.key == "manager.refreshed", "a notice does not replace what the key said")
    }

    @Test("an issued certificate is written by a second effect, in the interface's language")
    func certificateChain() throws {
        var app = Self.app(.english)
        let certificate = IssuedCertificate(code: "ABCD234EFG", kind: .organisation, issuedOn: HotelRecords.now, moduleID: "buit-hotel",
                                            recipient: "Hotel", learnerID: nil, organisation: "o1", scorePercent: nil, staffCompleted: 3,
                                            staffRostered: 5, thresholdPercent: 60)
        let next = app.update(.recordChanged(.organisationCertificate(certificate, moduleID: "buit-hotel"), notices: []))
        #expect(next == [.writeCertificate(certificate, moduleID: "buit-hotel", language: .english, warningLanguage: .english)])
        #expect(app.update(.recordChanged(.participantCertificate(nil, moduleID: "buit-youth"), notices: [])).isEmpty)
        #expect(app.state.status?.key == "certificate.notYet")
    }

    @Test("a pocket card and a case note are effects too")
    func cardAndNote() throws {
        var app = Self.app(.english)
        let roles = TestContent.bundle.roles
        let (roleIndex, activityIndex) = try #require(roles.indices.lazy.compactMap { r in
            roles[r].activities.firstIndex { $0.kind == .card && !$0.coming }.map { (r, $0) }
        }.first)
        let card = roles[roleIndex].activities[activityIndex]
        let effects = app.send(Array(repeating: .down, count: roleIndex) + [.enter] + Array(repeating: .down, count: activityIndex) + [.enter])
        #expect(effects == [.printCard(cardID: card.ref ?? "", roleID: roles[roleIndex].id, language: .english)])
        _ = app.update(.cardPrinted(paths: ["/work/folder/card.pdf", "/work/folder/card.txt"]))
        #expect(app.view(size: Size(width: 80, height: 24)).text.contains("card.pdf"))

        var note = Self.app(.english)
        note.send([.enter, .enter, .down, .character(" "), .enter, .enter])
        #expect(note.state.screen == .result)
        note.send([.character("s")])
        let save = note.send(Self.keys("D-1") + [.enter])
        guard case .saveCaseNote(let written, .english)? = save.first, save.count == 1 else {
            Issue.record("Enter on the form should ask for one case note, not \(save)")
            return
        }
        #expect(written.reference == "D-1")
        #expect(written.created == HotelRecords.now)
        _ = note.update(.caseNoteSaved(paths: ["/work/case-note.md"]))
        #expect(note.view(size: Size(width: 80, height: 24)).text.contains("Saved: case-note.md in the folder /work"))
    }
}
