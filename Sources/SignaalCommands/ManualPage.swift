import Foundation
import SignaalCore

/// The manual page (man(7) roff), made from the same words as `signaal --help`
/// and `signaal help TOPIC` (`cli.help.*` in Content/ui.json), so the manual
/// and the program can never disagree. `signaal manual` prints it;
/// scripts/install and scripts/deb install it as signaal.1.
struct ManualPage {
    let strings: InterfaceStrings
    let language: Language
    let version: String
    /// The date on the page's footer, as YYYY-MM-DD.
    let date: String

    static let mainTopic = "cli.help.main"

    func render() -> String {
        let main = strings(Self.mainTopic, language, ["version": version])
        let lines = main.components(separatedBy: "\n")
        // The help's first line is "signaal VERSION — what it does".
        let summary = lines.first.flatMap { $0.components(separatedBy: " — ").dropFirst().first } ?? ""
        var page = [
            ".TH SIGNAAL 1 \(date) \"signaal \(Self.escape(version))\" \"\(Self.escape(strings("cli.manual.title", language)))\"",
            ".SH \(Self.escape(strings("cli.manual.name", language)))",
            "signaal \\- \(Self.escape(summary))",
            ".SH \(Self.escape(strings("cli.manual.description", language)))",
        ]
        page += Self.preformatted(lines.dropFirst().drop { $0.isEmpty })
        let topics = strings.values.keys
            .filter { $0.hasPrefix("cli.help.") && $0 != Self.mainTopic }
            .sorted()
        if !topics.isEmpty {
            page.append(".SH \(Self.escape(strings("cli.manual.commands", language)))")
            for key in topics {
                page.append(".SS signaal \(Self.escape(String(key.dropFirst("cli.help.".count))))")
                page += Self.preformatted(strings(key, language, ["version": version]).components(separatedBy: "\n"))
            }
        }
        return page.joined(separator: "\n") + "\n"
    }

    /// Help text is laid out in columns with spaces: keep it as it is (no fill,
    /// no adjusting), in a block that man indents like any paragraph.
    static func preformatted<S: Sequence>(_ lines: S) -> [String] where S.Element == String {
        [".nf"] + lines.map { escape($0) } + [".fi"]
    }

    /// Escapes a line for roff: backslashes, hyphens (so options stay
    /// copyable), and a leading dot or quote that roff would read as a request.
    static func escape(_ text: String) -> String {
        var out = text
            .replacingOccurrences(of: "\\", with: "\\e")
            .replacingOccurrences(of: "-", with: "\\-")
            .replacingOccurrences(of: "\"", with: "\\(dq")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
