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
        var cache: ColourPairCache?
        if wantsColour(), has_colors(), start_color() != ERR, shim_colors() >= 8 {
            let transparent = use_default_colors() != ERR
            cache = ColourPairCache(
                defaultForeground: transparent ? -1 : BasicColour.white.rawValue,
                defaultBackground: transparent ? -1 : BasicColour.black.rawValue,
                pairLimit: shim_color_pairs()
            )
        }
        let dimWorks = termattrs() & shim_a_dim() != 0
        var palette = Palette(usesColour: cache != nil)
        for role in StyleRole.allCases {
            let look = RoleLooks.look(for: role, colour: cache != nil)
            var attributes = shim_a_normal()
            if look.bold { attributes |= shim_a_bold() }
            if look.reverse { attributes |= shim_a_reverse() }
            if look.underline { attributes |= shim_a_underline() }
            if look.dim, dimWorks { attributes |= shim_a_dim() }
            let pair = cache?.pair(foreground: look.foreground, background: look.background) ?? 0
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
