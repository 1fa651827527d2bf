import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An append-only file of lines (completions, certificates, the name
/// index): adding a record never rewrites what is there.
///
/// A line is written in one `write` with `O_APPEND` and synced (`fdatasync`) before the
/// lock is let go, so it is on disk once the caller returns. A writer that
/// dies mid-line (kill -9, power loss) leaves a last line without its line
/// feed: readers ignore it (`RecordLines.completeLines`), and the next
/// writer cuts it off before appending, so it never glues onto a new line.
/// The caller holds the folder's exclusive lock.
enum RecordLog {
    /// Returns the file's size after the append.
    @discardableResult
    ///
    /// `alongsideOthers`: the caller holds the shared lock only, so other
    /// writers may append at the same time (each line is one `O_APPEND`
    /// write, which Linux keeps whole on a local disk). Then a torn tail
    /// cannot be cut here: `TornTail` is thrown and the caller starts again
    /// under the exclusive lock.
    static func append(_ text: String, to path: String, alongsideOthers: Bool = false) throws -> Int {
        let folder = (path as NSString).deletingLastPathComponent
        let mode = RecordFolder.fileMode(in: folder)
        let existed = access(path, F_OK) == 0
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            throw StoreError.system(errno, path: path, fallback: .cannotWrite, doing: "opening the log")
        }
        defer { close(descriptor) }
        if !existed { _ = fchmod(descriptor, mode) }
        if alongsideOthers {
            if try endsTorn(descriptor) { throw TornTail() }
        } else {
            try cutTornTail(descriptor, path: path)
        }
        try RecordFileIO.writeAll(Data(text.utf8), to: descriptor, path: path)
        // fdatasync: the data and the file's new length, without its times.
        if let code = RecordFileIO.sync(descriptor, dataOnly: true) {
            throw StoreError.system(code, path: path, fallback: .cannotWrite, doing: "saving to disk")
        }
        if !existed { try AtomicRecordWriter.syncFolder(folder, targetPath: path) }
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    struct TornTail: Error {}

    /// Whether the file has bytes after its last line feed.
    static func endsTorn(_ descriptor: Int32) throws(StoreError) -> Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return false }
        var last: UInt8 = 0
        guard pread(descriptor, &last, 1, off_t(info.st_size - 1)) == 1 else { return true }
        return last != RecordLines.newline
    }

    /// Removes bytes after the last line feed: the part-line of a writer
    /// that died. Only under the exclusive lock, when no writer is busy.
    static func cutTornTail(_ descriptor: Int32, path: String) throws(StoreError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return }
        var end = Int(info.st_size)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while end > 0 {
            let start = max(0, end - buffer.count)
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, end - start, off_t(start)) }
            guard count == end - start else { return }
            if let last = buffer[0..<count].lastIndex(of: RecordLines.newline) {
                let keep = start + last + 1
                if keep == Int(info.st_size) { return }
                end = keep
                break
            }
            end = start
        }
        if ftruncate(descriptor, off_t(end)) != 0 {
            throw StoreError.system(errno, path: path, fallback: .cannotWrite, doing: "cutting off an unfinished line")
        }
    }
}
