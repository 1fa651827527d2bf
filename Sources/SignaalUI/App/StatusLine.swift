import Foundation
import SignaalCore

/// The status line under the body: the last message, or the screen's quiet note.
///
/// A message longer than the line wraps onto the empty row above it, and the
/// second row ends in "…" when even two rows are not enough: the user always
/// sees that something was left out. Files are named with their folder once,
/// then the file names (`SavedFiles`), so the two files of a case note or a
/// certificate fit in those two rows at 80x24. Two rows and no more: the body
/// keeps its height, so scrolling never depends on a message. Below 80x24 the
/// frame asks for a bigger window and the message waits until it fits.
enum StatusLine {
    static let maximumRows = 2

    /// `text` in at most `rows` lines of `width` cells (display width: wide
    /// characters take two, combining marks stay with their letter).
    static func lines(_ text: String, width: Int, rows: Int = maximumRows) -> [String] {
        guard width > 0, rows > 0 else { return [] }
        let wrapped = TextWrap.lines(text, width: width)
        guard wrapped.count > rows else { return wrapped }
        // The last row takes what is left, cut with "…".
        let rest = wrapped[(rows - 1)...].joined(separator: " ")
        var last = TextWrap.truncate(rest, width: width)
        if !last.hasSuffix("…") { last = TextWrap.truncate(last, width: width - 1) + "…" }
        return Array(wrapped.prefix(rows - 1)) + [last]
    }

    /// Draws `text` at the bottom of `area` (one row when it fits, up to `rows`).
    static func draw(_ text: String, role: StyleRole, rows: Int = maximumRows, in area: Rect, into grid: inout Grid) {
        let lines = lines(text, width: area.width, rows: min(rows, area.height))
        let top = area.bottom - lines.count
        // A screen may reach into the empty row (the learner's module list): the message covers it whole.
        grid.fill(x: area.x, y: top, width: area.width, height: lines.count)
        for (index, line) in lines.enumerated() {
            grid.put(line, x: area.x, y: top + index, role: role, limit: area.width)
        }
    }
}

/// Files the app wrote, named for a message: the folder once, then the file
/// names, their shared name once ("note-118 (.md, .pdf) in the folder
/// /home/…"); full paths when they are in different folders.
enum SavedFiles {
    static func text(_ paths: [String], _ state: AppState) -> String {
        let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent })
        guard folders.count == 1, let folder = folders.first, !folder.isEmpty else { return paths.joined(separator: ", ") }
        return state.t("files.inFolder", ["files": names(paths.map { ($0 as NSString).lastPathComponent }), "folder": folder])
    }

    /// "a.md, b.pdf", or "a (.md, .pdf)" when only the extensions differ.
    static func names(_ names: [String]) -> String {
        let extensions = names.map { ($0 as NSString).pathExtension }
        let stems = Set(names.map { ($0 as NSString).deletingPathExtension })
        guard names.count > 1, stems.count == 1, let stem = stems.first, !extensions.contains("") else {
            return names.joined(separator: ", ")
        }
        return stem + " (" + extensions.map { "." + $0 }.joined(separator: ", ") + ")"
    }
}
