import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes sure the records folder exists and is private.
///
/// - Folders that are missing (the records folder and any missing parents)
///   are created with mode 0700, set exactly whatever the umask.
/// - Existing parents are never changed.
/// - The records folder itself, when it already exists with wider
///   permissions, is tightened to 0700 (group and other permissions are
///   removed; the owner's are left as they are), but only when it belongs to this user
///   and is not a shared "sticky" folder such as /tmp. Whatever folder was
///   chosen with --data or SIGNAAL_DATA is the records folder, so pointing
///   Signaal at a folder makes that folder private. If tightening fails the
///   records are still written: the files themselves are always 0600.
/// - A classroom folder shared between Unix users is left as it is: a
///   folder with the setgid bit and group write permission (say
///   `chmod 2770`, group `signaal`) is never tightened, and the files
///   Signaal creates in it are 0660, so every member of the group can read
///   and update the records. README.md, "A classroom folder shared between
///   users", says how a school sets one up.
enum RecordFolder {
    static let folderMode: mode_t = 0o700
    /// Files in a private folder.
    static let privateFileMode: mode_t = 0o600
    /// Files in a group-shared folder.
    static let sharedFileMode: mode_t = 0o660

    /// Whether `info` describes a folder shared with its group on purpose:
    /// setgid (new files get the folder's group) and group-writable.
    static func isGroupShared(_ info: stat) -> Bool {
        info.st_mode & S_IFMT == S_IFDIR && info.st_mode & S_ISGID != 0 && info.st_mode & S_IWGRP != 0
    }

    /// The mode for a file Signaal creates in `folder`: 0660 in a
    /// group-shared folder, else 0600.
    static func fileMode(in folder: String) -> mode_t {
        var info = stat()
        guard stat(folder, &info) == 0, isGroupShared(info) else { return privateFileMode }
        return sharedFileMode
    }

    /// Creates `folder` and its missing parents; then tightens it as above.
    static func prepare(_ folder: URL) throws(StoreError) {
        let path = folder.path
        var missing: [String] = []
        var current = path
        while !current.isEmpty, current != "/" {
            var info = stat()
            if stat(current, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw StoreError(.cannotCreateFolder, path: path, reason: "\(current) exists and is not a folder")
                }
                break
            }
            let code = errno
            guard code == ENOENT else {
                throw StoreError(.cannotCreateFolder, path: path, reason: failure(code, at: current, target: path), code: code)
            }
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for component in missing.reversed() {
            if mkdir(component, folderMode) == 0 {
                // mkdir applies the umask; set the mode exactly.
                _ = chmod(component, folderMode)
                continue
            }
            let code = errno
            var info = stat()
            // Another process may just have created it: that is fine.
            if code == EEXIST, stat(component, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
            throw StoreError(.cannotCreateFolder, path: path, reason: failure(code, at: component, target: path), code: code)
        }
        tighten(path)
    }

    /// Creates a folder inside the records folder `parent` (which exists):
    /// 0700, or 2770 when `parent` is group-shared, so that the files made
    /// in it are shared with the group as well (see `fileMode`).
    /// `lstat`: a link put in a subfolder's place (by anyone who can write
    /// a shared folder) is refused, so nothing is written through it elsewhere.
    static func prepareInside(_ folder: URL, parent: URL) throws(StoreError) {
        var info = stat()
        if lstat(folder.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError(.cannotCreateFolder, path: folder.path, reason: "\(folder.path) exists and is not a folder")
            }
            return
        }
        let shared = stat(parent.path, &info) == 0 && isGroupShared(info)
        let mode: mode_t = shared ? 0o2770 : folderMode
        if mkdir(folder.path, mode) == 0 {
            _ = chmod(folder.path, mode)
            return
        }
        let code = errno
        if code == EEXIST, lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
        throw StoreError(.cannotCreateFolder, path: folder.path, reason: StoreError.text(code), code: code)
    }

    /// Removes group and other permissions from the records folder when it
    /// is ours and not group-shared (best effort).
    static func tighten(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        guard info.st_uid == geteuid(), info.st_mode & S_ISVTX == 0, !isGroupShared(info) else { return }
        // Only group and other permissions are taken away: a folder its
        // owner made read-only stays read-only.
        if info.st_mode & 0o077 != 0 {
            _ = chmod(path, info.st_mode & 0o7700)
        }
    }

    private static func failure(_ code: Int32, at component: String, target: String) -> String {
        let text = StoreError.text(code)
        return component == target ? text : "\(text) (at \(component))"
    }
}
