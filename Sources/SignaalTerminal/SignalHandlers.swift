#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Installs and removes plain signal handlers with `sigaction`, keeping the
/// complete previous action (flags included: the Swift backtracer's handlers
/// use SA_SIGINFO) so it can be put back exactly.
///
/// The saved actions live in fixed, preallocated memory rather than in a
/// Swift collection: a signal handler reads them, and must neither allocate
/// nor trip Swift's exclusivity checks.
enum SignalHandlers {
    private static let capacity = 65
    nonisolated(unsafe) private static let saved: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: capacity)
        pointer.initialize(repeating: sigaction(), count: capacity)
        return pointer
    }()
    nonisolated(unsafe) private static let installed: UnsafeMutablePointer<Bool> = {
        let pointer = UnsafeMutablePointer<Bool>.allocate(capacity: capacity)
        pointer.initialize(repeating: false, count: capacity)
        return pointer
    }()

    /// Installs `handler` for `signal` unless the signal is ignored (as
    /// `nohup` arranges for SIGHUP): an ignored signal stays ignored.
    static func install(_ signal: Int32, handler: @convention(c) (Int32) -> Void) {
        guard signal > 0, Int(signal) < capacity, !installed[Int(signal)] else { return }
        var previous = sigaction()
        guard sigaction(signal, nil, &previous) == 0, !isIgnored(previous) else { return }
        var action = sigaction()
        setHandler(&action, handler)
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        guard sigaction(signal, &action, &previous) == 0 else { return }
        saved[Int(signal)] = previous
        installed[Int(signal)] = true
    }

    /// Puts back the action that was there before `install`.
    static func uninstall(_ signal: Int32) {
        guard signal > 0, Int(signal) < capacity, installed[Int(signal)] else { return }
        installed[Int(signal)] = false
        _ = sigaction(signal, &saved[Int(signal)], nil)
    }

    /// The default action, for re-raising a termination signal.
    static func setDefault(_ signal: Int32) {
        guard signal > 0, Int(signal) < capacity else { return }
        installed[Int(signal)] = false
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(signal, &action, nil)  // a zeroed handler is SIG_DFL
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if os(Linux)
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        #else
        guard let handler = action.__sigaction_u.__sa_handler else { return false }
        #endif
        return unsafeBitCast(handler, to: Int.self) == 1  // SIG_IGN
    }

    private static func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        #if os(Linux)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
    }
}
