/// A rectangle of cells on the grid.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a grid of `size`.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var bottom: Int { y + height }
    public var right: Int { x + width }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// A smaller rectangle, `dx` cells in from the left and right, `dy` from the top and bottom.
    public func inset(_ dx: Int, _ dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// A smaller rectangle with its own margin on each side.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The first `rows` rows (at most all of them) and what is left below.
    public func cutTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken), Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The last `rows` rows (at most all of them) and what is left above.
    public func cutBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken), Rect(x: x, y: bottom - taken, width: width, height: taken))
    }

    /// A rectangle of at most `width` x `height`, centred in this one.
    public func centred(width: Int, height: Int) -> Rect {
        let w = min(max(0, width), self.width), h = min(max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// How much of one side a part of a split takes (ratatui's `Constraint`).
    public enum Share: Equatable, Sendable {
        /// Exactly this many cells, or what is left when there are fewer.
        case length(Int)
        /// This share (0–100) of the whole, rounded down.
        case percentage(Int)
        /// An equal part of what the other parts leave (with this weight).
        case fill(Int = 1)
    }

    /// The rectangle cut into rows from the top, `gap` empty rows between them.
    public func rows(_ shares: [Share], gap: Int = 0) -> [Rect] {
        Self.split(height, shares, gap: gap).map { Rect(x: x, y: y + $0.start, width: width, height: $0.size) }
    }

    /// The rectangle cut into columns from the left, `gap` empty columns between them.
    public func columns(_ shares: [Share], gap: Int = 0) -> [Rect] {
        Self.split(width, shares, gap: gap).map { Rect(x: x + $0.start, y: y, width: $0.size, height: height) }
    }

    /// Fixed and percentage parts first, in order, while room lasts; the
    /// fill parts share the rest by weight, the remainder going to the first.
    static func split(_ total: Int, _ shares: [Share], gap: Int) -> [(start: Int, size: Int)] {
        guard !shares.isEmpty else { return [] }
        let gaps = max(0, gap) * (shares.count - 1)
        var left = max(0, total - gaps)
        var sizes = Array(repeating: 0, count: shares.count)
        for (index, share) in shares.enumerated() {
            switch share {
            case .length(let n): sizes[index] = min(max(0, n), left)
            case .percentage(let p): sizes[index] = min(max(0, total) * min(max(0, p), 100) / 100, left)
            case .fill: continue
            }
            left -= sizes[index]
        }
        let weights = shares.map { if case .fill(let w) = $0 { max(0, w) } else { 0 } }
        let weight = weights.reduce(0, +)
        if weight > 0 {
            var remainder = left
            for index in shares.indices where weights[index] > 0 {
                sizes[index] = left * weights[index] / weight
                remainder -= sizes[index]
            }
            if let first = weights.firstIndex(where: { $0 > 0 }) { sizes[first] += remainder }
        }
        var start = 0
        return sizes.map { size in
            defer { start += size + max(0, gap) }
            return (min(start, max(0, total)), size)
        }
    }
}
