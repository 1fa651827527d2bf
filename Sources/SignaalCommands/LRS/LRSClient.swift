import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SignaalCore

/// Talks xAPI 1.0.3 to a Learning Record Store over HTTP(S) with
/// Foundation's own URLSession: HTTP Basic authentication, the version
/// header, JSON, and a short timeout so a down LRS costs seconds at most.
/// Calls are synchronous; `BackgroundDelivery` keeps them off the learner's path.
struct LRSClient: StatementTransport {
    let settings: LRSSettings
    /// Seconds to wait for an answer.
    let timeout: TimeInterval

    struct Answer {
        let status: Int
        let body: Data
    }

    // MARK: Sending

    /// POSTs the batch. A 409 (some id already held, with some LRSs) falls
    /// back to one PUT per statement, where 204 and 409 both mean the LRS
    /// holds that id.
    func send(_ statements: [LRSOutbox.Pending]) -> (delivered: Set<String>, error: String?) {
        let body = Data(("[" + statements.map(\.json).joined(separator: ",") + "]").utf8)
        switch request("POST", statementsURL(), body: body) {
        case .failure(let message):
            return ([], message.message)
        case .success(let answer) where (200...299).contains(answer.status):
            return (Set(statements.map(\.id)), nil)
        case .success(let answer) where answer.status == 409:
            var delivered: Set<String> = []
            for statement in statements {
                switch request("PUT", statementsURL([URLQueryItem(name: "statementId", value: statement.id)]), body: Data(statement.json.utf8)) {
                case .success(let one) where (200...299).contains(one.status) || one.status == 409:
                    delivered.insert(statement.id)
                case .success(let one):
                    return (delivered, refusal(one))
                case .failure(let message):
                    return (delivered, message.message)
                }
            }
            return (delivered, nil)
        case .success(let answer):
            return ([], refusal(answer))
        }
    }

    // MARK: Asking

    /// The statements matching the query, following `more` up to `maxPages`.
    func statements(_ query: [URLQueryItem], maxPages: Int = 50) -> Result<[LRSStatementPage.Statement], LRSFailure> {
        var url = statementsURL(query + [URLQueryItem(name: "limit", value: "500")])
        var found: [LRSStatementPage.Statement] = []
        for _ in 0..<maxPages {
            let answer: Answer
            switch request("GET", url, body: nil) {
            case .failure(let failure): return .failure(failure)
            case .success(let got): answer = got
            }
            guard answer.status == 200 else { return .failure(LRSFailure(refusal(answer))) }
            guard let page = LRSStatementPage.parse(answer.body) else { return .failure(LRSFailure("the LRS sent an answer that is not an xAPI statement list")) }
            found += page.statements
            guard let more = page.more, let next = URL(string: more, relativeTo: settings.endpoint)?.absoluteURL else { return .success(found) }
            url = next
        }
        return .success(found)
    }

    // MARK: HTTP

    func statementsURL(_ query: [URLQueryItem] = []) -> URL {
        var parts = URLComponents(url: settings.endpoint.appendingPathComponent("statements"), resolvingAgainstBaseURL: false)!
        if !query.isEmpty {
            parts.queryItems = query
            // "+" is a space to many servers; an IRI never needs one.
            parts.percentEncodedQuery = parts.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        }
        return parts.url!
    }

    func request(_ method: String, _ url: URL, body: Data?) -> Result<Answer, LRSFailure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue(XAPIVocabulary.version, forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let user = settings.user {
            let credentials = Data("\(user):\(settings.password ?? "")".utf8).base64EncodedString()
            request.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let box = AnswerBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(LRSFailure("cannot reach the LRS at \(settings.shownEndpoint): \(error.localizedDescription)"))
            } else if let http = response as? HTTPURLResponse {
                box.result = .success(Answer(status: http.statusCode, body: data ?? Data()))
            } else {
                box.result = .failure(LRSFailure("the LRS at \(settings.shownEndpoint) did not answer over HTTP"))
            }
            done.signal()
        }.resume()
        if done.wait(timeout: .now() + timeout * 2 + 1) == .timedOut {
            return .failure(LRSFailure("the LRS at \(settings.shownEndpoint) did not answer within \(Int(timeout)) seconds"))
        }
        return box.result ?? .failure(LRSFailure("no answer from the LRS"))
    }

    /// "the LRS refused …: 401 …", with the start of its explanation.
    func refusal(_ answer: Answer) -> String {
        let detail = String(decoding: answer.body.prefix(200), as: UTF8.self)
            .unicodeScalars.filter { !SafeText.isUnsafe($0) }.map(String.init).joined()
        return "the LRS at \(settings.shownEndpoint) answered \(answer.status) \(HTTPURLResponse.localizedString(forStatusCode: answer.status))"
            + (detail.isEmpty ? "" : ": \(detail)")
    }
}

/// Carries the answer out of URLSession's callback.
private final class AnswerBox: @unchecked Sendable {
    var result: Result<LRSClient.Answer, LRSFailure>?
}

/// Why the LRS could not be used, in a sentence.
struct LRSFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
