import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A note, in the user's cache folder, that a content folder as it is now
/// was found valid by a full load. It holds the folder's path and the size,
/// modification and change times and inode of every JSON file in it and of
/// the running binary (a new binary may check more); never any content or
/// record. Any change to any of them makes the note stale.
///
/// Files are stamped with a coarse clock (a few milliseconds a tick), so a
/// file changed in the tick the note was taken in could change again unseen
/// with the same times: such a note is not saved ("racily clean", as git
/// calls it), and the next start loads in full again.
struct ValidatedContentNote: Sendable {
    /// `$XDG_CACHE_HOME/signaal/validated-content-<hash of the folder>`.
    let file: URL
    /// The content folder, its links resolved.
    let folder: String
    /// What the content and binary look like now; taken before loading, so
    /// a file changed during the load makes the next start load in full.
    let fingerprint: String
    /// The file clock when the note was taken, and the latest modification
    /// or change time of the files it covers.
    let takenAt: FileTime
    let latestChange: FileTime

    /// nil without a cache folder (no absolute `XDG_CACHE_HOME` or `HOME`)
    /// or when the content cannot be looked at: then every start loads in full.
    init?(root: URL, environment: [String: String], takenAt: FileTime = .now) {
        let cache: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = URL(fileURLWithPath: xdg, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            cache = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
        } else {
            return nil
        }
        guard let folder = Self.resolved(root.path), let look = Self.look(at: folder) else { return nil }
        self.folder = folder
        self.takenAt = takenAt
        fingerprint = look.fingerprint
        latestChange = look.latest
        file = cache.appendingPathComponent("signaal", isDirectory: true)
            .appendingPathComponent("validated-content-\(Self.hash(folder))")
    }

    /// Whether the note in the cache says this content was found valid.
    var isCurrent: Bool {
        guard let data = FileManager.default.contents(atPath: file.path) else { return false }
        return data.elementsEqual(fingerprint.utf8)
    }

    /// Whether the content still looks as it did when this note was taken.
    var isUnchanged: Bool { Self.look(at: folder)?.fingerprint == fingerprint }

    /// A file changed in the tick the note was taken in, or later.
    var isRacy: Bool { latestChange >= takenAt }

    /// Best effort, written whole or not at all: without a writable cache
    /// folder every start loads in full, which is slower, never wrong.
    func save() {
        guard !isRacy else { return }
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = file.path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        let bytes = Array(fingerprint.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
        close(descriptor)
        if !written || rename(temporary, file.path) != 0 { unlink(temporary) }
    }

    /// Every JSON file in the folder and its sub-folders, not only the ones
    /// this version reads: a folder a newer loader checks is covered without
    /// anyone having to remember this list. A file added or removed changes
    /// the list, so it changes the fingerprint too.
    static func look(at folder: String) -> (fingerprint: String, latest: FileTime)? {
        guard let top = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var lines = ["signaal validated content 1", folder]
        var latest = FileTime(seconds: 0, nanoseconds: 0)
        func add(_ name: String, _ path: String) -> Bool {
            guard let (identity, changed) = identity(path) else { return false }
            lines.append("\(name) \(identity)")
            latest = max(latest, changed)
            return true
        }
        guard add("binary", "/proc/self/exe") else { return nil }
        for entry in top.sorted() where !entry.hasPrefix(".") {
            if entry.hasSuffix(".json") {
                guard add(entry, folder + "/" + entry) else { return nil }
                continue
            }
            guard let listed = try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + entry) else { continue }
            lines.append("\(entry)/")
            for name in listed.sorted() where name.hasSuffix(".json") {
                guard add("\(entry)/\(name)", "\(folder)/\(entry)/\(name)") else { return nil }
            }
        }
        return (lines.joined(separator: "\n") + "\n", latest)
    }

    /// Size, modification and change times (ns) and inode of a regular
    /// file, and the later of its two times.
    static func identity(_ path: String) -> (String, FileTime)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let modified = FileTime(info.st_mtim), changed = FileTime(info.st_ctim)
        return ("\(info.st_size) \(modified) \(changed) \(info.st_ino)", max(modified, changed))
    }

    static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// FNV-1a, 64 bits, in hex: a short, stable file name per content folder.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(value, radix: 16)
    }
}

/// A time on the clock files are stamped with (coarse real time on Linux).
struct FileTime: Comparable, Sendable, CustomStringConvertible {
    let seconds: Int
    let nanoseconds: Int

    init(seconds: Int, nanoseconds: Int) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    init(_ time: timespec) { self.init(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec)) }

    static var now: FileTime {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        return FileTime(time)
    }

    static func < (a: FileTime, b: FileTime) -> Bool { (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds) }

    var description: String { "\(seconds).\(nanoseconds)" }
}
