import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Where the LRS for these tests is: `SIGNAAL_TEST_LRS_URL` (the xAPI base),
/// `SIGNAAL_TEST_LRS_USER`, `SIGNAAL_TEST_LRS_PASSWORD`, and the Ralph
/// program for a test's own server, `SIGNAAL_TEST_RALPH`. `.ci/run` starts
/// Ralph and sets them (scripts/lrs/ralph.sh).
enum TestLRS {
    static let environment = ProcessInfo.processInfo.environment
    static let url = environment["SIGNAAL_TEST_LRS_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var isConfigured: Bool { url != nil }
    static var underCI: Bool { !(environment["CI"] ?? "").isEmpty && environment["CI"] != "false" }
    static let skipReason: Comment = "no LRS for tests: set SIGNAAL_TEST_LRS_URL (see README, \"Across machines: an LRS\")"

    /// Settings for `signaal` pointing at the test LRS; a fresh `homePage`
    /// per test keeps its learners apart from every other run.
    static func variables(homePage: String, url: String? = nil) -> [String: String] {
        var variables = TestEnvironment.variables
        variables["SIGNAAL_LRS_URL"] = url ?? Self.url
        variables["SIGNAAL_LRS_USER"] = environment["SIGNAAL_TEST_LRS_USER"]
        variables["SIGNAAL_LRS_PASSWORD"] = environment["SIGNAAL_TEST_LRS_PASSWORD"]
        variables["SIGNAAL_LRS_HOMEPAGE"] = homePage
        return variables
    }

    /// The Ralph program, to start an LRS of a test's own (`SIGNAAL_TEST_RALPH`).
    static let ralph = environment["SIGNAAL_TEST_RALPH"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }

    /// The statements with this verb about this activity whose actor has
    /// this homePage, from the test LRS or from `server`.
    static func statements(verb: String, activity: String, homePage: String, server: RalphServer? = nil) throws -> [[String: Any]] {
        guard let base = server?.url ?? url else { throw E2EError("no test LRS") }
        var parts = try #require(URLComponents(string: base.hasSuffix("/") ? base + "statements" : base + "/statements"))
        parts.queryItems = [URLQueryItem(name: "verb", value: "http://adlnet.gov/expapi/verbs/\(verb)"),
                            URLQueryItem(name: "activity", value: activity), URLQueryItem(name: "limit", value: "1000")]
        let data = try get(url: try #require(parts.url).absoluteString, user: server?.user ?? environment["SIGNAAL_TEST_LRS_USER"] ?? "",
                           password: server?.password ?? environment["SIGNAAL_TEST_LRS_PASSWORD"] ?? "")
        let page = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (page["statements"] as? [[String: Any]] ?? []).filter {
            (($0["actor"] as? [String: Any])?["account"] as? [String: Any])?["homePage"] as? String == homePage
        }
    }

    /// The body of a 200 answer to an xAPI GET; throws otherwise.
    static func get(url: String, user: String, password: String) throws -> Data {
        var request = URLRequest(url: try #require(URL(string: url)), timeoutInterval: 10)
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("Basic " + Data("\(user):\(password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        final class Box: @unchecked Sendable { var data: Data?; var status = 0 }
        let box = Box(), done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            box.data = data
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + 15) == .success, box.status == 200, let data = box.data else {
            throw E2EError("the LRS did not answer GET \(url) (status \(box.status))")
        }
        return data
    }
}

extension EndToEnd {
    @Suite("LRS")
    struct LRSChecks {
        @Test("under CI an LRS is configured for the tests (.ci/run starts Ralph)")
        func configuredUnderCI() {
            #expect(!TestLRS.underCI || TestLRS.isConfigured, "CI is set but SIGNAAL_TEST_LRS_URL is not: the LRS tests would not run")
            #expect(!TestLRS.underCI || TestLRS.ralph != nil, "CI is set but SIGNAAL_TEST_RALPH is not: the stop-and-restart test cannot run")
        }
    }

    /// The real binary against a real LRS (Ralph, started by `.ci/run`).
    @Suite("Learning records across machines", .serialized, .enabled(if: TestLRS.isConfigured, TestLRS.skipReason))
    struct LRSFlow {
        static let module = "no-room-hotel"
        static let activity = "https://signaal.example/xapi/modules/no-room-hotel"

        let binary: URL
        let work: URL
        let homePage = "https://e2e-\(UUID().uuidString.lowercased()).example"
        let organisation = "Hotel \(UUID().uuidString.prefix(8))"

        init() throws {
            binary = try SignaalBinary.url()
            work = try TemporaryDirectory.make()
        }

        func data(_ name: String) -> String { work.appendingPathComponent(name).path }

        func signaal(_ words: [String], data: String, input: ProcessRunner.Input = .devNull, lrsURL: String? = nil,
                     lrs: Bool = true) throws -> ProcessResult {
            let environment = lrs ? TestLRS.variables(homePage: homePage, url: lrsURL) : TestEnvironment.variables
            return try ProcessRunner.run(binary, words + ["--data", data, "--lang", "en"], input: input, environment: environment, timeout: 60)
        }

        /// The right answers for `name` (options are shuffled per learner), found in a scratch folder.
        func passingAnswers(_ name: String) throws -> String {
            let scratch = work.appendingPathComponent("scratch-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: scratch) }
            return try HotelFlow.passingAnswers(module: Self.module, learner: name, binary: binary, scratch: scratch)
        }

        func train(_ name: String, data: String, lrsURL: String? = nil) throws -> ProcessResult {
            let answers = try passingAnswers(name)
            return try signaal(["train", Self.module, "--learner", name, "--organisation", organisation, "--plain"],
                               data: data, input: .text(answers), lrsURL: lrsURL)
        }

        @Test("a learner passes: the LRS holds completed and passed with the score, once, even after lrs sync twice")
        func passedOnce() throws {
            defer { try? FileManager.default.removeItem(at: work) }
            let trained = try train("Anna de Vries", data: data("one"))
            #expect(trained.status == 0 && trained.stdout.contains("Passed"), "\(trained.transcript.suffix(400))")
            for _ in 0..<2 {
                let sync = try signaal(["lrs", "sync"], data: data("one"))
                #expect(sync.status == 0 && sync.stdout.contains("Still pending: 0"), "\(sync.transcript)")
            }
            let completed = try TestLRS.statements(verb: "completed", activity: Self.activity, homePage: homePage)
            let passed = try TestLRS.statements(verb: "passed", activity: Self.activity, homePage: homePage)
            #expect(completed.count == 1, "completed: \(completed)")
            #expect(passed.count == 1, "passed: \(passed)")
            let result = try #require(passed.first?["result"] as? [String: Any])
            let score = try #require(result["score"] as? [String: Double])
            #expect(score["scaled"] == 1 && score["raw"] == score["max"] && (score["max"] ?? 0) > 0, "\(score)")
            #expect(result["success"] as? Bool == true)
            let status = try signaal(["lrs", "status"], data: data("one"))
            #expect(status.stdout.contains("Pending: 0") && status.stdout.contains("Last error: -"), "\(status.transcript)")
        }

        @Test("with the LRS stopped a module still completes, the outbox keeps its statements, and after a restart lrs sync delivers them")
        func stoppedThenRestarted() async throws {
            defer { try? FileManager.default.removeItem(at: work) }
            let ralph = try #require(TestLRS.ralph, "SIGNAAL_TEST_RALPH names the ralph program (scripts/lrs/ralph.sh sets it)")
            let server = try RalphServer(ralph: ralph, folder: work.appendingPathComponent("ralph"))
            defer { server.stop() }
            try await server.start()
            server.stop()

            var variables = TestLRS.variables(homePage: homePage, url: server.url)
            variables["SIGNAAL_LRS_USER"] = server.user
            variables["SIGNAAL_LRS_PASSWORD"] = server.password
            func run(_ words: [String], input: ProcessRunner.Input = .devNull) throws -> ProcessResult {
                try ProcessRunner.run(binary, words + ["--data", data("one"), "--lang", "en"], input: input, environment: variables, timeout: 60)
            }
            let answers = try passingAnswers("Bob Jansen")
            let trained = try run(["train", Self.module, "--learner", "Bob Jansen", "--organisation", organisation, "--plain"], input: .text(answers))
            #expect(trained.status == 0 && trained.stdout.contains("Passed"), "\(trained.transcript.suffix(400))")
            let waiting = try run(["lrs", "status"])
            #expect(!waiting.stdout.contains("Pending: 0") && waiting.stdout.contains("cannot reach"), "\(waiting.transcript)")

            try await server.start()
            #expect(try TestLRS.statements(verb: "passed", activity: Self.activity, homePage: homePage, server: server).isEmpty)
            let sync = try run(["lrs", "sync"])
            #expect(sync.status == 0 && sync.stdout.contains("Still pending: 0"), "\(sync.transcript)")
            #expect(try TestLRS.statements(verb: "completed", activity: Self.activity, homePage: homePage, server: server).count == 1)
            #expect(try TestLRS.statements(verb: "passed", activity: Self.activity, homePage: homePage, server: server).count == 1)
        }

        @Test("verify from a second, empty data folder finds the certificate in the LRS; org status --lrs counts the completion")
        func secondMachine() throws {
            defer { try? FileManager.default.removeItem(at: work) }
            let trained = try train("Anna de Vries", data: data("one"))
            #expect(trained.status == 0, "\(trained.transcript.suffix(400))")
            let certificate = try signaal(["certificate", "--learner", "Anna de Vries", "--module", Self.module,
                                           "--format", "txt", "--out", work.appendingPathComponent("c.txt").path], data: data("one"))
            #expect(certificate.status == 0, "\(certificate.transcript)")
            let text = try String(contentsOf: work.appendingPathComponent("c.txt"), encoding: .utf8)
            let code = try #require(certificate.stdout.split(separator: " ").map(String.init).first { $0.count == 10 && text.contains($0) })

            let elsewhere = try signaal(["verify", code], data: data("two"))
            #expect(elsewhere.status == 0, "\(elsewhere.transcript)")
            #expect(elsewhere.stdout.contains("is valid") && elsewhere.stdout.contains("Found in the organisation's learning record store"),
                    "\(elsewhere.transcript)")
            let withoutLRS = try signaal(["verify", code], data: data("two"), lrs: false)
            #expect(withoutLRS.status == 1 && withoutLRS.stdout.contains("not issued"), "\(withoutLRS.transcript)")

            let roster = work.appendingPathComponent("rooster.csv")
            try "Naam\nAnna de Vries\nBob Jansen\n".write(to: roster, atomically: true, encoding: .utf8)
            #expect(try signaal(["org", "create", organisation], data: data("two")).status == 0)
            let slug = try #require(try signaal(["org", "list"], data: data("two")).stdout.split(separator: " ").first.map(String.init))
            #expect(try signaal(["org", "import-roster", slug, roster.path], data: data("two")).status == 0)
            let local = try signaal(["org", "status", slug, "--format", "json"], data: data("two"))
            #expect(local.stdout.contains("\"completed\" : 0"), "\(local.transcript)")
            let counted = try signaal(["org", "status", slug, "--lrs", "--format", "json"], data: data("two"))
            #expect(counted.status == 0 && counted.stdout.contains("\"completed\" : 1"), "\(counted.transcript)")
        }
    }
}
