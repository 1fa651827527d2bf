import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where records live: --data DIR, then SIGNAAL_DATA, then $XDG_DATA_HOME/signaal, then ~/.local/share/signaal.
public enum DataDirectory {
    /// The folder's name under `$XDG_DATA_HOME` or `~/.local/share`.
    public static let folderName = "signaal"

    /// The records folder. Empty values count as not given. A leading `~` is
    /// expanded with `HOME` (a shell does not expand `--data=~/x`); relative
    /// paths are taken from the current folder. `XDG_DATA_HOME` is ignored
    /// when it is not absolute, as the XDG Base Directory specification says.
    /// Nothing is created here: the records store creates the folder when it
    /// first writes.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        let home = homeFolder(environment)
        if let explicit, !explicit.isEmpty {
            return folder(expandingTilde(explicit, home: home))
        }
        if let fromEnvironment = environment["SIGNAAL_DATA"], !fromEnvironment.isEmpty {
            return folder(expandingTilde(fromEnvironment, home: home))
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return folder(xdg).appendingPathComponent(folderName, isDirectory: true)
        }
        return folder(home)
            .appendingPathComponent(".local", isDirectory: true)
            .appendingPathComponent("share", isDirectory: true)
            .appendingPathComponent(folderName, isDirectory: true)
    }

    static func folder(_ path: String) -> URL {
        URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }

    /// `HOME`, else the account's home folder from the password database.
    static func homeFolder(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16 * 1024)
        if getpwuid_r(geteuid(), &entry, &buffer, buffer.count, &found) == 0, found != nil, let directory = entry.pw_dir {
            let path = String(cString: directory)
            if !path.isEmpty { return path }
        }
        return NSHomeDirectory()
    }
}
