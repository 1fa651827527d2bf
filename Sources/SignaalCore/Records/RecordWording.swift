/// Puts what went wrong with records and rosters into the user's language,
/// from the interface strings (`store.*`, `notice.*`, `roster.problem.*`).
/// The types' own `description` stays plain English, for logs and tests.
public struct RecordWording: Sendable, Speaks {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }

    /// An error of any kind: the ones Signaal knows in words, else as it describes itself.
    public func error(_ error: any Error) -> String {
        if let store = error as? StoreError { return self.store(store) }
        return "\(error)"
    }

    public func store(_ error: StoreError) -> String {
        let key: String
        switch error.kind {
        case .cannotCreateFolder: key = "cannotCreateFolder"
        case .permissionDenied: key = "permissionDenied"
        case .diskFull: key = "diskFull"
        case .lockFailed: key = "lockFailed"
        case .cannotRead: key = "cannotRead"
        case .cannotWrite: key = "cannotWrite"
        case .cannotMoveAside: key = "cannotMoveAside"
        case .cannotEncode: key = "cannotEncode"
        case .notDurable: key = "notDurable"
        }
        return t("store.\(key)", ["path": error.path, "reason": error.reason])
    }

    public func notice(_ notice: StoreNotice) -> String {
        switch notice {
        case let .corruptFileMovedAside(original, movedTo, recovered):
            return t(recovered ? "notice.corruptRecovered" : "notice.corrupt", ["path": original.path, "movedTo": movedTo.path])
        }
    }
}
