import Foundation
import SignaalCore
import SignaalHTTPFraming

/// Talks xAPI 1.0.3 to a Learning Record Store over HTTP(S): HTTP Basic
/// authentication, the version header, JSON, and a short timeout so a down
/// LRS costs seconds at most. Each request is one run of the `signaal-http`
/// helper (Foundation's URLSession, in a process of its own: `HTTPHelper`).
/// Calls are synchronous; `BackgroundDelivery` keeps them off the learner's path.
struct LRSClient: StatementTransport {
    let settings: LRSSettings
    /// Seconds to wait for an answer.
    let timeout: TimeInterval
    let helper: HTTPHelper

    struct Answer {
        let status: Int
        /// The status in words ("unauthorized"), as the helper's URLSession says it.
        let reason: String
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
        var headers = ["X-Experience-API-Version": XAPIVocabulary.version, "Accept": "application/json"]
        if body != nil { headers["Content-Type"] = "application/json" }
        if let user = settings.user {
            let credentials = Data("\(user):\(settings.password ?? "")".utf8).base64EncodedString()
            headers["Authorization"] = "Basic \(credentials)"
        }
        let asked = HelperRequest(method: method, url: url.absoluteString, headers: headers, body: body, timeout: timeout)
        // The helper gives up after twice the timeout and a second; a little more for its own start.
        switch helper.exchange(asked, within: timeout * 2 + 3) {
        case .failure(.missing):
            return .failure(LRSFailure(helper.missingMessage))
        case .failure(.broken(let why)):
            return .failure(LRSFailure("cannot reach the LRS at \(settings.shownEndpoint): \(why)"))
        case .success(let reply):
            return Self.result(reply, endpoint: settings.shownEndpoint, timeout: timeout)
        }
    }

    /// The helper's reply as an answer, or the sentence the client has always given for no answer.
    static func result(_ reply: HelperReply, endpoint: String, timeout: TimeInterval) -> Result<Answer, LRSFailure> {
        switch reply {
        case let .answer(status, reason, body):
            return .success(Answer(status: status, reason: reason, body: body))
        case .failed(.unreachable, let detail):
            return .failure(LRSFailure("cannot reach the LRS at \(endpoint): \(detail)"))
        case .failed(.notHTTP, _):
            return .failure(LRSFailure("the LRS at \(endpoint) did not answer over HTTP"))
        case .failed(.timedOut, _):
            return .failure(LRSFailure("the LRS at \(endpoint) did not answer within \(Int(timeout)) seconds"))
        case .failed(.badRequest, let detail):
            return .failure(LRSFailure("cannot ask the LRS at \(endpoint): \(detail)"))
        }
    }

    /// "the LRS refused …: 401 …", with the start of its explanation.
    func refusal(_ answer: Answer) -> String {
        let detail = String(decoding: answer.body.prefix(200), as: UTF8.self)
            .unicodeScalars.filter { !SafeText.isUnsafe($0) }.map(String.init).joined()
        return "the LRS at \(settings.shownEndpoint) answered \(answer.status) \(answer.reason)"
            + (detail.isEmpty ? "" : ": \(detail)")
    }
}

/// Why the LRS could not be used, in a sentence.
struct LRSFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
