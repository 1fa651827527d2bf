import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the organisation's Learning Record Store is and how to talk to it.
///
/// From, later ones winning: the JSON file named by `SIGNAAL_LRS_CONFIG`
/// (`{"url", "user", "password", "homePage", "salt", "learnerNames"}`; it
/// must be readable by its owner only, 0600, because it holds a password),
/// then `SIGNAAL_LRS_URL`, `SIGNAAL_LRS_USER`, `SIGNAAL_LRS_PASSWORD`,
/// `SIGNAAL_LRS_HOMEPAGE`, `SIGNAAL_LRS_SALT`, `SIGNAAL_LRS_NAMES` (yes/no),
/// then `--lrs URL`. No URL anywhere: no LRS, and Signaal works as before.
public struct LRSSettings: Equatable, Sendable {
    /// The xAPI base, ending in "/": statements are at `endpoint/statements`.
    public var endpoint: URL
    public var user: String?
    public var password: String?
    /// The account `homePage` of every actor: the organisation's or the
    /// installation's URL; by default the LRS's own origin.
    public var homePage: String
    public var salt: String
    /// Whether the learner's name goes with their statements (the
    /// organisation's choice; off by default).
    public var learnerNames: Bool

    public var pseudonym: LearnerPseudonym { LearnerPseudonym(salt: salt) }

    /// The endpoint without any user or password, to show.
    public var shownEndpoint: String {
        var parts = URLComponents(url: endpoint, resolvingAgainstBaseURL: false)
        parts?.user = nil
        parts?.password = nil
        return parts?.string ?? endpoint.absoluteString
    }
}

public enum LRSSettingsProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case badURL(String)
    case configUnreadable(path: String, reason: String)
    case configTooOpen(path: String, mode: String)
    case configInvalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .badURL(let url): return "the LRS address \"\(url)\" is not an http(s) URL"
        case let .configUnreadable(path, reason): return "cannot read the LRS settings \(path): \(reason)"
        case let .configTooOpen(path, mode):
            return "the LRS settings \(path) hold a password but others may read them (mode \(mode)); run: chmod 600 \(path)"
        case let .configInvalid(path, reason): return "the LRS settings \(path) are not valid: \(reason)"
        }
    }
}

extension LRSSettings {
    /// The settings, nil when no LRS is configured, or why they are refused.
    public static func resolve(explicit: String?, environment: [String: String]) -> Result<LRSSettings?, LRSSettingsProblem> {
        var values: [String: String] = [:]
        if let path = environment["SIGNAAL_LRS_CONFIG"], !path.isEmpty {
            switch readConfig(path) {
            case .success(let fromFile): values = fromFile
            case .failure(let problem): return .failure(problem)
            }
        }
        let fromEnvironment = ["url": "SIGNAAL_LRS_URL", "user": "SIGNAAL_LRS_USER", "password": "SIGNAAL_LRS_PASSWORD",
                               "homePage": "SIGNAAL_LRS_HOMEPAGE", "salt": "SIGNAAL_LRS_SALT", "learnerNames": "SIGNAAL_LRS_NAMES"]
        for (key, variable) in fromEnvironment {
            if let value = environment[variable], !value.isEmpty { values[key] = value }
        }
        if let explicit, !explicit.isEmpty { values["url"] = explicit }
        guard let raw = values["url"] else { return .success(nil) }
        guard var parts = URLComponents(string: raw), let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              parts.host?.isEmpty == false else {
            return .failure(.badURL(raw))
        }
        if !parts.path.hasSuffix("/") { parts.path += "/" }
        guard let endpoint = parts.url else { return .failure(.badURL(raw)) }
        var origin = URLComponents()
        origin.scheme = scheme
        origin.host = parts.host
        origin.port = parts.port
        let names = values["learnerNames"].map { ["yes", "true", "1", "ja"].contains($0.lowercased()) } ?? false
        return .success(LRSSettings(endpoint: endpoint, user: values["user"], password: values["password"],
                                    homePage: values["homePage"] ?? origin.string ?? raw, salt: values["salt"] ?? "",
                                    learnerNames: names))
    }

    /// The config file's values as strings; refused unless only its owner may read it.
    static func readConfig(_ path: String) -> Result<[String: String], LRSSettingsProblem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.configUnreadable(path: path, reason: String(cString: strerror(errno)))) }
        if info.st_mode & 0o077 != 0 {
            return .failure(.configTooOpen(path: path, mode: String(info.st_mode & 0o777, radix: 8)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.configUnreadable(path: path, reason: "no access"))
        }
        let root: JSONNode
        do { root = try JSONParser.parse(data) } catch { return .failure(.configInvalid(path: path, reason: "\(error)")) }
        guard case .object(let members) = root.value else { return .failure(.configInvalid(path: path, reason: "expected a JSON object")) }
        var values: [String: String] = [:]
        for member in members {
            switch member.node.value {
            case .string(let text): values[member.key] = text
            case .bool(let flag): values[member.key] = flag ? "yes" : "no"
            default: return .failure(.configInvalid(path: path, reason: "\"\(member.key)\" must be text or true/false"))
            }
        }
        return .success(values)
    }
}
