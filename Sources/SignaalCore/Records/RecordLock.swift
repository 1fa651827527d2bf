import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Keeps readers and writers of one records file from getting in each
/// other's way, across processes and across threads.
///
/// Between processes: `flock` on a separate lock file, `<fileName>.lock`
/// (mode 0600, or 0660 in a group-shared folder), shared for reading, exclusive for read-modify-write. The lock
/// file is never replaced, unlike the data file, which atomic writes rename
/// over; so every process locks the same file.
///
/// Within this process: a mutex per lock file, held as long as the `flock`.
/// On a local disk `flock` alone would do, since every open of the lock file
/// locks separately. On network folders (NFS) Linux emulates `flock` with
/// POSIX record locks, which belong to the whole process and are all dropped
/// when any of its descriptors for the file is closed; the mutex means only
/// one thread at a time has the lock file open. Within one process, reads
/// therefore take turns too, which costs nothing noticeable here.
///
/// The mutex also catches a store used again from inside `update`'s
/// `change` on the same thread, which would otherwise wait for itself
/// forever: that throws `lockFailed` instead.
final class RecordLock {
    enum Mode { case shared, exclusive }

    let path: String
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// The open lock file, or -1 when a read goes ahead without it (see `acquire`).
    private var descriptor: Int32
    private var released = false

    private init(path: String, mutex: UnsafeMutablePointer<pthread_mutex_t>, descriptor: Int32) {
        self.path = path
        self.mutex = mutex
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Waits for the lock. For `.shared` only, when the lock file cannot be
    /// opened or created because the folder is read-only to us, the read goes
    /// ahead without it: writers replace the data file by an atomic rename, so
    /// a reader always sees a whole file, old or new.
    static func acquire(_ path: String, mode: Mode) throws(StoreError) -> RecordLock {
        let mutex = ProcessLocks.shared.mutex(for: path)
        let locked = pthread_mutex_lock(mutex)
        if locked == EDEADLK {
            throw StoreError(.lockFailed, path: path,
                             reason: "this thread already holds it (the store was used again from inside an update)")
        }
        guard locked == 0 else {
            throw StoreError(.lockFailed, path: path, reason: StoreError.text(locked), code: locked)
        }
        let descriptor: Int32
        do {
            descriptor = try openLockFile(path, mode: mode)
        } catch {
            pthread_mutex_unlock(mutex)
            throw error
        }
        let lock = RecordLock(path: path, mutex: mutex, descriptor: descriptor)
        try lock.take(mode == .shared ? LOCK_SH : LOCK_EX)
        return lock
    }

    /// The exclusive lock if nobody holds the lock now, else nil at once
    /// (also when the lock file cannot be opened for writing).
    static func acquireIfFree(_ path: String) -> RecordLock? {
        let mutex = ProcessLocks.shared.mutex(for: path)
        guard pthread_mutex_trylock(mutex) == 0 else { return nil }
        guard let descriptor = try? openLockFile(path, mode: .exclusive) else {
            pthread_mutex_unlock(mutex)
            return nil
        }
        let lock = RecordLock(path: path, mutex: mutex, descriptor: descriptor)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            lock.release()
            return nil
        }
        return lock
    }

    /// Turns a shared lock into an exclusive one. Like `flock` itself this
    /// may let another process in between, so re-read what was read.
    func upgradeToExclusive() throws(StoreError) {
        try take(LOCK_EX)
    }

    func release() {
        guard !released else { return }
        released = true
        if descriptor >= 0 {
            // Closing drops the flock.
            close(descriptor)
            descriptor = -1
        }
        pthread_mutex_unlock(mutex)
    }

    private func take(_ operation: Int32) throws(StoreError) {
        guard descriptor >= 0 else { return }
        while flock(descriptor, operation) != 0 {
            let code = errno
            if code == EINTR { continue }
            release()
            throw StoreError(.lockFailed, path: path, reason: StoreError.text(code), code: code)
        }
    }

    private static func openLockFile(_ path: String, mode: Mode) throws(StoreError) -> Int32 {
        let fileMode = RecordFolder.fileMode(in: (path as NSString).deletingLastPathComponent)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, fileMode)
        if descriptor >= 0 {
            var info = stat()
            if fstat(descriptor, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFREG else {
                    close(descriptor)
                    throw StoreError(.lockFailed, path: path, reason: "it is not a regular file")
                }
                // A new file got the umask applied; an old one may be wider.
                if info.st_uid == geteuid(), info.st_mode & 0o777 != fileMode {
                    _ = fchmod(descriptor, fileMode)
                }
            }
            return descriptor
        }
        let code = errno
        if mode == .shared, code == EACCES || code == EPERM || code == EROFS {
            // Perhaps the lock file exists and can at least be read.
            let readOnly = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            return readOnly  // -1: read without the lock, as documented above.
        }
        throw StoreError.system(code, path: path, fallback: .lockFailed, doing: "opening the lock file")
    }
}

/// One mutex per lock file path, for the life of the process.
final class ProcessLocks: Sendable {
    static let shared = ProcessLocks()

    private let mutexes = Mutex<[String: UnsafeMutablePointer<pthread_mutex_t>]>([:])

    /// The mutex for `path`. Error-checking, so that a thread locking it
    /// again gets EDEADLK instead of waiting forever. Never freed: there is
    /// one per records file the process uses.
    func mutex(for path: String) -> UnsafeMutablePointer<pthread_mutex_t> {
        mutexes.withLock { mutexes in
            if let existing = mutexes[path] { return existing }
            let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
            var attributes = pthread_mutexattr_t()
            pthread_mutexattr_init(&attributes)
            pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
            pthread_mutex_init(mutex, &attributes)
            pthread_mutexattr_destroy(&attributes)
            mutexes[path] = mutex
            return mutex
        }
    }
}
