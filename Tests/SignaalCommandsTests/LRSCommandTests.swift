import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// The LRS settings on the command line, without an LRS: nothing changes
/// when none is configured, wrong settings are refused, and statements
/// wait in the outbox when the LRS cannot be reached.
@Suite("LRS commands")
struct LRSCommandTests {
    static let outbox = LRSOutboxFile.name

    @Test("without an LRS, training writes no outbox and lrs sync says none is set")
    func noLRS() throws {
        let data = DataFolder()
        let train = Run.signaal(["train", "no-room-hotel", "--learner", "Anna", "--plain", "--data", data.path, "--lang", "en"],
                                input: PlainAnswers.passing("no-room-hotel", learner: "Anna"))
        #expect(train.code == .ok, "\(train.err)")
        #expect(FileManager.default.fileExists(atPath: data.path + "/records/completions.log"))
        #expect(!FileManager.default.fileExists(atPath: data.path + "/" + Self.outbox))
        let sync = Run.signaal(["lrs", "sync", "--data", data.path, "--lang", "en"])
        #expect(sync.code == .failure && sync.err.contains("No learning record store"), "\(sync.err)")
    }

    @Test("a settings file others may read is refused, and so is an address that is not http(s)")
    func refused() throws {
        let data = DataFolder()
        try FileManager.default.createDirectory(atPath: data.path, withIntermediateDirectories: true)
        let config = data.path + "/lrs.json"
        try Data(#"{"url": "http://127.0.0.1:9/xAPI/", "password": "p"}"#.utf8).write(to: URL(fileURLWithPath: config))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: config)
        let open = Run.signaal(["train", "no-room-hotel", "--learner", "Anna", "--plain", "--data", data.path],
                               environment: ["SIGNAAL_LRS_CONFIG": config])
        #expect(open.code == .usage && open.err.contains("chmod 600"), "\(open.err)")
        let ftp = Run.signaal(["verify", "3FNYN4ZEW6", "--lrs", "ftp://lrs.example", "--data", data.path])
        #expect(ftp.code == .usage && ftp.err.contains("ftp://lrs.example"), "\(ftp.err)")
    }

    @Test("with the LRS unreachable, training completes and its statements wait in the outbox")
    func unreachable() throws {
        let data = DataFolder()
        let environment = ["SIGNAAL_LRS_URL": "http://127.0.0.1:9/xAPI/"]
        let train = Run.signaal(["train", "no-room-hotel", "--learner", "Anna", "--organisation", "Hotel X", "--plain", "--data", data.path, "--lang", "en"],
                                input: PlainAnswers.passing("no-room-hotel", learner: "Anna"), environment: environment)
        #expect(train.code == .ok && train.out.contains("Passed"), "\(train.err)")
        let (box, _): (LRSOutbox, [StoreNotice]) = try LRSOutboxFile.store(in: URL(fileURLWithPath: data.path)).read()
        let verbs = box.pending.compactMap { Run.json($0.json)["verb"] as? [String: Any] }.compactMap { $0["id"] as? String }
        #expect(verbs.first == XAPIVocabulary.Verb.initialized.id)
        #expect(verbs.suffix(2) == [XAPIVocabulary.Verb.completed.id, XAPIVocabulary.Verb.passed.id])
        #expect(verbs.filter { $0 == XAPIVocabulary.Verb.answered.id }.count == ShippedModules.bundle.module("no-room-hotel")?.scoredQuestions.count)
        #expect(box.lastError?.contains("cannot reach") == true)
        let status = Run.signaal(["lrs", "status", "--data", data.path, "--lang", "en"], environment: environment)
        #expect(status.out.contains("Pending: \(box.pending.count)"), "\(status.out)")
    }

    @Test("with an LRS set, org certificate queues the certificate as earned, once (through the LRS keeper, not a before-and-after read)")
    func organisationCertificateEarned() throws {
        let data = DataFolder()
        let environment = ["SIGNAAL_LRS_URL": "http://127.0.0.1:9/xAPI/"]
        let d = ["--data", data.path, "--lang", "en"]
        let roster = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: roster) }
        try Data("Naam;Afdeling\r\nAnna de Vries;Receptie\r\n".utf8).write(to: roster)
        #expect(Run.signaal(["org", "create", "Hotel X"] + d, environment: environment).code == .ok)
        #expect(Run.signaal(["org", "import-roster", "hotel-x", roster.path] + d, environment: environment).code == .ok)
        let train = Run.signaal(["train", "no-room-hotel", "--learner", "Anna de Vries", "--organisation", "Hotel X", "--plain"] + d,
                                input: PlainAnswers.passing("no-room-hotel", learner: "Anna de Vries"), environment: environment)
        #expect(train.code == .ok, "\(train.err)")
        func earned() throws -> [String] {
            let (box, _): (LRSOutbox, [StoreNotice]) = try LRSOutboxFile.store(in: URL(fileURLWithPath: data.path)).read()
            return box.pending.map(\.json).filter { $0.contains(XAPIVocabulary.Verb.earned.id) }
        }
        #expect(try earned().isEmpty)
        let out = data.path + "/org.txt"
        let first = Run.signaal(["org", "certificate", "hotel-x", "--out", out, "--format", "txt"] + d, environment: environment)
        #expect(first.code == .ok, "\(first.err)")
        let statements = try earned()
        let code = try #require(try TrainingRecordsFile.store(in: URL(fileURLWithPath: data.path)).read().0.certificates.first?.code)
        #expect(statements.count == 1 && statements.first?.contains(code) == true)
        #expect(Run.signaal(["org", "certificate", "hotel-x", "--out", out, "--format", "txt"] + d, environment: environment).code == .ok)
        #expect(try earned().count == 1, "the same certificate found again is not reported again")
    }

    @Test("a bare --lrs after org status asks for the count; --lrs URL stays an address")
    func organisationWords() {
        #expect(LRSOption.organisationWords(["status", "x", "--lrs"]) == ["status", "x", "--count-from-lrs"])
        #expect(LRSOption.organisationWords(["status", "x", "--lrs", "--format", "json"]) == ["status", "x", "--count-from-lrs", "--format", "json"])
        #expect(LRSOption.organisationWords(["status", "x", "--lrs", "http://h/xAPI/"]) == ["status", "x", "--lrs", "http://h/xAPI/", "--count-from-lrs"])
        #expect(LRSOption.organisationWords(["list"]) == ["list"])
    }
}
