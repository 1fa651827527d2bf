import Foundation

/// What happened while reading, to tell the user plainly.
public enum StoreNotice: Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read as records; it was moved aside to `movedTo`,
    /// and the app continues with what could be recovered (an empty document
    /// unless `recovered` is true).
    ///
    /// Recovery is deliberately simple. A JSON file or a roster is only used
    /// when the whole of it decodes: `recovered` is false and the app goes on
    /// without it. A log of the records folder (completions, certificates, a
    /// name bucket, a learner's progress) keeps its good lines: a copy of
    /// it as it was goes to `movedTo` and `recovered` is true. Either way the
    /// damaged bytes are kept unchanged for a person to look at.
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
