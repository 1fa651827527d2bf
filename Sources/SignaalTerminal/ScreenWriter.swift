#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import SignaalUI

/// Draws grids on stdscr, sending only the cells that changed since the
/// previous frame, and one `doupdate` per frame.
struct ScreenWriter {
    private let palette: Palette
    private let glyphs: GlyphTranslator
    /// What is on the screen now; nil forces a clear and a full redraw.
    private var previous: Grid?
    /// Set by a resize: ncurses' idea of the screen may be stale, so the
    /// next frame also repaints the physical screen from scratch.
    private var repaintPhysical = false

    init(palette: Palette, glyphs: GlyphTranslator) {
        self.palette = palette
        self.glyphs = glyphs
    }

    /// Forget the screen: the next `draw` clears and redraws everything.
    mutating func invalidate() {
        previous = nil
        repaintPhysical = true
    }

    mutating func draw(_ grid: Grid) {
        guard let window = shim_stdscr() else { return }
        let clip = TerminalSession.currentSize()
        let base: Grid
        if let previous, previous.size == grid.size {
            base = previous
        } else {
            // First frame, resize, or a grid of another size: start blank.
            if repaintPhysical { _ = wclear(window) } else { _ = werase(window) }
            base = Grid(size: grid.size)
        }
        repaintPhysical = false

        let runs = GridDiff.runs(from: base, to: grid, clip: clip) { text, columns in
            glyphs.text(for: text, columns: columns)
        }
        for run in runs {
            let look = palette.attributes(for: run.role)
            _ = wattr_set(window, look.attributes, look.pair, nil)
            let wide = run.text.unicodeScalars.map { wchar_t(truncatingIfNeeded: $0.value) }
            // Writing the bottom-right cell returns ERR (the cursor cannot
            // move past it) but the cell is drawn: the result is not useful.
            _ = mvwaddnwstr(window, Int32(run.y), Int32(run.x), wide, Int32(wide.count))
        }
        _ = wattr_set(window, shim_a_normal(), 0, nil)
        _ = wnoutrefresh(window)
        _ = doupdate()
        previous = grid
    }
}
