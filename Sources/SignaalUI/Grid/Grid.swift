import SignaalCore

/// A terminal size in cells.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// One screen cell: a grapheme cluster and its style role.
/// A wide character fills its own cell and marks the next as a continuation
/// (`text == ""`), as ratatui's buffer does.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: StyleRole

    public static let blank = Cell(text: " ", role: .normal)
    public var isContinuation: Bool { text.isEmpty }

    public init(text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// An in-memory screen. Views draw into it; the terminal adaptor copies the
/// cells that changed to the real screen; tests read it as text.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * size.width + x]
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Writes `text` from (x, y), clipped at `limit` cells (default: the
    /// right edge). Returns the number of cells written. A wide character
    /// that would straddle the limit is replaced by a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let end = min(size.width, x + (limit ?? size.width))
        var column = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > end {
                if column < end, column >= 0 { set(column, y, Cell(text: " ", role: role)) }
                break
            }
            if column >= 0 {
                // Text from files and people: no control, format or direction
                // character reaches the terminal, even inside a cluster (SafeText).
                // (An unsafe first scalar has width 0 and was passed over above.)
                let printable = character.isNewline || character == "\t" ? " "
                    : character.unicodeScalars.count == 1 ? String(character)
                    : String(String.UnicodeScalarView(character.unicodeScalars.filter { !SafeText.isUnsafe($0) }))
                set(column, y, Cell(text: printable, role: role))
                if width == 2 { set(column + 1, y, Cell(text: "", role: role)) }
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Paints the role over a rectangle without changing the text.
    public mutating func paint(x: Int, y: Int, width: Int, height: Int = 1, role: StyleRole) {
        for (row, column) in positions(x: x, y: y, width: width, height: height) {
            cells[row * size.width + column].role = role
        }
    }

    /// Fills a rectangle with spaces of a role.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int = 1, role: StyleRole = .normal) {
        for (row, column) in positions(x: x, y: y, width: width, height: height) {
            cells[row * size.width + column] = Cell(text: " ", role: role)
        }
    }

    /// The cells of a rectangle that lie on the grid (none for a rectangle
    /// beside or below it, or of negative size).
    private func positions(x: Int, y: Int, width: Int, height: Int) -> [(row: Int, column: Int)] {
        let rows = max(0, y)..<max(max(0, y), min(size.height, y + height))
        let columns = max(0, x)..<max(max(0, x), min(size.width, x + width))
        return rows.flatMap { row in columns.map { (row, $0) } }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(text: " ", role: cells[index - 1].role)
        } else if x + 1 < size.width, cells[index + 1].isContinuation, DisplayWidth.of(cells[index].text) == 2 {
            cells[index + 1] = Cell(text: " ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The rows as plain text, trailing spaces kept so columns line up.
    public var lines: [String] {
        (0..<size.height).map { row in
            (0..<size.width).map { cells[row * size.width + $0].text }.joined()
        }
    }

    /// One legend line per row: a letter per cell naming its style role.
    public var legend: [String] {
        (0..<size.height).map { row in
            String((0..<size.width).map { cells[row * size.width + $0].role.legendCode })
        }
    }

    /// The whole screen as text, for snapshot tests.
    public var text: String { lines.joined(separator: "\n") }
}
