/// Why the full-screen interface could not start or had to stop.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, cron).
    case notATerminal
    /// ncurses does not know or cannot drive this terminal type.
    case unusableTerminal(term: String?)
    /// Reading keys kept failing: the terminal went away.
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal:
            return "The full-screen interface needs a terminal on standard input and output. "
                + "Use --plain for the line-based mode."
        case .unusableTerminal(let term):
            guard let term, !term.isEmpty else {
                return "TERM is not set, so the terminal type is unknown. "
                    + "Set it (for example TERM=xterm-256color) or use --plain."
            }
            return "Cannot start the full-screen interface: the terminal type \"\(term)\" "
                + "is unknown or cannot position the cursor. "
                + "Set TERM to a known type (for example TERM=xterm-256color) or use --plain."
        case .inputClosed:
            return "Lost the terminal: reading a key failed repeatedly."
        }
    }
}
