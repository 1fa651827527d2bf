import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the record store could not do what was asked, in words a user can act
/// on. `path` is the file or folder concerned; `reason` is the system's own
/// text for the error (`strerror`), or a short explanation.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The records folder (or one of its missing parents) could not be made.
        case cannotCreateFolder
        /// The system refused access to a file or folder (also a read-only disk).
        case permissionDenied
        /// The disk, or the user's quota, is full.
        case diskFull
        /// The lock that keeps several Signaal programs from writing at once
        /// could not be taken.
        case lockFailed
        /// The records file exists but could not be read.
        case cannotRead
        /// The records could not be written.
        case cannotWrite
        /// A damaged records file could not be moved out of the way, so it was
        /// left untouched and nothing was written.
        case cannotMoveAside
        /// The records could not be turned into JSON (a programming error).
        case cannotEncode
        /// The new records replaced the old ones, but the system could not
        /// confirm that the change is safely on disk.
        case notDurable
    }

    public let kind: Kind
    public let path: String
    public let reason: String
    /// The `errno` behind the error, when there was one.
    public let code: Int32?

    public init(_ kind: Kind, path: String, reason: String, code: Int32? = nil) {
        self.kind = kind
        self.path = path
        self.reason = reason
        self.code = code
    }

    public var description: String {
        switch kind {
        case .cannotCreateFolder:
            return "Cannot create the records folder \(path): \(reason)."
        case .permissionDenied:
            return "Permission denied for \(path): \(reason). Check who owns it and its permissions, or choose another folder with --data."
        case .diskFull:
            return "The disk is full: cannot save \(path) (\(reason)). Nothing was changed; free some space and try again."
        case .lockFailed:
            return "Cannot lock \(path) to share the records safely: \(reason)."
        case .cannotRead:
            return "Cannot read \(path): \(reason)."
        case .cannotWrite:
            return "Cannot save \(path): \(reason). The previous records were kept."
        case .cannotMoveAside:
            return "The records file \(path) is damaged and could not be moved aside: \(reason). It was left as it is and nothing was written."
        case .cannotEncode:
            return "Cannot write the records as JSON for \(path): \(reason)."
        case .notDurable:
            return "The records were saved to \(path), but the system could not confirm they are safely on disk: \(reason). Check the disk before relying on them."
        }
    }
}

extension StoreError {
    /// The system's text for an `errno` value, such as "No space left on device".
    static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// An error from a failed system call. Access problems and a full disk
    /// get their own kinds whatever was being done; anything else is `fallback`.
    static func system(_ code: Int32, path: String, fallback: Kind, doing: String? = nil) -> StoreError {
        let text = text(code)
        let reason = doing.map { "\($0): \(text)" } ?? text
        switch code {
        case EACCES, EPERM, EROFS:
            return StoreError(.permissionDenied, path: path, reason: reason, code: code)
        case ENOSPC, EDQUOT:
            return StoreError(.diskFull, path: path, reason: reason, code: code)
        default:
            return StoreError(fallback, path: path, reason: reason, code: code)
        }
    }
}
