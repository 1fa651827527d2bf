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

    /// Draws the line at (x, y), clipped to `width` cells (and the grid).
    /// Text the edge cuts off ends in "…", so a name or a step never loses
    /// its end without a sign; spaces at the end are not text.
    public func draw(into grid: inout Grid, x: Int, y: Int, width: Int) {
        let room = min(width, grid.size.width - x)
        let cut = room > 0 && contentWidth > room
        var column = x
        for run in runs {
            let left = x + room - column
            guard left > 0 else { break }
            let text = cut && DisplayWidth.of(run.text) >= left ? TextWrap.truncate(run.text + " ", width: left) : run.text
            column += grid.put(text, x: column, y: y, role: run.role, limit: left)
        }
    }

    /// The width without the spaces at the end.
    private var contentWidth: Int {
        var runs = runs.map(\.text)
        while let last = runs.last, last.allSatisfy({ $0 == " " }) { runs.removeLast() }
        guard let last = runs.popLast() else { return 0 }
        return runs.reduce(0) { $0 + DisplayWidth.of($1) } + DisplayWidth.of(String(last.reversed().drop { $0 == " " }.reversed()))
    }
}
