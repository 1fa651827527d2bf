import Foundation
import Testing
@testable import SignaalCore

/// xAPI statements: the JSON an LRS gets, and which events a change to the
/// records stands for.
@Suite("xAPI statements")
struct LRSStatementTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let settings = LRSSettings(endpoint: URL(string: "http://127.0.0.1:8100/xAPI/")!, user: nil, password: nil,
                                      homePage: "https://hotel.example", salt: "s3cret", learnerNames: false)
    static let learner = Learner(id: "L1", name: "Zoë Brontë", organisation: "Hotel De Zeemeeuw", created: now)

    static func object(_ statement: XAPIStatement) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: statement.encoded()) as? [String: Any])
    }

    @Test("SHA-256 gives the FIPS 180-4 example digests")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("the actor is a pseudonymous account: the same for the same name and organisation, never an e-mail")
    func pseudonymousActor() throws {
        let factory = StatementFactory(settings: Self.settings, language: "nl")
        let actor = factory.actor(Self.learner)
        let again = factory.actor(Learner(id: "other", name: "  zoë   brontë ", organisation: "hotel de zeemeeuw", created: Self.now))
        #expect(actor == again)
        #expect(actor.name == nil)
        #expect(actor.account?.homePage == "https://hotel.example")
        #expect(actor.account?.name.count == 64)
        #expect(actor.account?.name.contains("Zo") == false)
        #expect(factory.actor(Learner(id: "x", name: "Zoë Brontë", organisation: "Hotel Anders", created: Self.now)) != actor)
        let unsalted = StatementFactory(settings: LRSSettings(endpoint: Self.settings.endpoint, user: nil, password: nil,
                                                              homePage: Self.settings.homePage, salt: "", learnerNames: true), language: "nl")
        #expect(unsalted.actor(Self.learner).account != actor.account, "the salt changes the pseudonym")
        #expect(unsalted.actor(Self.learner).name == "Zoë Brontë", "names only where the organisation chose so")
    }

    @Test("passed has the xAPI 1.0.3 required fields: id, actor, verb id and display, object id and definition, result, timestamp")
    func requiredFields() throws {
        let module = try MiniModule.load()
        let score = ModuleScore(earned: 3, possible: 4, passMark: 60)
        let statements = StatementFactory(settings: Self.settings, language: "en")
            .finished(Self.learner, module, score: score, at: Self.now, ids: ("5f2b0c0e-0000-4000-8000-000000000001", "5f2b0c0e-0000-4000-8000-000000000002"))
        #expect(statements.map(\.verb.id) == ["http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed"])
        let json = try Self.object(statements[1])
        #expect(json["id"] as? String == "5f2b0c0e-0000-4000-8000-000000000002")
        #expect(json["version"] as? String == "1.0.3")
        #expect(json["timestamp"] as? String == "2026-09-21T14:13:20Z")
        let actor = try #require(json["actor"] as? [String: Any])
        #expect(actor["objectType"] as? String == "Agent")
        #expect(actor["mbox"] == nil && actor["name"] == nil)
        #expect((actor["account"] as? [String: Any])?["homePage"] as? String == "https://hotel.example")
        let verb = try #require(json["verb"] as? [String: Any])
        #expect(verb["display"] as? [String: String] == ["en-US": "passed"])
        let object = try #require(json["object"] as? [String: Any])
        #expect(object["objectType"] as? String == "Activity")
        #expect(object["id"] as? String == "https://signaal.example/xapi/modules/mini")
        let definition = try #require(object["definition"] as? [String: Any])
        #expect(definition["type"] as? String == "http://adlnet.gov/expapi/activities/course")
        #expect(definition["name"] as? [String: String] == ["nl": "Mini", "en": "Mini"])
        let result = try #require(json["result"] as? [String: Any])
        #expect(result["success"] as? Bool == true)
        #expect(result["completion"] as? Bool == true)
        let scored = try #require(result["score"] as? [String: Double])
        #expect(scored == ["scaled": 0.75, "raw": 3, "min": 0, "max": 4])
        #expect(UUID(uuidString: json["id"] as? String ?? "") != nil)
    }

    @Test("a failed module sends completed and failed, success false")
    func failed() throws {
        let module = try MiniModule.load()
        let statements = StatementFactory(settings: Self.settings, language: "nl")
            .finished(Self.learner, module, score: ModuleScore(earned: 2, possible: 4, passMark: 60), at: Self.now, ids: ("a", "b"))
        #expect(statements.map(\.verb.display["en-US"]) == ["completed", "failed"])
        #expect(statements.allSatisfy { $0.result?.success == false && $0.result?.score?.scaled == 0.5 })
    }

    @Test("a certificate statement carries its code as a result extension and has its own activity")
    func certificate() throws {
        let module = try MiniModule.load()
        let issued = IssuedCertificate(code: "3FNYN4ZEW6", kind: .participant, issuedOn: Self.now, moduleID: "mini", recipient: "Zoë Brontë",
                                       learnerID: "L1", organisation: "Hotel De Zeemeeuw", scorePercent: 75,
                                       staffCompleted: nil, staffRostered: nil, thresholdPercent: nil)
        let statement = StatementFactory(settings: Self.settings, language: "nl").certificate(issued, learner: Self.learner, module: module, id: "c")
        #expect(statement.object.id == "https://signaal.example/xapi/certificates/3FNYN4ZEW6")
        #expect(statement.result?.extensions?[XAPIVocabulary.Extension.code] == .text("3FNYN4ZEW6"))
        #expect(statement.context?.contextActivities?.parent?.first?.id == XAPIVocabulary.module("mini"))
        // Read back as an LRS would return it.
        let page = try #require(LRSStatementPage.parse(Data(#"{"statements":[{"odd":true},"# .utf8) + statement.encoded() + Data("]}".utf8)))
        let found = try #require(LRSCertificate.find("3FNYN4ZEW6", in: page.statements))
        #expect(found.moduleID == "mini" && found.scorePercent == 75 && found.recipient == nil && found.issued == Self.now)
        #expect(LRSCertificate.find("3FNYN4ZEW7", in: page.statements) == nil)
        // A name from the LRS reaches the terminal without escape sequences.
        var named = statement
        named.actor.name = "Zoë\u{1B}[2J\u{202E} Brontë"
        let namedPage = try #require(LRSStatementPage.parse(Data(#"{"statements":["#.utf8) + named.encoded() + Data("]}".utf8)))
        let cleaned = try #require(LRSCertificate.find("3FNYN4ZEW6", in: namedPage.statements))
        #expect(cleaned.recipient == "Zoë[2J Brontë")
    }

    @Test("a run through a module: initialized, answered per scored question, completed and passed; resumed in a new session")
    func recordChanges() throws {
        let module = try MiniModule.load()
        let changes = RecordChangeStatements(factory: StatementFactory(settings: Self.settings, language: "en"), module: { $0 == "mini" ? module : nil })
        var records = TrainingRecords()
        let learner = records.learner(named: "Zoë Brontë", organisation: "Hotel De Zeemeeuw", now: Self.now)
        var runner = ModuleRunner(module: module)
        var session: Set<String> = []
        var verbs: [String] = []
        var counter = 0
        func save() {
            let before = records
            records.save(runner, learnerID: learner.id, now: Self.now)
            verbs += changes.statements(before: before, after: records, now: Self.now, session: &session, newID: { counter += 1; return "id-\(counter)" })
                .map { $0.verb.display["en-US"]! }
        }
        runner.nextPage(); save()
        runner.nextPage(); save()
        // A new session carries on: resumed, once.
        session = []
        runner.reply(0); runner.nextUnit(); save()
        runner.answer([0]); save()
        runner.nextUnit(); save()
        runner.answer([0, 1]); runner.nextUnit(); save()
        runner.answer([1]); runner.nextUnit(); save()  // not scored: no statement
        runner.answer([0]); runner.nextUnit(); save()
        #expect(runner.isCompleted)
        #expect(verbs == ["initialized", "resumed", "answered", "answered", "answered", "completed", "passed"])
        #expect(counter == verbs.count, "one new id per statement")
        // Saving again without a change says nothing more.
        let before = records
        records.save(runner, learnerID: learner.id, now: Self.now)
        #expect(changes.statements(before: before, after: records, now: Self.now, session: &session, newID: { "x" }).isEmpty)
    }
}
