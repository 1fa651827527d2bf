#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// The C locale the wide-character functions depend on, set for the session
/// and put back afterwards.
struct LocaleSetup {
    /// The locale the process had before, to restore on close.
    private let previous: String?
    /// Whether the session's character set is UTF-8 (else glyphs fall back to ASCII).
    let isUTF8: Bool

    /// `setlocale(LC_CTYPE, "")`, before `newterm`: the character type is
    /// the one category ncurses' wide-character functions read. Setting only
    /// it loads one locale file instead of a dozen (a measurable part of the
    /// start) and leaves numbers, dates and messages in the C locale, so
    /// nothing parsing or formatting numbers while the screen is up (strtod,
    /// printf) starts writing decimal commas. When the user's locale is not
    /// UTF-8 and they chose none at all (LANG, LC_ALL and LC_CTYPE unset),
    /// tries C.UTF-8, the one UTF-8 locale every glibc has. A locale the user
    /// did choose is respected: the screen then falls back to ASCII.
    static func apply() -> LocaleSetup {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        _ = setlocale(LC_CTYPE, "")
        if shim_is_utf8_locale() == 0, !userChoseLocale() {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
        }
        return LocaleSetup(previous: previous, isUTF8: shim_is_utf8_locale() != 0)
    }

    func restore() {
        if let previous { _ = setlocale(LC_CTYPE, previous) }
    }

    private static func userChoseLocale() -> Bool {
        ["LC_ALL", "LC_CTYPE", "LANG"].contains { name in
            guard let value = getenv(name) else { return false }
            return value.pointee != 0
        }
    }
}
