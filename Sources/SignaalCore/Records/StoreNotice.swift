import Foundation

/// What happened while reading, to tell the user plainly.
public enum StoreNotice: Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read as records; it was moved aside to `movedTo`,
    /// and the app continues with what could be recovered (an empty document
    /// unless `recovered` is true).
    ///
    /// Recovery is deliberately simple: a file is only used when the whole of
    /// it decodes, and then it is not corrupt. So today `recovered` is always
    /// false and the app continues with an empty document; the damaged bytes
    /// are kept unchanged at `movedTo` for a person to look at.
    case corruptFileMovedAside(original: URL, movedTo: URL, recovered: Bool)

    public var description: String {
        switch self {
        case let .corruptFileMovedAside(original, movedTo, recovered):
            let continuing = recovered
                ? "Signaal continues with what could be recovered from it."
                : "Signaal continues with empty records."
            return "The records file \(original.path) could not be read and was moved to \(movedTo.path), unchanged. \(continuing)"
        }
    }
}
