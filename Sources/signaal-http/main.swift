// signaal-http: one HTTP request for signaal, read from stdin, answered on
// stdout (the framing and exit statuses are in SignaalHTTPFraming).
//
// It is the only program of Signaal that links FoundationNetworking, and so
// libcurl and its ~30 libraries (TLS, Kerberos, LDAP, ...): `signaal` starts
// it only to talk to a learning record store, and every other start of
// `signaal` stays free of them, as git keeps libcurl in git-remote-https.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SignaalHTTPFraming

let usage = """
    signaal-http: a helper of signaal, which starts it to reach a learning record store.
    It reads one request on stdin (a JSON line, then the body) and writes the
    answer on stdout; exit 0: an answer, 1: no answer, 2: a request it does not understand.

    """

/// Carries the reply out of URLSession's callback.
final class ReplyBox: @unchecked Sendable {
    var reply: HelperReply?
}

/// Sends the request with URLSession, waiting at most twice its timeout.
func perform(_ request: HelperRequest) -> HelperReply {
    guard let url = URL(string: request.url) else { return .failed(.badRequest, detail: "the URL cannot be read") }
    var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: request.timeout)
    urlRequest.httpMethod = request.method
    for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
    urlRequest.httpBody = request.body
    // Ephemeral: no cookies, cache or credentials kept on disk.
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = request.timeout
    configuration.timeoutIntervalForResource = request.timeout * 2
    let session = URLSession(configuration: configuration)
    defer { session.finishTasksAndInvalidate() }
    let box = ReplyBox()
    let done = DispatchSemaphore(value: 0)
    session.dataTask(with: urlRequest) { data, response, error in
        if let error {
            box.reply = .failed(.unreachable, detail: error.localizedDescription)
        } else if let http = response as? HTTPURLResponse {
            box.reply = .answer(status: http.statusCode, reason: HTTPURLResponse.localizedString(forStatusCode: http.statusCode), body: data ?? Data())
        } else {
            box.reply = .failed(.notHTTP, detail: "")
        }
        done.signal()
    }.resume()
    if done.wait(timeout: .now() + request.timeout * 2 + 1) == .timedOut {
        return .failed(.timedOut, detail: "")
    }
    return box.reply ?? .failed(.notHTTP, detail: "")
}

func run() -> Int32 {
    if CommandLine.arguments.count > 1 {
        FileHandle.standardError.write(Data(usage.utf8))
        return CommandLine.arguments[1] == "--help" ? 0 : 2
    }
    let reply: HelperReply
    switch HelperRequest.decode(FileHandle.standardInput.readDataToEndOfFile()) {
    case .failure(let problem):
        reply = .failed(.badRequest, detail: problem.description)
        FileHandle.standardError.write(Data("signaal-http: \(problem)\n".utf8))
    case .success(let request):
        reply = perform(request)
    }
    FileHandle.standardOutput.write(reply.encoded())
    return reply.exitCode
}

exit(run())
