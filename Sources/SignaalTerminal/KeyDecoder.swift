import CNcursesw
import SignaalUI

/// What one `wget_wch` result means to the runner.
enum InputEvent: Equatable {
    case message(Message)
    /// KEY_RESIZE: the runner measures the new size and sends `.resize`.
    case resize
    /// Ctrl-Z (raw mode makes it a byte): the runner suspends the process.
    case suspend
    /// A key the app has no use for (mouse, Delete, stray control bytes).
    case ignore
    /// `wget_wch` returned ERR (a signal interrupted it, or input is gone).
    case failure
}

/// Turns `wget_wch` results into messages. Pure, so it is testable without
/// a terminal: pass the status and the code `wget_wch` produced.
enum KeyDecoder {
    /// - Parameters:
    ///   - status: `OK`, `KEY_CODE_YES` or `ERR`, as returned by `wget_wch`.
    ///   - code: the character (for `OK`) or the `KEY_*` code.
    ///   - acceptsNonASCII: false when the locale is not UTF-8, where bytes
    ///     above 127 are not characters we can trust.
    static func decode(status: Int32, code: UInt32, acceptsNonASCII: Bool = true) -> InputEvent {
        switch status {
        case KEY_CODE_YES: return functionKey(Int32(truncatingIfNeeded: code))
        case OK: return character(code, acceptsNonASCII: acceptsNonASCII)
        default: return .failure
        }
    }

    private static func character(_ code: UInt32, acceptsNonASCII: Bool) -> InputEvent {
        switch code {
        case 3: return .message(.interrupt)  // Ctrl-C: raw() makes it a byte, not SIGINT
        case 10, 13: return .message(.key(.enter))
        case 27: return .message(.key(.escape))
        case 8, 127: return .message(.key(.backspace))
        case 9: return .message(.key(.tab))
        case 26: return .suspend
        case 0..<32, 0x7F..<0xA0: return .ignore  // other control characters
        default:
            guard code < 0x80 || acceptsNonASCII, let scalar = Unicode.Scalar(code) else { return .ignore }
            return .message(.key(.character(Character(scalar))))
        }
    }

    private static func functionKey(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .message(.key(.up))
        case KEY_DOWN: return .message(.key(.down))
        case KEY_LEFT: return .message(.key(.left))
        case KEY_RIGHT: return .message(.key(.right))
        case KEY_PPAGE, KEY_A3: return .message(.key(.pageUp))
        case KEY_NPAGE, KEY_C3: return .message(.key(.pageDown))
        case KEY_HOME, KEY_A1, KEY_FIND: return .message(.key(.home))
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .message(.key(.end))
        case KEY_ENTER: return .message(.key(.enter))
        case KEY_BACKSPACE: return .message(.key(.backspace))
        case KEY_BTAB: return .message(.key(.backTab))
        case shim_key_f(1)...shim_key_f(12): return .message(.key(.function(Int(code - shim_key_f(0)))))
        default: return .ignore  // KEY_MOUSE, KEY_DC and everything else
        }
    }
}
