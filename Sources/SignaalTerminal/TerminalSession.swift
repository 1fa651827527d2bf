#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import SignaalUI

/// One stretch of full-screen mode: locale, signal handlers, ncurses
/// screen and modes, set up in order and taken down in reverse.
struct TerminalSession {
    private let screen: OpaquePointer
    private let locale: LocaleSetup
    let palette: Palette
    let glyphs: GlyphTranslator

    var isUTF8: Bool { glyphs.utf8 }

    /// Enters full-screen mode, or throws with a plain explanation (and
    /// leaves the terminal and the process as they were).
    static func open() throws -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        let locale = LocaleSetup.apply()
        TerminalRestore.install()
        // newterm, not initscr: initscr prints and exits when the terminal
        // type is unknown; newterm returns NULL and lets us say why.
        guard let screen = newterm(nil, shim_stdout(), shim_stdin()) else {
            try abandon(screen: nil, locale: locale)
        }
        TerminalRestore.activate()
        // A terminal that cannot move the cursor (TERM=dumb, hard copy)
        // cannot show a full-screen interface either.
        guard let window = shim_stdscr(), canAddressCursor() else {
            try abandon(screen: screen, locale: locale)
        }

        _ = raw()              // Ctrl-C arrives as byte 3, Ctrl-Z and Ctrl-\ as keys
        _ = noecho()
        _ = nonl()             // Enter arrives as 13; ncurses may use CR/LF for motion
        _ = keypad(window, true)
        _ = meta(window, true) // eight-bit input, for UTF-8
        _ = leaveok(window, true)
        _ = curs_set(0)
        if getenv("ESCDELAY") == nil { _ = set_escdelay(25) }  // Esc without a one-second wait

        return TerminalSession(
            screen: screen,
            locale: locale,
            palette: Palette.start(),
            glyphs: GlyphTranslator(utf8: locale.isUTF8)
        )
    }

    /// Leaves full-screen mode and puts everything back. Idempotent.
    func close() {
        let wasActive = TerminalRestore.restore()
        if wasActive { delscreen(screen) }
        TerminalRestore.uninstall()
        locale.restore()
    }

    /// The size of the screen as ncurses sees it now.
    static func currentSize() -> Size {
        guard let window = shim_stdscr() else { return Size(width: 0, height: 0) }
        return Size(width: max(0, Int(getmaxx(window))), height: max(0, Int(getmaxy(window))))
    }

    private static func canAddressCursor() -> Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1  // -1: not a string capability
    }

    /// Undoes a start that got part of the way, then throws.
    private static func abandon(screen: OpaquePointer?, locale: LocaleSetup) throws -> Never {
        let term = getenv("TERM").map { String(cString: $0) }
        if TerminalRestore.restore(), let screen { delscreen(screen) }
        TerminalRestore.uninstall()
        locale.restore()
        throw TerminalError.unusableTerminal(term: term)
    }
}
