#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// What a signal handler may do to give the terminal back: `endwin` is not
/// async-signal-safe (it allocates and writes through stdio), `write` and
/// `tcsetattr` are. So the shell's tty modes and the escape sequences that
/// undo ours are captured beforehand, into memory allocated once, and a
/// handler only copies them out.
enum SignalSafeReset {
    private static let capacity = 256
    nonisolated(unsafe) private static let sequence: UnsafeMutablePointer<UInt8> = .allocate(capacity: capacity)
    nonisolated(unsafe) private static var sequenceLength = 0
    nonisolated(unsafe) private static let shellModes: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) private static var haveShellModes = false

    /// The terminal's modes as the shell left them. Call before `newterm`.
    static func captureShellModes() {
        haveShellModes = tcgetattr(STDOUT_FILENO, shellModes) == 0
    }

    /// The reset sequence for this terminal type (attributes off, cursor
    /// shown, keypad transmit off, normal screen), from terminfo with the
    /// usual ANSI sequence for a capability it lacks. Call after `newterm`.
    static func prepareSequence() {
        var bytes: [UInt8] = []
        for (name, fallback) in [("sgr0", "\u{1B}[0m"), ("cnorm", "\u{1B}[?25h"), ("rmkx", "\u{1B}[?1l\u{1B}>"), ("rmcup", "\u{1B}[?1049l")] {
            bytes += capability(name) ?? Array(fallback.utf8)
        }
        bytes += [0x0D, 0x0A]  // the shell's prompt starts on a line of its own
        let length = min(bytes.count, capacity)
        for index in 0..<length { sequence[index] = bytes[index] }
        sequenceLength = length
    }

    /// Async-signal-safe: writes the sequence and puts back the shell's modes.
    static func apply() {
        var written = 0
        while written < sequenceLength {
            let result = write(STDOUT_FILENO, sequence + written, sequenceLength - written)
            if result > 0 { written += result } else if result < 0 && errno == EINTR { continue } else { break }
        }
        if haveShellModes { _ = tcsetattr(STDOUT_FILENO, TCSADRAIN, shellModes) }
    }

    private static func capability(_ name: String) -> [UInt8]? {
        guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return nil }
        // Padding such as "$<2>" means nothing to a terminal emulator; ncurses strips it too.
        var bytes = Array(String(cString: pointer).utf8)
        while let start = bytes.firstIndex(of: UInt8(ascii: "$")), start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "<"),
              let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) {
            bytes.removeSubrange(start...end)
        }
        return bytes
    }
}
