import Foundation

/// One HTTP request as `signaal` hands it to `signaal-http` on its stdin:
/// a JSON line, then exactly `bodyBytes` bytes of body (none without it).
///
///     {"method":"POST","url":"https://lrs.example/xAPI/statements","timeout":3,
///      "headers":{"Authorization":"Basic …","Content-Type":"application/json"},"bodyBytes":42}
///     [42 bytes]
///
/// Credentials go in `headers`, through the pipe only: never in the
/// arguments, which every user of the machine can read in `ps`.
public struct HelperRequest: Equatable, Sendable {
    public var method: String
    public var url: String
    public var headers: [String: String]
    public var body: Data?
    /// Seconds for the server to answer.
    public var timeout: Double

    public init(method: String, url: String, headers: [String: String] = [:], body: Data? = nil, timeout: Double) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The JSON line; the body's length is in it, so a request cut short is noticed.
    private struct Line: Codable {
        var method: String
        var url: String
        var headers: [String: String]
        var timeout: Double
        var bodyBytes: Int?
    }

    public func encoded() -> Data {
        let line = Line(method: method, url: url, headers: headers, timeout: timeout, bodyBytes: body?.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and numbers cannot fail; JSON escapes every newline inside them.
        var data = (try? encoder.encode(line)) ?? Data("{}".utf8)
        data.append(0x0A)
        if let body { data.append(body) }
        return data
    }

    /// The request in `data`, or why it is not one.
    public static func decode(_ data: Data) -> Result<HelperRequest, FramingProblem> {
        guard let (head, rest) = HelperFrame.split(data) else { return .failure(FramingProblem("no request line")) }
        guard let line = try? JSONDecoder().decode(Line.self, from: head) else { return .failure(FramingProblem("the request line is not the expected JSON")) }
        guard !line.method.isEmpty, line.method.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            return .failure(FramingProblem("\"\(line.method)\" is not an HTTP method"))
        }
        guard let url = URLComponents(string: line.url), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else {
            return .failure(FramingProblem("the URL is not an http(s) URL"))
        }
        guard line.timeout > 0, line.timeout <= 600 else { return .failure(FramingProblem("the timeout must be between 0 and 600 seconds")) }
        let body = rest.isEmpty && line.bodyBytes == nil ? nil : Data(rest)
        guard (line.bodyBytes ?? 0) == rest.count else {
            return .failure(FramingProblem("the body has \(rest.count) bytes, the request line said \(line.bodyBytes ?? 0)"))
        }
        return .success(HelperRequest(method: line.method, url: line.url, headers: line.headers, body: body, timeout: line.timeout))
    }
}

/// Why bytes are not a request or a reply, in a sentence.
public struct FramingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The shape both directions share: a JSON line, a newline, the body.
enum HelperFrame {
    static func split(_ data: Data) -> (head: Data, rest: Data)? {
        guard let newline = data.firstIndex(of: 0x0A) else { return nil }
        return (data[data.startIndex..<newline], data[(newline + 1)...])
    }
}
