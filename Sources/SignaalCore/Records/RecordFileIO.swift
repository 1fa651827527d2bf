import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX file reading and writing, with `errno` turned into `StoreError`.
enum RecordFileIO {
    /// The whole file, or nil when there is no file.
    static func readIfPresent(_ path: String) throws(StoreError) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw StoreError.system(code, path: path, fallback: .cannotRead)
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw StoreError(.cannotRead, path: path, reason: "it is not a regular file")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                return data
            } else {
                let code = errno
                if code == EINTR { continue }
                throw StoreError.system(code, path: path, fallback: .cannotRead)
            }
        }
    }

    /// Writes every byte, going on after partial writes and interruptions.
    /// `path` is only used in the error.
    static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(StoreError) {
        let failure: Int32? = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    return code
                } else {
                    // A regular file never takes nothing without an error;
                    // do not loop forever if one does.
                    return EIO
                }
            }
            return nil
        }
        if let failure {
            throw StoreError.system(failure, path: path, fallback: .cannotWrite)
        }
    }

    /// `fsync` (or `fdatasync`: data and length, not times), going on after interruptions.
    static func sync(_ descriptor: Int32, dataOnly: Bool = false) -> Int32? {
        while (dataOnly ? fdatasync(descriptor) : fsync(descriptor)) != 0 {
            let code = errno
            if code == EINTR { continue }
            return code
        }
        return nil
    }
}
