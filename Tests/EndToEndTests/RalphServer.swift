import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A Ralph LRS of one test's own (the program named by `SIGNAAL_TEST_RALPH`,
/// which `.ci/run` sets), so the test can stop it and start it again
/// without touching the LRS other tests use. It runs in its own process
/// group, which `stop` ends, and keeps its statements in `folder`.
final class RalphServer {
    let ralph: URL
    let folder: URL
    let port: Int
    let user = "e2e"
    let password = UUID().uuidString
    private var pid: pid_t = 0

    var url: String { "http://127.0.0.1:\(port)/xAPI/" }

    init(ralph: URL, folder: URL) throws {
        self.ralph = ralph
        self.folder = folder
        port = try Self.freePort()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let auth = try ProcessRunner.run(ralph, ["auth", "-u", user, "-p", password, "-s", "all", "-A", user, "http://127.0.0.1:\(port)", "-w"],
                                         environment: environment, timeout: 120)
        guard auth.status == 0 else { throw E2EError("ralph auth failed\n\(auth.transcript)") }
    }

    var environment: [String: String] {
        var variables = TestEnvironment.variables
        variables["RALPH_APP_DIR"] = folder.path
        variables["RALPH_RUNSERVER_BACKEND"] = "fs"
        return variables
    }

    /// Starts the server and waits until it answers.
    func start() async throws {
        let line = "cd \(shellQuoted(folder.path)) && exec \(shellQuoted(ralph.path)) runserver -b fs --host 127.0.0.1 --port \(port) >>server.log 2>&1"
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let words: [String] = ["/bin/sh", "-c", line]
        let argv = words.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("could not start Ralph: \(String(cString: strerror(spawned)))") }
        let answered = try await Poll.until(timeout: 90) { () -> Bool? in
            (try? TestLRS.get(url: url + "statements?limit=1", user: user, password: password)) != nil ? true : nil
        }
        guard answered == true else {
            let log = (try? String(contentsOf: folder.appendingPathComponent("server.log"), encoding: .utf8)) ?? ""
            throw E2EError("Ralph did not answer on port \(port)\n\(log.suffix(2000))")
        }
    }

    /// Stops the server's process group and waits for it.
    func stop() {
        guard pid > 0 else { return }
        kill(-pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<200 {
            if waitpid(pid, &status, WNOHANG) != 0 { break }
            usleep(50_000)
        }
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, WNOHANG)
        pid = 0
    }

    deinit { stop() }

    /// A TCP port nothing listens on now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw E2EError("socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw E2EError("could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
