import SignaalUI

/// A stretch of one row to write in one call: same role throughout.
struct DrawRun: Equatable {
    var x: Int
    var y: Int
    var role: StyleRole
    var text: String
}

/// Compares two grids of the same size and lists what must be written to
/// turn the first into the second, grouped into runs of one role.
///
/// A wide character and its continuation cell are one unit: when either
/// changed, the character is rewritten, and the continuation cell itself is
/// never written (the wide character already covers it). A continuation
/// cell with no wide character before it is drawn as a space.
enum GridDiff {
    /// - Parameters:
    ///   - old: what is on screen (a blank grid after a clear).
    ///   - new: what should be; must have the same size as `old`.
    ///   - clip: the screen's size; nothing outside it is written.
    ///   - glyph: the exact text for a cell's text and its width in columns.
    static func runs(
        from old: Grid, to new: Grid, clip: Size,
        glyph: (String, Int) -> String = { text, _ in text }
    ) -> [DrawRun] {
        guard old.size == new.size else { return [] }
        let width = min(new.size.width, clip.width)
        let height = min(new.size.height, clip.height)
        var runs: [DrawRun] = []
        for y in 0..<max(0, height) {
            var current: DrawRun?
            var x = 0
            while x < width {
                let cell = new[x, y]
                let wide = !cell.isContinuation && x + 1 < new.size.width && new[x + 1, y].isContinuation
                let columns = wide ? 2 : 1
                defer { x += columns }
                guard x + columns <= width else {
                    // A wide character cut by the screen edge: blank its one visible cell.
                    if old[x, y] != new[x, y] || old[x + 1, y] != new[x + 1, y] {
                        append(DrawRun(x: x, y: y, role: cell.role, text: " "), to: &current, runs: &runs)
                    }
                    continue
                }
                let changed = (x..<x + columns).contains { old[$0, y] != new[$0, y] }
                guard changed else {
                    if let run = current { runs.append(run) }
                    current = nil
                    continue
                }
                let text = cell.isContinuation ? " " : glyph(cell.text, columns)
                append(DrawRun(x: x, y: y, role: cell.role, text: text), to: &current, runs: &runs)
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    /// Extends the current run when the piece follows on with the same role.
    private static func append(_ piece: DrawRun, to current: inout DrawRun?, runs: inout [DrawRun]) {
        if var run = current, run.role == piece.role {
            run.text += piece.text
            current = run
        } else {
            if let run = current { runs.append(run) }
            current = piece
        }
    }
}
