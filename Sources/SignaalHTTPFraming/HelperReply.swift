import Foundation

/// What `signaal-http` writes on its stdout, in the shape of the request: a
/// JSON line, then the body. Its exit status says which kind it is:
///
/// | exit | stdout |
/// | --- | --- |
/// | 0 | an answer: `{"status":200,"reason":"no error","bodyBytes":N}`, then N bytes |
/// | 1 | no answer: `{"problem":"unreachable" / "notHTTP" / "timedOut","detail":"…"}` |
/// | 2 | the request on stdin was not understood: `{"problem":"badRequest","detail":"…"}` |
///
/// Anything else (a crash, a missing library) leaves stdout empty or cut short.
public enum HelperReply: Equatable, Sendable {
    /// The server answered; any status, 200 or 500 alike.
    case answer(status: Int, reason: String, body: Data)
    /// There is no answer, and why.
    case failed(HelperProblem, detail: String)

    public var exitCode: Int32 {
        switch self {
        case .answer: return 0
        case .failed(.badRequest, _): return 2
        case .failed: return 1
        }
    }

    private struct Line: Codable {
        var status: Int?
        var reason: String?
        var bodyBytes: Int?
        var problem: HelperProblem?
        var detail: String?
    }

    public func encoded() -> Data {
        let line: Line
        var body = Data()
        switch self {
        case let .answer(status, reason, answerBody):
            line = Line(status: status, reason: reason, bodyBytes: answerBody.count)
            body = answerBody
        case let .failed(problem, detail):
            line = Line(problem: problem, detail: detail)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(line)) ?? Data("{}".utf8)
        data.append(0x0A)
        data.append(body)
        return data
    }

    /// The reply in `data` (the helper's whole stdout), or why it is not one.
    public static func decode(_ data: Data) -> Result<HelperReply, FramingProblem> {
        guard let (head, rest) = HelperFrame.split(data) else { return .failure(FramingProblem("no reply line")) }
        guard let line = try? JSONDecoder().decode(Line.self, from: head) else { return .failure(FramingProblem("the reply line is not the expected JSON")) }
        if let problem = line.problem { return .success(.failed(problem, detail: line.detail ?? "")) }
        guard let status = line.status, (100...999).contains(status) else { return .failure(FramingProblem("the reply has no HTTP status")) }
        guard (line.bodyBytes ?? 0) == rest.count else {
            return .failure(FramingProblem("the body has \(rest.count) bytes, the reply line said \(line.bodyBytes ?? 0)"))
        }
        return .success(.answer(status: status, reason: line.reason ?? "", body: Data(rest)))
    }
}

/// Why there is no answer.
public enum HelperProblem: String, Codable, Equatable, Sendable {
    /// The server could not be reached (name, connection, TLS, ...).
    case unreachable
    /// Something answered, but not over HTTP.
    case notHTTP
    /// No answer within the request's timeout.
    case timedOut
    /// The request on stdin was not understood.
    case badRequest
}
