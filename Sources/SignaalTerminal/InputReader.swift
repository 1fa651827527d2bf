#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import SignaalUI

/// Reads one key at a time with `wget_wch` (blocking), so a character typed
/// as several UTF-8 bytes ("é") arrives as one `Character`.
///
/// In a locale that is not UTF-8 it reads bytes with `wgetch` instead:
/// there `wget_wch` gathers the bytes of a non-ASCII key into a multibyte
/// sequence that never completes and swallows the keys typed after it.
struct InputReader {
    /// False in a non-UTF-8 locale: then only ASCII characters are passed on.
    let acceptsNonASCII: Bool
    /// `wget_wch` fails once per interrupting signal; it fails at once and
    /// forever when input is at end of file. After this many failures in a
    /// row (not counting EINTR) the terminal is taken to be gone.
    private let failureLimit = 64

    init(acceptsNonASCII: Bool) {
        self.acceptsNonASCII = acceptsNonASCII
    }

    /// Blocks until a key or a resize that means something to the app, or
    /// until `tick` milliseconds pass without one (then `.tick`).
    func next(tick: Int? = nil) throws -> Message {
        var failures = 0
        wtimeout(shim_stdscr(), Int32(tick ?? -1))
        while true {
            errno = 0
            let (status, code) = read()
            if tick != nil, status == ERR, errno == 0 { return .tick }
            switch KeyDecoder.decode(status: status, code: code, acceptsNonASCII: acceptsNonASCII) {
            case .message(let message):
                return message
            case .resize:
                return .resize(TerminalSession.currentSize())
            case .suspend:
                // Back after `fg`: the window may have changed size meanwhile,
                // and a resize makes the runner draw every cell again.
                TerminalRestore.suspend()
                return .resize(TerminalSession.currentSize())
            case .ignore:
                failures = 0
            case .failure:
                if errno == EINTR { continue }
                failures += 1
                if failures >= failureLimit { throw TerminalError.inputClosed }
            }
        }
    }

    /// One `wget_wch`-style result: status (`OK`, `KEY_CODE_YES`, `ERR`) and code.
    private func read() -> (status: Int32, code: UInt32) {
        if acceptsNonASCII {
            var code: wint_t = 0
            let status = wget_wch(shim_stdscr(), &code)
            return (status, UInt32(code))
        }
        let code = wgetch(shim_stdscr())
        if code == ERR { return (ERR, 0) }
        return (code >= KEY_MIN ? KEY_CODE_YES : OK, UInt32(truncatingIfNeeded: code))
    }
}
