import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Permissions

@Suite struct JSONFileStorePermissionTests {
    @Test func folderIsCreated0700AndFiles0600() throws {
        let folder = try StoreFolder()
        _ = try folder.store().update { $0.items.append("x") }
        #expect(octal(mode(folder.records)) == "700")
        // The missing parent was created too, also private.
        #expect(octal(mode(folder.records.deletingLastPathComponent())) == "700")
        #expect(octal(mode(folder.file)) == "600")
        #expect(octal(mode(folder.records.appendingPathComponent("records.json.lock"))) == "600")
    }

    @Test func existingParentsAreLeftAlone() throws {
        let folder = try StoreFolder()
        let parent = folder.records.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        chmod(parent.path, 0o755)
        _ = try folder.store().update { $0.items.append("x") }
        #expect(octal(mode(parent)) == "755")
        #expect(octal(mode(folder.records)) == "700")
    }

    @Test func anExistingWideRecordsFolderIsTightened() throws {
        let folder = try StoreFolder()
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        chmod(folder.records.path, 0o755)
        chmod(folder.records.deletingLastPathComponent().path, 0o755)
        _ = try folder.store().update { $0.items.append("x") }
        #expect(octal(mode(folder.records)) == "700")
        #expect(octal(mode(folder.records.deletingLastPathComponent())) == "755")
    }

    @Test func readingTightensTooButCreatesNothing() throws {
        let folder = try StoreFolder()
        try FileManager.default.createDirectory(at: folder.records, withIntermediateDirectories: true)
        chmod(folder.records.path, 0o750)
        _ = try folder.store().read()
        #expect(octal(mode(folder.records)) == "700")
        #expect(!FileManager.default.fileExists(atPath: folder.file.path))
    }

    @Test func aSharedStickyFolderIsNotTightened() throws {
        let folder = try StoreFolder()
        let shared = folder.root.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        chmod(shared.path, 0o1777)
        _ = try folder.store(shared).update { $0.items.append("x") }
        #expect(octal(mode(shared)) == "1777")
        #expect(octal(mode(shared.appendingPathComponent("records.json"))) == "600")
    }

    @Test func aGroupSharedFolderStaysSharedAndItsFilesAre0660() throws {
        let folder = try StoreFolder()
        let shared = folder.root.appendingPathComponent("classroom")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        chmod(shared.path, 0o2770)
        let store = folder.store(shared)
        _ = try store.update { $0.items.append("x") }
        _ = try store.read()
        #expect(octal(mode(shared)) == "2770")
        #expect(octal(mode(shared.appendingPathComponent("records.json"))) == "660")
        #expect(octal(mode(shared.appendingPathComponent("records.json.lock"))) == "660")
        // Group-writable without setgid is not a shared folder: it is tightened.
        chmod(shared.path, 0o770)
        _ = try store.update { $0.items.append("y") }
        #expect(octal(mode(shared)) == "700")
        #expect(octal(mode(shared.appendingPathComponent("records.json"))) == "600")
        #expect(octal(mode(shared.appendingPathComponent("records.json.lock"))) == "600")
    }

    @Test func aWideDataFileBecomes0600WhenRewritten() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items.append("x") }
        chmod(folder.file.path, 0o644)
        chmod(folder.records.appendingPathComponent("records.json.lock").path, 0o666)
        _ = try store.update { $0.items.append("y") }
        #expect(octal(mode(folder.file)) == "600")
        #expect(octal(mode(folder.records.appendingPathComponent("records.json.lock"))) == "600")
    }

    @Test(.enabled(if: !isRoot, "root bypasses file permissions"))
    func unwritableFolderGivesAClearError() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items.append("kept") }
        let before = try Data(contentsOf: folder.file)
        chmod(folder.records.path, 0o500)
        defer { chmod(folder.records.path, 0o700) }
        do {
            _ = try store.update { $0.items.append("lost") }
            Issue.record("expected a permission error")
        } catch let error as StoreError {
            #expect(error.kind == .permissionDenied)
            #expect(error.description.contains("Permission denied"))
            #expect(error.description.contains(folder.records.path))
        }
        #expect(try Data(contentsOf: folder.file) == before)
        // Reading still works: the lock file exists and the data is whole.
        #expect(try store.read().0.items == ["kept"])
    }

    @Test(.enabled(if: !isRoot, "root bypasses file permissions"))
    func folderThatCannotBeCreatedGivesAClearError() throws {
        let folder = try StoreFolder()
        chmod(folder.root.path, 0o500)
        defer { chmod(folder.root.path, 0o700) }
        #expect {
            _ = try folder.store().update { $0.items.append("x") }
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .cannotCreateFolder
                && error.description.contains(folder.records.path)
                && error.description.contains("Permission denied")
        }
    }

    @Test(.enabled(if: !isRoot, "root bypasses file permissions"))
    func aCorruptFileInAReadOnlyFolderIsLeftAloneAndReported() throws {
        let folder = try StoreFolder()
        _ = try folder.store().update { $0.items.append("x") }
        try Data("{ broken".utf8).write(to: folder.file)
        chmod(folder.records.path, 0o500)
        defer { chmod(folder.records.path, 0o700) }
        #expect {
            _ = try folder.store().read()
        } throws: { error in
            (error as? StoreError)?.kind == .cannotMoveAside
        }
        #expect(try Data(contentsOf: folder.file) == Data("{ broken".utf8))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskIsSaidPlainly() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect {
            try RecordFileIO.writeAll(Data(repeating: 7, count: 10_000), to: descriptor, path: "/x/records.json")
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .diskFull && error.code == ENOSPC
                && error.description == "The disk is full: cannot save /x/records.json (No space left on device). Nothing was changed; free some space and try again."
        }
    }

    @Test func errorsSayWhatAndWhere() {
        let folderError = StoreError.system(EACCES, path: "/data/signaal", fallback: .cannotCreateFolder)
        #expect(folderError.kind == .permissionDenied)
        #expect(StoreError(.cannotCreateFolder, path: "/data/signaal", reason: "Permission denied (at /data)").description
            == "Cannot create the records folder /data/signaal: Permission denied (at /data).")
        #expect(StoreError.system(EDQUOT, path: "/r.json", fallback: .cannotWrite).kind == .diskFull)
        #expect(StoreError.system(EIO, path: "/r.json", fallback: .cannotWrite).description
            == "Cannot save /r.json: Input/output error. The previous records were kept.")
        #expect(StoreError(.lockFailed, path: "/r.json.lock", reason: "No locks available").description
            == "Cannot lock /r.json.lock to share the records safely: No locks available.")
    }
}
