#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Decides the exact text written for one grid cell, so that what ncurses
/// (and the terminal) think a character's width is matches the grid's
/// layout. That keeps every following column in place even for characters
/// the grid and the C library measure differently.
struct GlyphTranslator {
    /// UTF-8 locale: write the grid's text; otherwise ASCII stand-ins.
    let utf8: Bool

    /// Text `columns` wide (1, or 2 for a wide character) for a cell.
    func text(for cellText: String, columns: Int) -> String {
        // The common case first: printable ASCII is one column everywhere.
        if columns == 1, cellText.utf8.count == 1, let byte = cellText.utf8.first, byte >= 0x20, byte < 0x7F {
            return cellText
        }
        guard utf8 else { return AsciiFallback.text(for: cellText, columns: columns) }
        let measured = Self.terminalWidth(of: cellText)
        if measured == columns { return cellText }
        // Narrower than the grid thinks (say an emoji with a variation
        // selector): pad, so the next cell stays where the grid put it.
        if measured > 0, measured < columns {
            return cellText + String(repeating: " ", count: columns - measured)
        }
        // Unprintable here, zero-width on its own, or wider than its cells.
        return String(repeating: "?", count: max(0, columns))
    }

    /// Columns the C library gives the text in the current locale (-1 when
    /// something in it is not printable).
    static func terminalWidth(of text: String) -> Int {
        let wide = text.unicodeScalars.map { wchar_t(truncatingIfNeeded: $0.value) }
        return Int(shim_wcswidth(wide, wide.count))
    }
}
