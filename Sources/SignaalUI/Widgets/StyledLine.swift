import SignaalCore

/// A line of text made of runs with style roles, ready to put on the grid.
public struct StyledLine: Equatable, Sendable {
    public var runs: [(text: String, role: StyleRole)]

    public init(_ text: String = "", _ role: StyleRole = .normal) {
        runs = text.isEmpty ? [] : [(text, role)]
    }

    public init(runs: [(String, StyleRole)]) {
        self.runs = runs.map { (text: $0.0, role: $0.1) }
    }

    public static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.runs.map(\.text) == b.runs.map(\.text) && a.runs.map(\.role) == b.runs.map(\.role)
    }

    public mutating func append(_ text: String, _ role: StyleRole = .normal) {
        runs.append((text, role))
    }

    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Draws the line at (x, y), clipped to `width` cells.
    public func draw(into grid: inout Grid, x: Int, y: Int, width: Int) {
        var column = x
        for run in runs {
            let left = x + width - column
            guard left > 0 else { break }
            column += grid.put(run.text, x: column, y: y, role: run.role, limit: left)
        }
    }
}
