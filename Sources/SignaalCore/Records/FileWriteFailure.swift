import Foundation

/// Why a file the user asked for (a certificate, `--out`, a CSV export)
/// could not be written: the path and the reason in words, instead of
/// Foundation's `NSCocoaErrorDomain` dump.
public struct FileWriteFailure: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case permission, noFolder, readOnly, noSpace, isFolder
        /// Anything else, as the system says it.
        case other(String)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// Writes `data` atomically to `url`, or throws which file and why.
    public static func write(_ data: Data, to url: URL) throws(FileWriteFailure) {
        try refuseFolder(url)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw FileWriteFailure(path: url.path, reason: reason(for: error))
        }
    }

    /// Writes `data` to `url` for its owner only (0600; 0660 in a
    /// group-shared folder), atomically and synced: for files that hold
    /// people's names, such as a manager's CSV export of the staff.
    public static func writeOwnerOnly(_ data: Data, to url: URL) throws(FileWriteFailure) {
        try refuseFolder(url)
        do throws(StoreError) {
            try AtomicRecordWriter.replace(url, with: data)
        } catch {
            throw FileWriteFailure(path: url.path, reason: error.code.map(reason(code:)) ?? .other(error.reason))
        }
    }

    /// A folder where the file should go is said as such, not as a failed rename.
    private static func refuseFolder(_ url: URL) throws(FileWriteFailure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw FileWriteFailure(path: url.path, reason: .isFolder)
        }
    }

    static func reason(code: Int32) -> Reason {
        switch code {
        case EACCES, EPERM: return .permission
        case ENOENT, ENOTDIR: return .noFolder
        case EROFS: return .readOnly
        case ENOSPC, EDQUOT: return .noSpace
        case EISDIR: return .isFolder
        default: return .other(String(cString: strerror(code)))
        }
    }

    static func reason(for error: any Error) -> Reason {
        let nsError = error as NSError
        let posix = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
            ?? (nsError.domain == NSPOSIXErrorDomain ? nsError.code : nil)
        switch posix.map(Int32.init(truncatingIfNeeded:)) {
        case let code?: return reason(code: code)
        case nil:
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteNoPermission: return .permission
            case .fileNoSuchFile: return .noFolder
            case .fileWriteVolumeReadOnly: return .readOnly
            case .fileWriteOutOfSpace: return .noSpace
            default: return .other(nsError.localizedDescription)
            }
        }
    }
}

extension Speaks {
    /// "Could not write /x/y.pdf: the folder does not exist …"
    public func fileWriteFailure(_ failure: FileWriteFailure) -> String {
        let reason: String
        switch failure.reason {
        case .permission: reason = t("file.reason.permission")
        case .noFolder: reason = t("file.reason.noFolder")
        case .readOnly: reason = t("file.reason.readOnly")
        case .noSpace: reason = t("file.reason.noSpace")
        case .isFolder: reason = t("file.reason.isFolder")
        case let .other(text): reason = SafeText.escaped(text)
        }
        return t("file.cannotWrite", ["file": failure.path]).replacingOccurrences(of: "{reason}", with: reason)
    }
}

/// Where a command writes a document it makes in one or more formats: the
/// file named with `--out` (its extension replaced per format when there are
/// several), else `stem.format` in the working folder.
public enum OutputFile {
    public static func url(format: String, of formats: [String], out: String?, folder: URL, stem: String) -> URL {
        guard let out else { return folder.appendingPathComponent(stem).appendingPathExtension(format) }
        let given = URL(fileURLWithPath: out)
        return formats.count == 1 ? given : given.deletingPathExtension().appendingPathExtension(format)
    }
}
