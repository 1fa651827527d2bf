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

    /// "the name is empty", in the user's language (without the line).
    public func roster(_ problem: RosterProblem) -> String {
        var values: [String: String] = [:]
        switch problem.reason {
        case let .nameTooLong(maximum): values["maximum"] = "\(maximum)"
        case let .controlCharacters(column): values["column"] = column.rawValue
        case let .fieldTooLong(column, maximum): values = ["column": column.rawValue, "maximum": "\(maximum)"]
        case let .tooManyFields(found, expected): values = ["found": "\(found)", "expected": "\(expected)"]
        case let .duplicateInFile(firstLine): values["line"] = "\(firstLine)"
        case let .noNameColumn(headers): values["headers"] = headers.map { "\"\($0)\"" }.joined(separator: ", ")
        default: break
        }
        let key = "roster.problem.\(problem.code)"
        guard content.strings.values[key] != nil else {
            return problem.description.replacingOccurrences(of: "line \(problem.line): ", with: "")
        }
        return t(key, values)
    }
}
