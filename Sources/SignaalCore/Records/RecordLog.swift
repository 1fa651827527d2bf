import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An append-only file of lines (completions, certificates, the name
/// index): adding a record never rewrites what is there.
///
/// A line is written in one `write` with `O_APPEND` and synced before the
/// lock is let go, so it is on disk once the caller returns. A writer that
/// dies mid-line (kill -9, power loss) leaves a last line without its line
/// feed: readers ignore it (`RecordLines.completeLines`), and the next
/// writer cuts it off before appending, so it never glues onto a new line.
/// The caller holds the folder's exclusive lock.
enum RecordLog {
    static func append(_ text: String, to path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        let mode = RecordFolder.fileMode(in: folder)
        let existed = access(path, F_OK) == 0
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            throw StoreError.system(errno, path: path, fallback: .cannotWrite, doing: "opening the log")
        }
        defer { close(descriptor) }
        if !existed { _ = fchmod(descriptor, mode) }
        try cutTornTail(descriptor, path: path)
        try RecordFileIO.writeAll(Data(text.utf8), to: descriptor, path: path)
        if let code = RecordFileIO.sync(descriptor) {
            throw StoreError.system(code, path: path, fallback: .cannotWrite, doing: "saving to disk")
        }
        if !existed { try AtomicRecordWriter.syncFolder(folder, targetPath: path) }
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
