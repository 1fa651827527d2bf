import Foundation
import SignaalCore

/// Finds the content folder: `--content`, then `SIGNAAL_CONTENT`, then next
/// to the executable, the installed share folder, and the package root.
public struct ContentLocator: Sendable {
    public let explicit: String?
    public let environment: [String: String]
    public let executable: URL?

    public init(explicit: String?, environment: [String: String], executable: URL?) {
        self.explicit = explicit
        self.environment = environment
        self.executable = executable
    }

    /// Every place to look, in order, each with why it is there.
    public var candidates: [URL] {
        if let explicit { return [URL(fileURLWithPath: explicit)] }
        if let fromEnvironment = environment["SIGNAAL_CONTENT"], !fromEnvironment.isEmpty {
            return [URL(fileURLWithPath: fromEnvironment)]
        }
        var places: [URL] = []
        if let folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            places.append(folder.appendingPathComponent("Content"))
            places.append(folder.deletingLastPathComponent().appendingPathComponent("share/signaal/Content"))
            // `swift build` puts the binary in .build/<config>/ under the package root.
            var root = folder
            for _ in 0..<4 {
                root = root.deletingLastPathComponent()
                if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
                    places.append(root.appendingPathComponent("Content"))
                    break
                }
            }
        }
        places.append(URL(fileURLWithPath: "/usr/local/share/signaal/Content"))
        places.append(URL(fileURLWithPath: "/usr/share/signaal/Content"))
        return places
    }

    public func locate() -> URL? {
        candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("ui.json").path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
                || (explicit != nil && FileManager.default.fileExists(atPath: url.path))
        }
    }

    /// The message when nothing was found. It cannot come from the content
    /// (there is none), so it is the one text in code, in both languages.
    public var notFoundMessage: String {
        let list = candidates.map { "  " + $0.path }.joined(separator: "\n")
        return """
        signaal: content not found / inhoud niet gevonden. Looked in / gezocht in:
        \(list)
        Use --content DIR or set SIGNAAL_CONTENT. / Gebruik --content MAP of zet SIGNAAL_CONTENT.

        """
    }
}
