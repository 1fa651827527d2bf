import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that readers, and the disk after a crash, see either
/// the whole old file or the whole new one, never a mix.
///
/// 1. Create a temporary file in the same folder with a unique name
///    (`.<fileName>.tmp-<pid>-<random>`, O_CREAT|O_EXCL, mode 0600, or
///    0660 in a group-shared folder: see `RecordFolder`).
/// 2. Write every byte, `fsync` it and close it.
/// 3. `rename` it over the target, then `fsync` the folder so the rename
///    itself is on disk.
///
/// Any failure before the rename removes the temporary file and throws; the
/// old file is untouched. The caller must hold the exclusive lock.
enum AtomicRecordWriter {
    /// Called with the temporary file, complete and synced, just before the
    /// rename. Tests use it to stand in for a crash at the worst moment.
    typealias BeforeRename = @Sendable (URL) throws(StoreError) -> Void

    /// How temporary files for `fileName` begin.
    static func temporaryPrefix(for fileName: String) -> String {
        ".\(fileName).tmp-"
    }

    /// `temporaryFolder` (on the same file system) holds the temporary file
    /// instead of the target's folder: the records folder keeps them out of
    /// `learners/`, whose 100,000 names are too many to list for leftovers.
    /// `durable: false` skips both syncs, for a migration that syncs the
    /// whole file system once at the end.
    static func replace(_ target: URL, with data: Data, beforeRename: BeforeRename? = nil,
                        temporaryFolder: String? = nil, durable: Bool = true) throws(StoreError) {
        let folder = target.deletingLastPathComponent().path
        let targetPath = target.path
        let (descriptor, temporaryPath) = try createTemporaryFile(in: temporaryFolder ?? folder, for: target.lastPathComponent, targetPath: targetPath,
                                                                  mode: RecordFolder.fileMode(in: folder))
        var open = true
        do throws(StoreError) {
            try RecordFileIO.writeAll(data, to: descriptor, path: targetPath)
            if durable, let code = RecordFileIO.sync(descriptor) {
                throw StoreError.system(code, path: targetPath, fallback: .cannotWrite, doing: "saving to disk")
            }
            open = false
            if close(descriptor) != 0 {
                // Network file systems may report a failed write only here.
                let code = errno
                throw StoreError.system(code, path: targetPath, fallback: .cannotWrite, doing: "closing the new file")
            }
            try beforeRename?(URL(fileURLWithPath: temporaryPath))
            if rename(temporaryPath, targetPath) != 0 {
                let code = errno
                throw StoreError.system(code, path: targetPath, fallback: .cannotWrite, doing: "replacing the file")
            }
        } catch {
            if open { close(descriptor) }
            unlink(temporaryPath)
            throw error
        }
        if durable { try syncFolder(folder, targetPath: targetPath) }
    }

    /// Removes temporary files left by a writer that crashed. Only safe under
    /// the exclusive lock, when no other writer can be busy with one: every
    /// writer creates its temporary file under that lock, so whatever is
    /// there while we hold it is a leftover.
    static func removeLeftovers(in folder: URL, for fileName: String) {
        let prefix = temporaryPrefix(for: fileName)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    private static func createTemporaryFile(in folder: String, for fileName: String, targetPath: String,
                                            mode fileMode: mode_t) throws(StoreError) -> (Int32, String) {
        let prefix = temporaryPrefix(for: fileName)
        var attempts = 0
        while true {
            let unique = "\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))"
            let path = (folder as NSString).appendingPathComponent(prefix + unique)
            let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode)
            if descriptor >= 0 {
                // The umask may have taken bits away; the mode exactly.
                _ = fchmod(descriptor, fileMode)
                return (descriptor, path)
            }
            let code = errno
            attempts += 1
            if code == EINTR || (code == EEXIST && attempts < 10) { continue }
            throw StoreError.system(code, path: targetPath, fallback: .cannotWrite, doing: "creating a temporary file in \(folder)")
        }
    }

    /// Makes the rename durable. Some file systems cannot sync a folder
    /// (EINVAL, ENOTSUP); there the rename is as safe as they allow.
    static func syncFolder(_ folder: String, targetPath: String) throws(StoreError) {
        let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        if let code = RecordFileIO.sync(descriptor), code != EINVAL, code != ENOTSUP, code != EBADF {
            throw StoreError(.notDurable, path: targetPath, reason: StoreError.text(code), code: code)
        }
    }
}
