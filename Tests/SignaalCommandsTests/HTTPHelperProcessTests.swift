import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore
import SignaalHTTPFraming
#if canImport(Glibc)
import Glibc
#endif

/// The real `signaal-http` (built next to the test runner), started by the
/// LRS client: against a one-shot local server, missing, and broken.
@Suite("HTTP helper process")
struct HTTPHelperProcessTests {
    /// The helper `swift build` put next to the test binary.
    static let built = HTTPHelper(candidates: HTTPHelper.candidates(environment: [:], executable: Bundle.main.executableURL),
                                  missingMessage: "not built")

    static func settings(_ url: String) throws -> LRSSettings {
        try #require(try LRSSettings.resolve(explicit: url, environment: ["SIGNAAL_LRS_USER": "signaal", "SIGNAAL_LRS_PASSWORD": "geheim"]).get())
    }

    @Test("a statement goes through the helper with its credentials and body; the answer comes back")
    func throughTheHelper() throws {
        try #require(Self.built.program != nil, "signaal-http is not built next to \(Bundle.main.executableURL?.path ?? "-")")
        let server = try OneAnswerServer(answer: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n[\"a\"]")
        let client = LRSClient(settings: try Self.settings("http://127.0.0.1:\(server.port)/xAPI/"), timeout: 5, helper: Self.built)
        let statement = LRSOutbox.Pending(id: "a", json: #"{"id":"a","verb":{"id":"http://adlnet.gov/expapi/verbs/passed"}}"#, queued: Date())
        let (delivered, error) = client.send([statement])
        #expect(error == nil && delivered == ["a"], "\(error ?? "")")
        let request = try #require(server.received())
        #expect(request.hasPrefix("POST /xAPI/statements HTTP/1.1\r\n"), "\(request)")
        let credentials = Data("signaal:geheim".utf8).base64EncodedString()
        // URLSession writes header names in its own case.
        #expect(request.contains("Authorization: Basic \(credentials)\r\n") && request.lowercased().contains("x-experience-api-version: 1.0.3\r\n"), "\(request)")
        #expect(request.hasSuffix("\r\n\r\n[" + statement.json + "]"), "\(request)")
    }

    @Test("an LRS that is not there: the same sentence as before, through the helper")
    func unreachable() throws {
        try #require(Self.built.program != nil)
        let client = LRSClient(settings: try Self.settings("http://127.0.0.1:9/xAPI/"), timeout: 3, helper: Self.built)
        guard case .failure(let failure) = client.request("GET", client.statementsURL(), body: nil) else {
            Issue.record("port 9 answered")
            return
        }
        #expect(failure.message.hasPrefix("cannot reach the LRS at http://127.0.0.1:9/xAPI/: "), "\(failure.message)")
    }

    @Test("a helper that dies without reading a large request, or says nothing: a reason, never a crash (no SIGPIPE)")
    func broken() throws {
        let body = Data(repeating: 0x41, count: 1 << 20)
        for program in ["/bin/true", "/bin/false"] {
            let helper = HTTPHelper(candidates: [URL(fileURLWithPath: program)], missingMessage: "-")
            let result = helper.exchange(HelperRequest(method: "POST", url: "http://127.0.0.1:9/", body: body, timeout: 1), within: 5)
            guard case .failure(.broken(let why)) = result else {
                Issue.record("\(program): \(result)")
                continue
            }
            #expect(why.contains(program) && why.contains("without a reply"), "\(why)")
        }
    }

    @Test("a helper that does not end is stopped after the wait")
    func stopped() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-http-hang-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: script) }
        try Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let helper = HTTPHelper(candidates: [script], missingMessage: "-")
        let result = helper.exchange(HelperRequest(method: "GET", url: "http://127.0.0.1:9/", timeout: 1), within: 1)
        #expect(result == .failure(.broken("\(script.path) was stopped after 1 seconds")))
    }

    @Test("without the helper, lrs sync says so in the user's language and the statements stay in the outbox")
    func missing() throws {
        let data = DataFolder()
        let environment = ["SIGNAAL_LRS_URL": "http://127.0.0.1:9/xAPI/", "SIGNAAL_HTTP_HELPER": "/nonexistent/signaal-http"]
        let train = Run.signaal(["train", "no-room-hotel", "--learner", "Anna", "--organisation", "Hotel X", "--plain", "--data", data.path, "--lang", "nl"],
                                input: PlainAnswers.passing("no-room-hotel", learner: "Anna"), environment: environment)
        #expect(train.code == .ok, "\(train.err)")
        let (before, _): (LRSOutbox, [StoreNotice]) = try LRSOutboxFile.store(in: URL(fileURLWithPath: data.path)).read()
        #expect(!before.pending.isEmpty)
        let sync = Run.signaal(["lrs", "sync", "--data", data.path, "--lang", "nl"], environment: environment)
        #expect(sync.code == .failure)
        #expect(sync.err.contains("het hulpprogramma signaal-http, dat de verbinding met het leerrecord (LRS) maakt, ontbreekt (gezocht: /nonexistent/signaal-http)"), "\(sync.err)")
        let english = Run.signaal(["lrs", "sync", "--data", data.path, "--lang", "en"], environment: environment)
        #expect(english.err.contains("the helper program signaal-http, which connects to the learning record store (LRS), is missing"), "\(english.err)")
        let (after, _): (LRSOutbox, [StoreNotice]) = try LRSOutboxFile.store(in: URL(fileURLWithPath: data.path)).read()
        #expect(after.pending == before.pending && after.lastError?.contains("signaal-http") == true)
    }
}

/// A server on 127.0.0.1 that takes one HTTP request and gives `answer`.
final class OneAnswerServer: @unchecked Sendable {
    let port: UInt16
    private var request = Data()
    private let done = DispatchSemaphore(value: 0)

    init(answer: String) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        try #require(listener >= 0 && bound, "cannot listen on 127.0.0.1")
        port = UInt16(bigEndian: address.sin_port)
        DispatchQueue.global().async { [self] in
            defer { close(listener); done.signal() }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            defer { close(connection) }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !complete() {
                let count = read(connection, &buffer, buffer.count)
                if count <= 0 { break }
                request.append(contentsOf: buffer[0..<count])
            }
            _ = answer.utf8CString.withUnsafeBufferPointer { write(connection, $0.baseAddress, $0.count - 1) }
        }
    }

    /// Headers read, and as many body bytes as they announce.
    private func complete() -> Bool {
        guard let end = request.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let headers = String(decoding: request[..<end.lowerBound], as: UTF8.self).lowercased()
        let announced = headers.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return request.count - end.upperBound >= announced
    }

    /// The request as text, once answered (nil after 10 seconds).
    func received() -> String? {
        done.wait(timeout: .now() + 10) == .success ? String(decoding: request, as: UTF8.self) : nil
    }
}
