#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import SignaalUI

/// The ncurses attributes and colour pair for one style role.
struct TerminalAttributes: Equatable {
    var attributes: attr_t
    var pair: Int16
}

/// Style roles resolved to ncurses attributes once per session.
struct Palette {
    let usesColour: Bool
    private var table: [StyleRole: TerminalAttributes] = [:]

    /// Call after `newterm`. Uses colour when the terminal has at least 8
    /// colours and NO_COLOR is unset or empty (https://no-color.org).
    static func start() -> Palette {
        var pairs: ColourPairs?
        if wantsColour(), has_colors(), start_color() != ERR, shim_colors() >= 8 {
            let transparent = use_default_colors() != ERR
            pairs = ColourPairs(
                defaultForeground: transparent ? -1 : BasicColour.white.rawValue,
                defaultBackground: transparent ? -1 : BasicColour.black.rawValue,
                limit: Int(min(shim_color_pairs(), Int32(Int16.max)))
            )
        }
        let dimWorks = termattrs() & shim_a_dim() != 0
        var palette = Palette(usesColour: pairs != nil)
        for role in StyleRole.allCases {
            let look = RoleLooks.look(for: role, colour: pairs != nil)
            var attributes = shim_a_normal()
            if look.bold { attributes |= shim_a_bold() }
            if look.reverse { attributes |= shim_a_reverse() }
            if look.underline { attributes |= shim_a_underline() }
            if look.dim, dimWorks { attributes |= shim_a_dim() }
            let pair = pairs?.pair(foreground: look.foreground, background: look.background) ?? 0
            palette.table[role] = TerminalAttributes(attributes: attributes, pair: pair)
        }
        return palette
    }

    private init(usesColour: Bool) {
        self.usesColour = usesColour
    }

    func attributes(for role: StyleRole) -> TerminalAttributes {
        table[role] ?? TerminalAttributes(attributes: shim_a_normal(), pair: 0)
    }

    private static func wantsColour() -> Bool {
        guard let value = getenv("NO_COLOR") else { return true }
        return value.pointee == 0
    }
}

/// Colour pairs from ncurses' own table (`alloc_pair`, ncurses 6.1+), which
/// hands out each (foreground, background) once and finds it again. Pair 0
/// is the terminal's default and is never redefined. When the pairs run out
/// (`alloc_pair` would then reuse the oldest), a look keeps its attributes
/// and loses only its colour.
struct ColourPairs {
    /// What "default" means: -1 after `use_default_colors`, else white on black.
    let defaultForeground: Int16
    let defaultBackground: Int16
    /// COLOR_PAIRS: pairs 1 to limit - 1 can be allocated.
    let limit: Int
    private var allocated = 0

    init(defaultForeground: Int16, defaultBackground: Int16, limit: Int) {
        self.defaultForeground = defaultForeground
        self.defaultBackground = defaultBackground
        self.limit = limit
    }

    /// The pair number for these colours (nil meaning the default).
    mutating func pair(foreground: BasicColour?, background: BasicColour?) -> Int16 {
        let foreground = Int32(foreground?.rawValue ?? defaultForeground)
        let background = Int32(background?.rawValue ?? defaultBackground)
        if foreground == Int32(defaultForeground), background == Int32(defaultBackground) { return 0 }
        if find_pair(foreground, background) < 0 {
            guard allocated < limit - 1 else { return 0 }
            allocated += 1
        }
        let pair = alloc_pair(foreground, background)
        return pair > 0 && pair <= Int32(Int16.max) ? Int16(pair) : 0
    }
}
