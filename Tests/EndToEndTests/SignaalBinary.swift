import Foundation

/// Where the binary under test is.
///
/// 1. `SIGNAAL_BINARY`, when set (CI builds into its own scratch path);
/// 2. `signaal` next to the test runner: the same build as these tests;
/// 3. `.build/debug/signaal` under the package root, found from `#filePath`.
enum SignaalBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static var candidates: [URL] {
        var places: [URL] = []
        if let runner = Bundle.main.executableURL {
            places.append(runner.deletingLastPathComponent().appendingPathComponent("signaal"))
        }
        places.append(packageRoot.appendingPathComponent(".build/debug/signaal"))
        return places
    }

    /// The binary, or a failure that says what to do.
    static func url() throws -> URL {
        let manager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["SIGNAAL_BINARY"], !explicit.isEmpty {
            guard manager.isExecutableFile(atPath: explicit) else {
                throw E2EError("SIGNAAL_BINARY=\(explicit) is not an executable file. Run `swift build` first, or fix the path.")
            }
            return URL(fileURLWithPath: explicit)
        }
        if let found = candidates.first(where: { manager.isExecutableFile(atPath: $0.path) }) {
            return found
        }
        throw E2EError("""
            The signaal binary was not found. Run `swift build` first (or set SIGNAAL_BINARY). Looked in:
            \(candidates.map { "  " + $0.path }.joined(separator: "\n"))
            """)
    }
}
