import Foundation

/// A failure with a message meant for the person reading the test log.
struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The environment every process under test gets, and nothing else: no
/// LC_ALL or SIGNAAL_CONTENT from the developer's shell can change what the
/// app shows. Only the C, POSIX and C.UTF-8 locales exist on CI.
enum TestEnvironment {
    static let variables: [String: String] = {
        let inherited = ProcessInfo.processInfo.environment
        var variables = [
            "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            // A crash must end the process, not wait for a debugger prompt.
            "SWIFT_BACKTRACE": "interactive=no",
        ]
        // With SIGNAAL_BINARY, this lets the suite test an installed build
        // and its content; without it the binary finds the package's own.
        if let content = contentOverride { variables["SIGNAAL_CONTENT"] = content.path }
        return variables
    }()

    /// `SIGNAAL_CONTENT` from the test run's own environment, if set.
    static let contentOverride: URL? = {
        guard let path = ProcessInfo.processInfo.environment["SIGNAAL_CONTENT"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true)
    }()

    /// How long any wait may take before the test fails (seconds).
    static let timeout: Double = 10
}

/// A fresh directory per test. Short paths on purpose: a tmux socket path
/// must fit in `sun_path` (108 bytes).
enum TemporaryDirectory {
    static func make() throws -> URL {
        var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if base.isEmpty || base.utf8.count > 60 { base = "/tmp" }
        if !base.hasSuffix("/") { base += "/" }
        var template = Array((base + "signaal-e2e.XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let made else { throw E2EError("could not create a temporary directory in \(base)") }
        return URL(fileURLWithPath: made, isDirectory: true)
    }
}

/// Single-quotes a word for /bin/sh.
func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Polls `probe` every 50 ms until it returns a value or `timeout` passes.
/// This is the only way the tests wait: never a fixed sleep.
enum Poll {
    static let interval: Duration = .milliseconds(50)

    static func until<T>(timeout: Double = TestEnvironment.timeout, _ probe: () throws -> T?) async throws -> T? {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while true {
            if let value = try probe() { return value }
            if ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: interval)
        }
    }

    /// Waits for a file that another process writes completely and then
    /// closes; returns its contents once they end with a newline.
    static func file(_ url: URL, timeout: Double = TestEnvironment.timeout) async throws -> String {
        let text = try await until(timeout: timeout) { () -> String? in
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8), text.hasSuffix("\n") else { return nil }
            return text
        }
        guard let text else { throw E2EError("\(url.lastPathComponent) was not written within \(timeout) s (\(url.path))") }
        return text
    }
}
