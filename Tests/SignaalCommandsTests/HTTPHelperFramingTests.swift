import Foundation
import Testing
@testable import SignaalCommands
import SignaalCore
import SignaalHTTPFraming

/// The request and reply `signaal` and `signaal-http` exchange, and the
/// sentences the LRS client makes of a reply.
@Suite("HTTP helper framing")
struct HTTPHelperFramingTests {
    static let post = HelperRequest(method: "POST", url: "https://lrs.example/xAPI/statements?statementId=a%2Bb",
                                    headers: ["Authorization": "Basic dTpw", "X-Note": "two\nlines"],
                                    body: Data("[{\"id\":\"a\"}]\n\u{0}tail".utf8), timeout: 3)

    @Test("a request comes back as it went, body bytes and all; a GET carries no body")
    func requestRoundTrip() throws {
        let data = Self.post.encoded()
        // One line of JSON first: a newline in a header is escaped inside it.
        let head = try #require(data.firstIndex(of: 0x0A))
        #expect(String(decoding: data[..<head], as: UTF8.self).contains(#""bodyBytes":18"#))
        #expect(try HelperRequest.decode(data).get() == Self.post)
        let get = HelperRequest(method: "GET", url: "http://127.0.0.1:8100/xAPI/statements", timeout: 10)
        let decoded = try HelperRequest.decode(get.encoded()).get()
        #expect(decoded == get && decoded.body == nil)
    }

    @Test("a request cut short, a body too long, no request line, a method or URL it must not use: refused with the reason")
    func requestRefused() {
        let data = Self.post.encoded()
        let problems = [
            (data.dropLast(3), "the body has 15 bytes, the request line said 18"),
            (data + Data("x".utf8), "the body has 19 bytes, the request line said 18"),
            (Data("{\"method\":\"GET\"}".utf8), "no request line"),
            (Data("not json\n".utf8), "the request line is not the expected JSON"),
            (Data(#"{"method":"GET\r\nX","url":"http://h/","headers":{},"timeout":3}"#.utf8 + [0x0A]), "is not an HTTP method"),
            (Data(#"{"method":"GET","url":"file:///etc/passwd","headers":{},"timeout":3}"#.utf8 + [0x0A]), "not an http(s) URL"),
            (Data(#"{"method":"GET","url":"http://h/","headers":{},"timeout":0}"#.utf8 + [0x0A]), "between 0 and 600"),
        ]
        for (bytes, reason) in problems {
            switch HelperRequest.decode(Data(bytes)) {
            case .success(let request): Issue.record("accepted \(request), expected: \(reason)")
            case .failure(let problem): #expect(problem.description.contains(reason), "\(problem)")
            }
        }
    }

    @Test("replies come back as they went, each with its exit status; a reply cut short is no reply")
    func replies() throws {
        let answer = HelperReply.answer(status: 409, reason: "conflict", body: Data("[\"a\"]".utf8))
        let replies: [(HelperReply, Int32)] = [
            (answer, 0),
            (.answer(status: 204, reason: "no content", body: Data()), 0),
            (.failed(.unreachable, detail: "Couldn't connect to server"), 1),
            (.failed(.timedOut, detail: ""), 1),
            (.failed(.notHTTP, detail: ""), 1),
            (.failed(.badRequest, detail: "no request line"), 2),
        ]
        for (reply, exit) in replies {
            #expect(try HelperReply.decode(reply.encoded()).get() == reply)
            #expect(reply.exitCode == exit)
        }
        #expect(throws: FramingProblem.self) { try HelperReply.decode(answer.encoded().dropLast()).get() }
        #expect(throws: FramingProblem.self) { try HelperReply.decode(Data()).get() }
        #expect(throws: FramingProblem.self) { try HelperReply.decode(Data("{\"reason\":\"ok\"}\n".utf8)).get() }
    }

    @Test("no answer from the helper becomes the sentence the client gave when it did HTTP itself")
    func sentences() throws {
        let endpoint = "http://127.0.0.1:9/xAPI/"
        func message(_ reply: HelperReply) -> String? {
            if case .failure(let failure) = LRSClient.result(reply, endpoint: endpoint, timeout: 3) { return failure.message }
            return nil
        }
        #expect(message(.failed(.unreachable, detail: "Could not connect to the server.")) == "cannot reach the LRS at \(endpoint): Could not connect to the server.")
        #expect(message(.failed(.notHTTP, detail: "")) == "the LRS at \(endpoint) did not answer over HTTP")
        #expect(message(.failed(.timedOut, detail: "")) == "the LRS at \(endpoint) did not answer within 3 seconds")
        let answer = try LRSClient.result(.answer(status: 401, reason: "unauthorized", body: Data("no".utf8)), endpoint: endpoint, timeout: 3).get()
        #expect(answer.status == 401 && answer.reason == "unauthorized" && answer.body == Data("no".utf8))
        let settings = try #require(try LRSSettings.resolve(explicit: endpoint, environment: [:]).get())
        let client = LRSClient(settings: settings, timeout: 3, helper: HTTPHelper(candidates: [], missingMessage: "-"))
        #expect(client.refusal(answer) == "the LRS at \(endpoint) answered 401 unauthorized: no")
    }
}
