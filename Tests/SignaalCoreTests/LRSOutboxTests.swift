import Foundation
import Testing
@testable import SignaalCore

/// The outbox and its delivery, the LRS settings, and counting LRS completions.
@Suite("LRS outbox and settings")
struct LRSOutboxTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func statement(_ id: String) -> XAPIStatement {
        XAPIStatement(id: id, actor: XAPIAgent(account: XAPIAccount(homePage: "https://h.example", name: "n")),
                      verb: XAPIVocabulary.Verb.completed.xapi, object: XAPIActivity(id: XAPIVocabulary.module("mini"), definition: nil),
                      result: nil, context: nil, timestamp: XAPIStatement.timestamp(now))
    }

    /// Accepts the first `accept` statements of each call, then fails.
    final class FakeTransport: StatementTransport, @unchecked Sendable {
        var accept: Int
        var received: [[String]] = []
        init(accept: Int) { self.accept = accept }
        func send(_ statements: [LRSOutbox.Pending]) -> (delivered: Set<String>, error: String?) {
            received.append(statements.map(\.id))
            let taken = statements.prefix(accept)
            return (Set(taken.map(\.id)), taken.count < statements.count ? "LRS down" : nil)
        }
    }

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("signaal-outbox-\(UUID().uuidString)")
    }

    @Test("the outbox is a private, durable file; the same statement is queued once and kept as the same bytes")
    func enqueue() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = LRSOutboxFile.store(in: folder)
        _ = try store.update { $0.enqueue([Self.statement("a"), Self.statement("b")], now: Self.now) } as (Void, [StoreNotice])
        _ = try store.update { $0.enqueue([Self.statement("a")], now: Self.now) } as (Void, [StoreNotice])
        let (box, _): (LRSOutbox, [StoreNotice]) = try store.read()
        #expect(box.pending.map(\.id) == ["a", "b"])
        #expect(box.pending[0].json == String(decoding: Self.statement("a").encoded(), as: UTF8.self))
        let mode = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("delivery removes what the LRS took, keeps the rest with the reason, and sends it next time")
    func delivery() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = LRSOutboxFile.store(in: folder)
        _ = try store.update { $0.enqueue(["a", "b", "c"].map(Self.statement), now: Self.now) } as (Void, [StoreNotice])
        let down = FakeTransport(accept: 1)
        let first = try OutboxDelivery(outbox: store, transport: down).deliver()
        #expect(first == OutboxDelivery.Report(delivered: 1, pending: 2, error: "LRS down"))
        let (box, _): (LRSOutbox, [StoreNotice]) = try store.read()
        #expect(box.pending.map(\.id) == ["b", "c"] && box.sent == 1 && box.lastError == "LRS down")
        let up = FakeTransport(accept: 100)
        let second = try OutboxDelivery(outbox: store, transport: up).deliver()
        #expect(second == OutboxDelivery.Report(delivered: 2, pending: 0, error: nil))
        #expect(up.received == [["b", "c"]])
        let (after, _): (LRSOutbox, [StoreNotice]) = try store.read()
        #expect(after.pending.isEmpty && after.sent == 3 && after.lastError == nil)
    }

    @Test("settings: none without a URL; the environment; --lrs wins; a bad URL is refused")
    func settings() throws {
        #expect(try LRSSettings.resolve(explicit: nil, environment: [:]).get() == nil)
        let environment = ["SIGNAAL_LRS_URL": "http://127.0.0.1:8100/xAPI", "SIGNAAL_LRS_USER": "u", "SIGNAAL_LRS_PASSWORD": "p"]
        let fromEnvironment = try #require(try LRSSettings.resolve(explicit: nil, environment: environment).get())
        #expect(fromEnvironment.endpoint.absoluteString == "http://127.0.0.1:8100/xAPI/")
        #expect(fromEnvironment.user == "u" && fromEnvironment.password == "p")
        #expect(fromEnvironment.homePage == "http://127.0.0.1:8100" && !fromEnvironment.learnerNames)
        let explicit = try #require(try LRSSettings.resolve(explicit: "https://lrs.example/xapi/", environment: environment).get())
        #expect(explicit.endpoint.host == "lrs.example")
        #expect(throws: LRSSettingsProblem.badURL("ftp://x")) { try LRSSettings.resolve(explicit: "ftp://x", environment: [:]).get() }
    }

    @Test("a settings file is read only when its owner alone may read it (0600)")
    func configFile() throws {
        let folder = Self.folder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lrs.json")
        try Data(#"{"url": "http://127.0.0.1:8100/xAPI/", "user": "u", "password": "p", "salt": "s", "learnerNames": true}"#.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let open = LRSSettings.resolve(explicit: nil, environment: ["SIGNAAL_LRS_CONFIG": file.path])
        #expect(throws: LRSSettingsProblem.configTooOpen(path: file.path, mode: "644")) { try open.get() }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let settings = try #require(try LRSSettings.resolve(explicit: nil, environment: ["SIGNAAL_LRS_CONFIG": file.path, "SIGNAAL_LRS_USER": "v"]).get())
        #expect(settings.user == "v" && settings.password == "p" && settings.salt == "s" && settings.learnerNames)
    }

    @Test("completions in the LRS count for the roster by the same rules as local ones")
    func completions() throws {
        var records = TrainingRecords()
        guard case .success(var hotel) = records.addOrganisation(name: "Hotel De Zeemeeuw", moduleID: "mini", now: Self.now) else {
            Issue.record("organisation not added")
            return
        }
        hotel.staff = ["Anna de Vries", "Bob Jansen", "Maria García"].map { StaffMember(name: $0, added: Self.now) }
        records.save(hotel)
        let pseudonym = LearnerPseudonym(salt: "s")
        let statements = [
            Self.passed(pseudonym.learner(name: "anna de vries", organisation: "Hotel De Zeemeeuw"), module: "mini"),
            Self.passed(pseudonym.learner(name: "Bob Jansen", organisation: "Another Hotel"), module: "mini"),
            Self.passed(pseudonym.learner(name: "Maria García", organisation: "Hotel De Zeemeeuw"), module: "other"),
        ]
        let passes = LRSCompletions.passes(moduleID: "mini", in: statements)
        let merged = LRSCompletions.merged(records, organisation: hotel, passes: passes, pseudonym: pseudonym)
        let status = OrganisationStatus(organisation: hotel, records: merged, threshold: 60)
        #expect(status.completed == 1)
        #expect(status.pending.map(\.name) == ["Bob Jansen", "Maria García"])
        #expect(LRSCompletions.stripped(merged) == records, "what came from the LRS is never saved")
    }

    static func passed(_ account: String, module: String) -> LRSStatementPage.Statement {
        LRSStatementPage.Statement(id: UUID().uuidString, actor: .init(name: nil, account: XAPIAccount(homePage: "h", name: account)),
                                   verb: .init(id: XAPIVocabulary.Verb.passed.id), object: .init(id: XAPIVocabulary.module(module)),
                                   result: nil, timestamp: XAPIStatement.timestamp(now))
    }
}
