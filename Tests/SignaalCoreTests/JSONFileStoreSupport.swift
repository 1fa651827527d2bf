import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

/// A small document for the store tests: a list of items and a date.
struct StoreDocument: Codable, Equatable, Sendable {
    var items: [String] = []
    var updated: Date?
}

/// A temporary folder for one test, removed afterwards. The store's folder
/// is `records/signaal` inside it, so that tests see parents being created.
final class StoreFolder {
    let root: URL
    let records: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("signaal-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        records = root.appendingPathComponent("records", isDirectory: true)
            .appendingPathComponent("signaal", isDirectory: true)
    }

    deinit {
        // Tests may have taken write permission away; give it back first.
        if let enumerator = FileManager.default.enumerator(atPath: root.path) {
            chmod(root.path, 0o700)
            while let relative = enumerator.nextObject() as? String {
                chmod(root.appendingPathComponent(relative).path, 0o700)
            }
        }
        try? FileManager.default.removeItem(at: root)
    }

    func store(_ folder: URL? = nil) -> JSONFileStore<StoreDocument> {
        JSONFileStore(directory: folder ?? records, fileName: "records.json", empty: { StoreDocument() })
    }

    var file: URL { records.appendingPathComponent("records.json") }

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []).sorted()
    }
}

/// Permission bits of a file or folder, from stat.
func mode(_ url: URL) -> mode_t {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return 0o7777 }
    return info.st_mode & 0o7777
}

func octal(_ value: mode_t) -> String { String(value, radix: 8) }

let isRoot = geteuid() == 0

// `runOnThreads` and `Collected`: FolderRecordStoreTests.swift.
