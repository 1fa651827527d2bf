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

    /// `setlocale(LC_ALL, "")` as ncurses wants, before `newterm`. When that
    /// is not UTF-8 and the user chose no locale at all (LANG, LC_ALL and
    /// LC_CTYPE unset), tries C.UTF-8, the one UTF-8 locale every glibc has.
    /// A locale the user did choose is respected: the screen then falls
    /// back to ASCII.
    static func apply() -> LocaleSetup {
        let previous = setlocale(LC_ALL, nil).map { String(cString: $0) }
        _ = setlocale(LC_ALL, "")
        if shim_is_utf8_locale() == 0, !userChoseLocale() {
            if setlocale(LC_ALL, "C.UTF-8") == nil { _ = setlocale(LC_ALL, "C.utf8") }
        }
        // Only the character type matters to ncurses; keep numbers in the
        // C format so nothing formatting or parsing numbers while the screen
        // is up (strtod, printf) starts writing decimal commas.
        _ = setlocale(LC_NUMERIC, "C")
        return LocaleSetup(previous: previous, isUTF8: shim_is_utf8_locale() != 0)
    }

    func restore() {
        if let previous { _ = setlocale(LC_ALL, previous) }
    }

    private static func userChoseLocale() -> Bool {
        ["LC_ALL", "LC_CTYPE", "LANG"].contains { name in
            guard let value = getenv(name) else { return false }
            return value.pointee != 0
        }
    }
}
