import Foundation

/// ASCII stand-ins for the glyphs the UI draws, for terminals whose locale
/// is not UTF-8. Each stand-in takes exactly as many columns as the
/// original, so the layout does not move.
enum AsciiFallback {
    /// One-column replacements for box drawing, blocks, arrows and marks.
    static let table: [Character: Character] = [
        // box drawing, light, heavy, double and rounded
        "─": "-", "━": "-", "═": "=", "│": "|", "┃": "|", "║": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "┬": "+", "┴": "+", "┼": "+", "╭": "+", "╮": "+", "╯": "+", "╰": "+",
        "╔": "+", "╗": "+", "╚": "+", "╝": "+", "╠": "+", "╣": "+",
        "╦": "+", "╩": "+", "╬": "+",
        // blocks and shades (bars and charts)
        "█": "#", "▓": "#", "▒": ":", "░": ".", "■": "#", "□": ".",
        "▌": "#", "▐": "#", "▄": "_", "▀": "^",
        // pointers, bullets and marks
        "▶": ">", "▸": ">", "►": ">", "◀": "<", "◂": "<", "▲": "^", "▼": "v",
        "●": "*", "○": "o", "•": "*", "◆": "*", "◇": "o", "·": ".", "…": ".",
        "✓": "v", "✔": "v", "✗": "x", "✘": "x", "×": "x",
        "←": "<", "→": ">", "↑": "^", "↓": "v",
        // punctuation that often arrives from text content
        "–": "-", "—": "-", "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"",
        "«": "<", "»": ">", "‹": "<", "›": ">", "\u{00A0}": " ", "€": "E",
    ]

    /// An ASCII text exactly `columns` wide for one grid cell's text.
    static func text(for text: String, columns: Int) -> String {
        if text.utf8.count == 1, let byte = text.utf8.first, byte >= 0x20, byte < 0x7F, columns == 1 {
            return text
        }
        if columns == 1, let character = text.first {
            if let replacement = table[character] { return String(replacement) }
            // "é" -> "e": keep the ASCII base letter of a decomposed character.
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
            if let base, base.isASCII, base.value >= 0x20, base.value < 0x7F { return String(Character(base)) }
        }
        return String(repeating: "?", count: max(0, columns))
    }
}
