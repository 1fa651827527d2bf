import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished process left behind.
struct ProcessResult {
    /// The exit status, or the signal number when `signalled`.
    let status: Int32
    let signalled: Bool
    let stdout: String
    let stderr: String

    /// Everything it printed, for failure messages.
    var transcript: String {
        "exit \(signalled ? "by signal " : "")\(status)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}

/// Runs a program with `posix_spawn`, pipes for stdout and stderr (drained
/// on their own threads, so a chatty program cannot fill a pipe and hang),
/// and a timeout after which it is killed.
///
/// Not `Foundation.Process`, for two reasons found the hard way with tmux:
/// on Linux it passes the calling Dispatch thread's signal mask to the child
/// (swift-corelibs-foundation#4772: SIGTERM, SIGCHLD, SIGWINCH blocked in
/// the tmux server and in the app it starts), and it learns of the child's
/// exit through a socket the child inherits, which the daemonised tmux
/// server keeps open, so `waitUntilExit` never returns (#4795). Here the
/// child gets an empty signal mask and default signal actions, and exit is
/// learned from `waitpid`.
enum ProcessRunner {
    enum Input {
        case devNull
        case text(String)
    }

    /// A write into a pipe whose reader has gone must fail, not kill the
    /// test runner. (Children get the default action back.)
    private static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    static func run(_ executable: URL, _ arguments: [String], input: Input = .devNull,
                    environment: [String: String] = TestEnvironment.variables,
                    timeout: Double = TestEnvironment.timeout) throws -> ProcessResult {
        _ = ignoreSIGPIPE
        let stdout = try PipePair(), stderr = try PipePair()
        let stdin: PipePair? = if case .text = input { try PipePair() } else { nil }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin {
            posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        // The child has its copies; ours must go, or the reads never end.
        close(stdout.write)
        close(stderr.write)
        if let stdin { close(stdin.read) }
        guard spawned == 0 else {
            close(stdout.read)
            close(stderr.read)
            if let stdin { close(stdin.write) }
            throw E2EError("could not start \(executable.path): \(String(cString: strerror(spawned)))")
        }

        let output = Drain(stdout.read), errors = Drain(stderr.read)
        if case .text(let text) = input, let stdin {
            // A short write is fine: the program may stop reading early.
            _ = Array(text.utf8).withUnsafeBytes { write(stdin.write, $0.baseAddress, $0.count) }
            close(stdin.write)
        }
        let exit = Exit(pid)
        var timedOut = false
        if exit.done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(pid, SIGKILL)
            exit.done.wait()
        }
        let result = ProcessResult(status: exit.code, signalled: exit.signalled,
                                   stdout: output.text(), stderr: errors.text())
        if timedOut {
            throw E2EError("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish within \(timeout) s\n\(result.transcript)")
        }
        return result
    }
}

/// A pipe whose ends are closed on exec (the child sees only its dup2s).
private struct PipePair {
    let read: Int32
    let write: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw E2EError("pipe failed: \(String(cString: strerror(errno)))") }
        // (pipe2 is not imported: it needs _GNU_SOURCE.)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        read = fds[0]
        write = fds[1]
    }
}

/// Reads one descriptor to its end on a dedicated thread, then closes it.
private final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ fd: Int32) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count > 0 { data.append(contentsOf: buffer[0..<count]); continue }
                if count < 0 && errno == EINTR { continue }
                break
            }
            close(fd)
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Waits for one child on a dedicated thread.
private final class Exit: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private(set) var code: Int32 = -1
    private(set) var signalled = false

    init(_ pid: pid_t) {
        Thread.detachNewThread { [self] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            // WIFEXITED / WTERMSIG are macros Swift does not import.
            let signal = status & 0x7f
            signalled = signal != 0
            code = signalled ? signal : (status >> 8) & 0xff
            done.signal()
        }
    }
}
