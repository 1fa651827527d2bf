import Foundation

/// Drives one program in a detached tmux session on a private server: keys
/// in, screen text out. Each instance owns a fresh temporary directory (the
/// socket, the config and any files the test wants) and kills its server
/// when it goes away.
final class Tmux {
    /// tmux on the PATH, if any.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isAvailable: Bool { executable != nil }

    /// The session's only pane.
    static let target = "e2e:0.0"

    let directory: URL
    let socket: URL
    private let tmux: URL
    private var closed = false

    /// What runs in the pane.
    enum Command {
        /// The binary with these arguments. A /bin/sh around it writes the
        /// exit status to a file: tmux 3.3 does not always reap a pane's
        /// child (its `pane_dead_status` can stay empty), a shell does.
        case app(URL, [String])
        /// A /bin/sh command line, as is.
        case shell(String)
    }

    /// Starts `command` in a `width` x `height` pane. The status line is
    /// off, so the pane is exactly that size, and a finished pane stays, so
    /// its last screen can still be read.
    init(width: Int, height: Int, command: Command) throws {
        guard let tmux = Self.executable else { throw E2EError("tmux is not installed") }
        self.tmux = tmux
        directory = try TemporaryDirectory.make()
        socket = directory.appendingPathComponent("tmux.sock")
        let config = directory.appendingPathComponent("tmux.conf")
        // default-terminal, not `-e TERM=...`: tmux sets TERM in the pane
        // from this option and would override the session environment.
        try """
            set -g status off
            set -g remain-on-exit on
            set -g default-terminal xterm-256color
            set -g default-shell /bin/sh
            set -g history-limit 200

            """.write(to: config, atomically: true, encoding: .utf8)
        var arguments = ["-f", config.path, "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)"]
        for (name, value) in TestEnvironment.variables.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        switch command {
        case .app(let binary, let words):
            let line = ([binary.path] + words).map(shellQuoted).joined(separator: " ")
            try run(arguments + ["\(line); echo \"$?\" > \(shellQuoted(exitStatusFile.path))"])
        case .shell(let line):
            try run(arguments + [line])
        }
    }

    /// Where `.app` writes the app's exit status (128 + n for signal n).
    var exitStatusFile: URL { directory.appendingPathComponent("exit-status") }

    deinit { close() }

    /// Kills the server and removes the directory. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? ProcessRunner.run(tmux, ["-S", socket.path, "kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - tmux commands

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(tmux, ["-S", socket.path] + arguments)
        guard result.status == 0, !result.signalled else {
            throw E2EError("tmux \(arguments.joined(separator: " ")) failed\n\(result.transcript)")
        }
        return result.stdout
    }

    /// Sends tmux key names (`Enter`, `Space`, `C-c`, `Down`, `NPage`, `j`).
    func send(_ keys: String...) throws { try send(keys) }

    func send(_ keys: [String]) throws {
        guard !keys.isEmpty else { return }
        try run(["send-keys", "-t", Self.target] + keys)
    }

    /// Types `text` literally (no key-name lookup).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", Self.target, "-l", text])
    }

    /// The pane as plain text, one line per row.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", Self.target])
    }

    /// A tmux format for the pane, such as `#{alternate_on}`.
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", Self.target, format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "e2e:0", "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - waiting

    /// Polls the screen until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(text: String, timeout: Double = TestEnvironment.timeout) async throws -> String {
        try await waitUntil("the screen shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds; returns that screen, or
    /// fails with the last screen seen. Fails at once when the program in
    /// the pane has ended and the screen is not what was expected.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = TestEnvironment.timeout,
                   _ condition: (String) -> Bool) async throws -> String {
        var last = ""
        var ended: String?
        let screen = try await Poll.until(timeout: timeout) { () -> String? in
            let dead = try format("#{pane_dead}") == "1"
            last = try capture()
            if condition(last) { return last }
            if dead { ended = exitStatus().map { "exit status \($0)" } ?? "exit status unknown"; return "" }
            return nil
        }
        if let ended {
            throw E2EError("the program in the pane ended (\(ended)) before \(what). Last screen:\n\(framed(last))")
        }
        guard let screen else {
            throw E2EError("timed out after \(timeout) s waiting until \(what). Last screen:\n\(framed(last))")
        }
        return screen
    }

    /// The app's exit status once `.app` has written it.
    func exitStatus() -> Int32? {
        guard let data = FileManager.default.contents(atPath: exitStatusFile.path),
              let text = String(data: data, encoding: .utf8), text.hasSuffix("\n") else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the app started with `.app` to end; returns its exit
    /// status (128 + n when signal n ended it).
    func waitForExit(timeout: Double = TestEnvironment.timeout) async throws -> Int32 {
        guard let status = try await Poll.until(timeout: timeout, { exitStatus() }) else {
            throw E2EError("the program did not exit within \(timeout) s. Last screen:\n\(framed((try? capture()) ?? ""))")
        }
        return status
    }

    /// The screen with a border, so trailing blanks are visible in a log.
    func framed(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 }.joined(separator: "\n")
    }
}
