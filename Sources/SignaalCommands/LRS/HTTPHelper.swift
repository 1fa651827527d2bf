import Foundation
import SignaalCore
import SignaalHTTPFraming
#if canImport(Glibc)
import Glibc
#endif

/// The `signaal-http` program, which does the LRS's HTTP in a process of
/// its own: `signaal` then never links FoundationNetworking, whose libcurl
/// and ~30 libraries would load at every start (see README, "Speed").
struct HTTPHelper: Sendable {
    static let name = "signaal-http"

    /// Where to look, in order: `SIGNAAL_HTTP_HELPER` (tests), next to the
    /// running binary (a build folder), then `../libexec/signaal/` (installed).
    let candidates: [URL]
    /// The sentence when none is there, in the user's language.
    let missingMessage: String

    static func candidates(environment: [String: String], executable: URL?) -> [URL] {
        if let path = environment["SIGNAAL_HTTP_HELPER"], !path.isEmpty { return [URL(fileURLWithPath: path)] }
        guard let folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent() else { return [] }
        return [folder.appendingPathComponent(name),
                folder.deletingLastPathComponent().appendingPathComponent("libexec/signaal/\(name)")]
    }

    /// The first candidate that is an executable file, looked up at each use.
    var program: URL? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    enum Trouble: Error, Equatable {
        /// No helper in any of the candidates.
        case missing
        /// It could not be started, ended without a reply, or was stopped after `seconds`.
        case broken(String)
    }

    /// Runs the helper on `request`; waits at most `seconds`, then stops it.
    func exchange(_ request: HelperRequest, within seconds: TimeInterval) -> Result<HelperReply, Trouble> {
        guard let program else { return .failure(.missing) }
        // The request goes through a socket, not a pipe: a helper that dies
        // before reading it makes `send` fail, where a pipe would kill
        // signaal with SIGPIPE.
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            return .failure(.broken("cannot make a socket for \(program.path): \(String(cString: strerror(errno)))"))
        }
        let ours = pair[0], theirs = FileHandle(fileDescriptor: pair[1], closeOnDealloc: false)
        let output = Pipe()
        let process = Process()
        process.executableURL = program
        // The password is in the request; the helper needs none of the LRS settings.
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SIGNAAL_LRS_") }
        process.standardInput = theirs
        process.standardOutput = output
        // Never the terminal: the full-screen interface owns it.
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            close(ours); close(pair[1])
            return .failure(.broken("cannot start \(program.path): \(error.localizedDescription)"))
        }
        close(pair[1])
        let writing = DispatchGroup(), reading = DispatchGroup()
        DispatchQueue.global().async(group: writing) { Self.send(request.encoded(), to: ours) }
        let received = ReceivedBox()
        DispatchQueue.global().async(group: reading) { received.data = output.fileHandleForReading.readDataToEndOfFile() }
        if exited.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 1) == .timedOut { kill(process.processIdentifier, SIGKILL); exited.wait() }
            writing.wait(); reading.wait()
            return .failure(.broken("\(program.path) was stopped after \(Int(seconds)) seconds"))
        }
        writing.wait(); reading.wait()
        switch HelperReply.decode(received.data) {
        case .success(let reply): return .success(reply)
        case .failure(let problem):
            return .failure(.broken("\(program.path) ended (\(process.terminationReason == .uncaughtSignal ? "signal" : "exit") \(process.terminationStatus)) without a reply: \(problem)"))
        }
    }

    /// Writes everything it can, then says "no more" (the helper reads to the end).
    private static func send(_ data: Data, to socket: Int32) {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = Glibc.send(socket, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 && errno == EINTR { continue }
                if sent <= 0 { break }
                offset += sent
            }
        }
        shutdown(socket, Int32(SHUT_WR))
        close(socket)
    }
}

/// Carries the helper's stdout out of the reading queue.
private final class ReceivedBox: @unchecked Sendable {
    var data = Data()
}

extension HTTPHelper {
    /// Next to this process's binary, with an English sentence when missing:
    /// for a connection made without the content at hand.
    static var nextToThisProgram: HTTPHelper {
        let candidates = candidates(environment: ProcessInfo.processInfo.environment, executable: Bundle.main.executableURL)
        return HTTPHelper(candidates: candidates, missingMessage: "the helper program \(name) is missing (looked for: \(listed(candidates)))")
    }

    static func listed(_ candidates: [URL]) -> String {
        candidates.isEmpty ? "-" : candidates.map(\.path).joined(separator: ", ")
    }
}

extension SignaalCommandLine {
    /// The configured LRS (see `LRSConnection.resolve`), its helper looked
    /// for next to this binary, and said missing in the user's language.
    func lrsConnection(_ arguments: Arguments, _ content: ContentBundle, _ language: Language) throws(LRSSettingsProblem) -> LRSConnection? {
        guard var connection = try LRSConnection.resolve(arguments, environment: environment, console: console) else { return nil }
        let candidates = HTTPHelper.candidates(environment: environment, executable: executable ?? Bundle.main.executableURL)
        connection.helper = HTTPHelper(candidates: candidates,
                                       missingMessage: content.strings("lrs.helperMissing", language, ["places": HTTPHelper.listed(candidates)]))
        return connection
    }
}
