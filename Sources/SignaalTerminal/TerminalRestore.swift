#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// The one idempotent way back to a normal terminal, and everything that
/// leads to it: normal return, `atexit`, termination signals and crashes.
///
/// Swift cannot catch a trap, so the crash signals matter too: a failed
/// force-unwrap anywhere in `update` or `view` must not leave the shell in
/// raw mode with no cursor.
enum TerminalRestore {
    /// 1 while ncurses owns the screen; set back to 0 exactly once.
    private static let active = Atomic<Int>(0)
    /// `atexit` is registered once per process.
    private static let exitHookRegistered = Atomic<Bool>(false)

    /// Termination signals: restore, then die of the signal with its default
    /// action so the exit status tells the truth (130, 143, ...).
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crash signals: restore, then hand over to whoever had them before
    /// (the Swift runtime's backtracer, or the default core dump).
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Installs the handlers and the exit hook. Call before `newterm`, so
    /// ncurses sees our SIGINT/SIGTERM handlers and does not install its own
    /// (which would exit with status 1 instead of dying of the signal).
    /// SIGWINCH and SIGTSTP are left to ncurses: it turns a resize into
    /// KEY_RESIZE, and suspends and resumes the screen on SIGTSTP.
    static func install() {
        SignalSafeReset.captureShellModes()
        if !exitHookRegistered.exchange(true, ordering: .sequentiallyConsistent) {
            atexit { TerminalRestore.restore() }
        }
        for signal in terminationSignals { SignalHandlers.install(signal, handler: onTerminationSignal) }
        for signal in crashSignals { SignalHandlers.install(signal, handler: onCrashSignal) }
    }

    /// Puts back the handlers the process had before `install()`.
    static func uninstall() {
        for signal in terminationSignals + crashSignals { SignalHandlers.uninstall(signal) }
    }

    /// Marks ncurses as owning the screen (after a successful `newterm`).
    static func activate() {
        SignalSafeReset.prepareSequence()
        active.store(1, ordering: .sequentiallyConsistent)
    }

    /// Shows the cursor and leaves curses mode (`endwin` resets attributes
    /// and colours and restores the saved tty modes). Safe to call any number
    /// of times, from anywhere; only the first call after `activate()` acts,
    /// and only it returns true.
    @discardableResult
    static func restore() -> Bool {
        guard active.compareExchange(expected: 1, desired: 0, ordering: .sequentiallyConsistent).exchanged
        else { return false }
        _ = curs_set(1)
        _ = endwin()
        return true
    }

    /// The same from a signal handler, with async-signal-safe calls only
    /// (`SignalSafeReset`): an atomic exchange, `write` and `tcsetattr`.
    static func restoreFromSignal() {
        guard active.compareExchange(expected: 1, desired: 0, ordering: .sequentiallyConsistent).exchanged else { return }
        SignalSafeReset.apply()
    }

    /// Ctrl-Z: raw mode delivers it as a key, so the signal the tty driver
    /// would have sent is raised here. ncurses' SIGTSTP handler leaves curses
    /// mode, stops the process and restores the screen on `fg`. Without job
    /// control (SIGTSTP ignored) nothing happens.
    static func suspend() {
        _ = raise(SIGTSTP)
    }
}

/// Restores, then re-raises with the default action. The signal is blocked
/// while its handler runs, so it is delivered (and kills) on return.
private func onTerminationSignal(_ signal: Int32) {
    TerminalRestore.restoreFromSignal()
    SignalHandlers.setDefault(signal)
    _ = raise(signal)
}

/// Restores, reinstalls the previous handler and re-raises: the pending
/// signal reaches that handler on return (the backtracer then reports the
/// original crash site). Should it return, a faulting instruction faults
/// again and `abort()` re-raises by itself.
private func onCrashSignal(_ signal: Int32) {
    TerminalRestore.restoreFromSignal()
    SignalHandlers.uninstall(signal)
    _ = raise(signal)
}
