/// One thing wrong with the content, located as precisely as we can.
public struct ContentProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file, as shown to the user (a path under the content folder).
    public let file: String
    public let line: Int?
    /// Where in the JSON, as `$.signals[3].text`, when no line is known.
    public let jsonPath: String?
    public let message: String

    public init(file: String, line: Int?, jsonPath: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.jsonPath = jsonPath
        self.message = message
    }

    /// `path:line: message`, or `path: $.json.path: message` without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        if let jsonPath { return "\(file): \(jsonPath): \(message)" }
        return "\(file): \(message)"
    }
}

/// Collects problems while a content file is read, so the validator can
/// report all of them at once instead of stopping at the first.
public final class ProblemLog {
    public private(set) var problems: [ContentProblem] = []
    public init() {}

    public func report(_ file: String, line: Int?, path: String? = nil, _ message: String) {
        problems.append(ContentProblem(file: file, line: line, jsonPath: path, message: Self.escapingControls(message)))
    }

    /// Messages quote ids and keys from the content, where a JSON escape can
    /// put a line break or a terminal escape sequence. Shown as `\n` or
    /// `\u001B` (see `SafeText`), a problem stays on its one line and cannot
    /// repaint the screen.
    static func escapingControls(_ message: String) -> String { SafeText.escaped(message) }

    /// Problems another log found (a file read on another thread).
    func append(_ more: [ContentProblem]) { problems += more }

    public var isEmpty: Bool { problems.isEmpty }
}
