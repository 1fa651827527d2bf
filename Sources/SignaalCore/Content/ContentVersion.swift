import Foundation

/// The content's own version (`Content/version.json`), printed by
/// `signaal --version` and on pocket cards, so a school can tell which signals
/// and steps its copy has. Its form is a date, YYYY.MM.DD, optionally with a
/// further number for a second release that day (2026.11.27.2).
public enum ContentVersion {
    public static let fileName = "version.json"

    /// Whether `text` has the form YYYY.MM.DD[.N].
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (3...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day) && parts[1].count <= 2 && parts[2].count <= 2
    }

    /// The version in the content folder at `root`, without loading the rest
    /// (for `--version`); nil when the file is missing or not well formed.
    public static func read(at root: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(fileName).path),
              let node = try? JSONParser.parse(data),
              let version = node["version"]?.string, isWellFormed(version) else { return nil }
        return version
    }
}

enum ContentVersionReader {
    static func read(_ top: inout ObjectReader) -> String? {
        guard let version = top.string("version") else { return nil }
        if !ContentVersion.isWellFormed(version) {
            top.problem("\"version\" is a date as YYYY.MM.DD (optionally .N for a second release that day), not \"\(version)\"",
                        at: top.node["version"])
            return nil
        }
        return version
    }
}
