/// The optional case reference on a case note: the organisation's dossier
/// number, never a name. Anything that could be a name, or could carry
/// terminal or file-system tricks, is refused rather than cleaned up.
public enum CaseReference {
    public static let maximumLength = 40

    public enum Problem: String, CaseIterable, Equatable, Sendable {
        case tooLong
        /// Letters other than the safe set, control characters, quotes …
        case characters
        /// ".." has no place in a number, and reads like a path (the
        /// reference becomes part of a file name).
        case dotDot
        /// No digit in it: it could be a name. A dossier number has digits.
        case looksLikeName
    }

    /// The reference, trimmed, or why it is refused. An empty one is nil:
    /// the note simply has no reference.
    public static func validate(_ raw: String) -> Result<String?, ProblemBox> {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(nil) }
        if trimmed.count > maximumLength { return .failure(ProblemBox(.tooLong)) }
        let allowed = trimmed.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_/.# ".unicodeScalars.contains(scalar))
        }
        guard allowed else { return .failure(ProblemBox(.characters)) }
        guard !trimmed.contains("..") else { return .failure(ProblemBox(.dotDot)) }
        guard trimmed.contains(where: \.isNumber) else { return .failure(ProblemBox(.looksLikeName)) }
        return .success(trimmed)
    }

    /// The refusal as a value `Result` can carry.
    public struct ProblemBox: Error, Equatable, Sendable {
        public let problem: Problem
        public init(_ problem: Problem) { self.problem = problem }
        /// The interface string that explains it.
        public var key: String { "casenote.reference.\(problem.rawValue)" }
    }
}

/// Free text a user types for the note (a one-line note, a date): made
/// safe for every output before it is kept. Control characters (including
/// escape sequences and bidirectional overrides) go, runs of white space
/// become one space, and the text is cut at `limit` characters.
public enum NoteText {
    public static let lineLimit = 120

    public static func clean(_ raw: String, limit: Int = lineLimit) -> String {
        var out = ""
        var lastWasSpace = true
        for scalar in raw.unicodeScalars {
            if SafeText.isUnsafe(scalar) || scalar.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            out.unicodeScalars.append(scalar)
            lastWasSpace = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out.count > limit ? String(out.prefix(limit)) : out
    }

    /// A calendar date typed as YYYY-MM-DD, checked to exist; nil otherwise.
    public static func date(_ raw: String) -> String? {
        let parts = raw.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return "\(parts[0])-\(parts[1])-\(parts[2])"
    }
}
