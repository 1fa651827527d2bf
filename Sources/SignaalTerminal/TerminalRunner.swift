import SignaalUI

/// Runs a `Program` full-screen on the real terminal through ncurses.
///
/// The loop is the Elm one: measure the screen, ask the program for a grid,
/// draw what changed, wait for one key, turn it into a `Message`, update.
/// Resize and Ctrl-C arrive as ordinary messages (`.resize`, `.interrupt`);
/// the program decides what they mean.
public enum TerminalRunner {
    /// Runs the program full-screen until it returns `.quit`, its other
    /// effects performed by `perform` and answered as messages; always restores
    /// the terminal (on return, on a thrown error, at exit and on the usual
    /// termination and crash signals).
    ///
    /// Throws `TerminalError` when standard input or output is not a
    /// terminal, when ncurses cannot use the terminal type, or when input
    /// is lost.
    public static func run<P: Program>(_ program: inout P, perform: (Effect) -> [Message] = { _ in [] }) throws {
        let session = try TerminalSession.open()
        defer { session.close() }

        var screen = ScreenWriter(palette: session.palette, glyphs: session.glyphs)
        let input = InputReader(acceptsNonASCII: session.isUTF8)

        // The program learns the real size before the first frame.
        program.process(.resize(TerminalSession.currentSize()), perform: perform)
        while true {
            screen.draw(program.view(size: TerminalSession.currentSize()))
            let message = try input.next(tick: program.tickInterval)
            if case .resize = message { screen.invalidate() }
            if program.process(message, perform: perform).contains(.quit) { return }
        }
    }
}
