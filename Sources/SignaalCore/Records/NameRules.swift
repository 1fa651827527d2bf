import Foundation

/// The rules for every name a person types or a file brings in: learners,
/// organisations and their places, staff on a roster (`LearnerName.validate`:
/// not empty, at most 80 characters, no control, format or direction
/// character), and the words that say which rule a name broke.
public enum NameField: String, Sendable {
    case name, organisation, location
}

extension NameProblem {
    /// The interface string that says which rule was broken, and its values:
    /// `content.strings(key, language, values)`.
    public func message(_ field: NameField, value: String) -> (key: String, values: [String: String]) {
        switch self {
        case .empty:
            return ("name.empty", [:])
        case .controlCharacters:
            let character = SafeText.firstUnsafe(in: value).map { "U+" + SafeText.hex4($0.value) } ?? "?"
            return ("name.control", ["character": character])
        case let .tooLong(maximum):
            let length = value.trimmingCharacters(in: .whitespacesAndNewlines).count
            return ("name.tooLong", ["length": "\(length)", "maximum": "\(maximum)"])
        }
    }
}

extension Speaks {
    /// "The organisation's name holds U+202E, …": which field, which rule.
    public func nameProblem(_ problem: NameProblem, _ field: NameField, value: String) -> String {
        let (key, values) = problem.message(field, value: value)
        return t(key, values.merging(["field": t("name.field." + field.rawValue)]) { $1 })
    }
}

public enum OrganisationName {
    /// An organisation as typed with a learner's name: empty is none (nil),
    /// otherwise checked by the same rules as names.
    public static func validate(_ raw: String?) -> Result<String?, NameProblem> {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .success(nil) }
        return LearnerName.validate(raw).map { Optional($0) }
    }
}
