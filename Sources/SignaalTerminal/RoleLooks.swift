import SignaalUI

/// The eight colours every colour terminal has (curses numbering).
enum BasicColour: Int16, Hashable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a style role looks, independent of ncurses.
struct Look: Equatable {
    var bold = false
    var reverse = false
    var underline = false
    var dim = false
    /// nil: the terminal's default.
    var foreground: BasicColour?
    var background: BasicColour?
}

/// Style roles to looks, in colour and in monochrome. Meaning never rests on
/// colour alone (the UI adds a word or a glyph), so monochrome only has to
/// keep the screen legible and the emphasis in the right places.
enum RoleLooks {
    static func look(for role: StyleRole, colour: Bool) -> Look {
        colour ? colourLook(role) : monoLook(role)
    }

    private static func monoLook(_ role: StyleRole) -> Look {
        switch role {
        case .normal, .border, .levelNone: return Look()
        case .title, .levelAcute: return Look(bold: true, reverse: true)
        case .heading, .key, .accent, .levelAttention, .error: return Look(bold: true)
        case .selected: return Look(reverse: true)
        case .dim: return Look(dim: true)
        case .levelSerious: return Look(bold: true, underline: true)
        case .bubbleThem: return Look()
        case .bubbleYou: return Look(bold: true)
        }
    }

    private static func colourLook(_ role: StyleRole) -> Look {
        switch role {
        case .normal: return Look()
        case .title: return Look(bold: true, foreground: .white, background: .blue)
        case .heading: return Look(bold: true)
        case .selected: return Look(reverse: true)
        case .dim: return Look(dim: true)
        case .key: return Look(bold: true, foreground: .cyan)
        case .accent: return Look(bold: true, foreground: .yellow)
        case .levelNone: return Look(foreground: .green)
        case .levelAttention: return Look(bold: true, foreground: .yellow)
        case .levelSerious: return Look(bold: true, foreground: .red)
        case .levelAcute: return Look(bold: true, foreground: .white, background: .red)
        case .border: return Look(foreground: .blue)
        case .error: return Look(bold: true, foreground: .red)
        case .bubbleThem: return Look(foreground: .black, background: .white)
        case .bubbleYou: return Look(foreground: .white, background: .blue)
        }
    }
}
