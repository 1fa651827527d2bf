import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Child processes

/// Starts this test binary again to run only `JSONFileStoreChildProcess`,
/// told what to do through the environment. A fresh process (not `fork`,
/// which is unsafe in a multi-threaded Swift program) with its own store.
struct ChildProcess {
    static let crashStatus: Int32 = 42
    static let executable = "/proc/self/exe"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    let process: Process
    let logFile: URL

    static func start(mode: String, folder: URL, id: String, count: Int, log: URL) throws -> ChildProcess {
        let process = Process()
        // Resolved now: /proc/self/exe in the child would be the child itself, fine too,
        // but a plain path reads better in a failure message.
        process.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)) ?? executable)
        process.arguments = ["--testing-library", "swift-testing", "--filter", "JSONFileStoreChildProcess"]
        var environment = ProcessInfo.processInfo.environment
        environment["SIGNAAL_STORE_CHILD"] = mode
        environment["SIGNAAL_STORE_DIR"] = folder.path
        environment["SIGNAAL_STORE_ID"] = id
        environment["SIGNAAL_STORE_COUNT"] = String(count)
        process.environment = environment
        let logFile = log.appendingPathComponent("child-\(id).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: logFile)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try handle.close()
        return ChildProcess(process: process, logFile: logFile)
    }

    func wait() -> (Int32, String) {
        process.waitUntilExit()
        let output = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}

/// Runs only inside a child started by `ChildProcess`; in a normal test run
/// `SIGNAAL_STORE_CHILD` is not set and this returns at once.
@Suite struct JSONFileStoreChildProcess {
    @Test func childEntry() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let mode = environment["SIGNAAL_STORE_CHILD"],
              let path = environment["SIGNAAL_STORE_DIR"],
              let id = environment["SIGNAAL_STORE_ID"],
              let count = environment["SIGNAAL_STORE_COUNT"].flatMap(Int.init) else { return }
        let store = JSONFileStore(directory: URL(fileURLWithPath: path), fileName: "records.json", empty: { StoreDocument() })
        switch mode {
        case "append":
            for index in 0..<count {
                _ = try store.update { $0.items.append("\(id)-\(index)") }
            }
        case "folder-complete", "folder-forever":
            try FolderRecordChild.run(mode: mode, folder: URL(fileURLWithPath: path), id: id, count: count)
        case "crash":
            store.beforeRename = { _ throws(StoreError) in _exit(ChildProcess.crashStatus) }
            _ = try store.update { $0.items.append("never") }
            Issue.record("the child should have ended before the rename")
        default:
            Issue.record("unknown child mode \(mode)")
        }
    }
}
