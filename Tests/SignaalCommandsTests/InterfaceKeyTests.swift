import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore
@testable import SignaalUI

/// Every interface key the code asks for is in Content/ui.json, in Dutch and
/// English. Literal keys are read from the sources; keys built with string
/// interpolation are listed below with every value they can take, and the
/// sources are scanned so that a new interpolated key must be listed too.
@Suite("Interface keys in the code")
struct InterfaceKeyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The interpolated key literals as written in the sources, and the keys
    /// each can produce (read from the code around it).
    static let interpolated: [String: [String]] = [
        #"cli.option.\(kind.rawValue)"#: ["unknownOption", "needsValue", "takesNoValue"].map { "cli.option.\($0)" },
        #"casenote.record.\(key)"#: ["consulted", "veiligThuis", "conversation", "decision"].map { "casenote.record.\($0)" },
        #"age.\(note.result.input.age.rawValue)"#: AgeGroup.allCases.map { "age.\($0.rawValue)" },
        #"age.\($0.rawValue)"#: AgeGroup.allCases.map { "age.\($0.rawValue)" },
        #"casenote.reference.\(problem.rawValue)"#: CaseReference.Problem.allCases.map { "casenote.reference.\($0.rawValue)" },
        // Only used when the key exists (CertificateWording checks first).
        #"cert.audience.\(module.audience.rawValue)"#: [],
        #"audience.\(module.audience.rawValue)"#: Audience.allCases.map { "audience.\($0.rawValue)" },
        #"strength.\(signal.strength.rawValue)"#: Strength.allCases.map { "strength.\($0.rawValue)" },
        #"help.\(helpKey(state.screen))"#: ([.roles, .activities, .checklist, .context, .result, .learnerForm, .learnerHome, .training,
                                             .organisations, .organisationStatus, .reportingCode, .caseNoteForm] as [Screen])
            .map { "help.\(OverlayView.helpKey($0))" },
        #"training.\(QuestionScoring.verdict(question, chosen: chosen).rawValue)"#: ["right", "partly", "wrong"].map { "training.\($0)" },
        #"training.\(verdict.rawValue)"#: ["right", "partly", "wrong"].map { "training.\($0)" },
        #"store.\(key)"#: ["cannotCreateFolder", "permissionDenied", "diskFull", "lockFailed", "cannotRead", "cannotWrite",
                           "cannotMoveAside", "cannotEncode", "notDurable"].map { "store.\($0)" },
        #"count.\(noun).\(n == 1 ? "one" : "other")"#: ["strong", "medium", "weak", "group", "vulnerability"]
            .flatMap { ["count.\($0).one", "count.\($0).other"] },
        #"roster.problem.\(problem.code)"#: ["empty-name", "name-control-characters", "name-too-long", "control-characters",
                                            "field-too-long", "too-many-fields", "unterminated-quote", "wrong-delimiter",
                                            "duplicate-in-file", "no-header", "no-name-column", "invalid-utf8",
                                            "read-as-windows-1252", "utf16-without-bom"].map { "roster.problem.\($0)" },
    ]

    static func strings() throws -> [String: [String: String]] {
        let data = try Data(contentsOf: root.appendingPathComponent("Content/ui.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(document["strings"] as? [String: [String: String]])
    }

    /// Every string literal in Sources that is not a comment, with its file.
    static func literals() throws -> [(file: String, text: String)] {
        let sources = root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        // Interpolations first, so that quotes inside `\( … )` do not end the literal.
        let literal = try Regex(#""((?:\\\([^)]*\([^)]*\)[^)]*\)|\\\([^)]*\)|[^"\\]|\\.)*)""#)
        var found: [(String, String)] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                for match in line.matches(of: literal) {
                    found.append((url.lastPathComponent, String(match.output[1].substring ?? "")))
                }
            }
        }
        return found
    }

    static func isKeyFamily(_ text: Substring, in prefixes: Set<String>) -> Bool {
        guard let dot = text.firstIndex(of: "."), prefixes.contains(String(text[..<dot])) else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    @Test("every literal key in the code is in ui.json, in nl and en")
    func literalKeys() throws {
        let strings = try Self.strings()
        let prefixes = Set(strings.keys.compactMap { $0.split(separator: ".").first.map(String.init) })
        // File names such as roles.json share a prefix with keys; they are not keys.
        let files: Set<String> = ["roles.json", "meldcode.json"]
        var checked = 0
        for (file, text) in try Self.literals() where !text.contains("\\(") && Self.isKeyFamily(Substring(text), in: prefixes)
            && text.contains(".") && !files.contains(text) && !text.hasSuffix(".") {
            // Prefixes for `hasPrefix` checks (InterfaceTranslations) name a family, not a key.
            if file == "InterfaceTranslations.swift" { continue }
            checked += 1
            #expect(strings[text]?["nl"]?.isEmpty == false, "\(file): \"\(text)\" has no Dutch text in ui.json")
            #expect(strings[text]?["en"]?.isEmpty == false, "\(file): \"\(text)\" has no English text in ui.json")
        }
        #expect(checked > 250, "the scan found only \(checked) keys: is it still reading the sources?")
    }

    @Test("every interpolated key in the code is listed here, and each value it can take is in ui.json")
    func interpolatedKeys() throws {
        let strings = try Self.strings()
        let prefixes = Set(strings.keys.compactMap { $0.split(separator: ".").first.map(String.init) })
        let inCode = Set(try Self.literals().map(\.text).filter { text in
            guard let head = text.range(of: "\\(").map({ text[..<$0.lowerBound] }), head.hasSuffix(".") else { return false }
            return Self.isKeyFamily(head, in: prefixes)
        })
        #expect(inCode == Set(Self.interpolated.keys), "interpolated keys in the code but not listed: \(inCode.subtracting(Self.interpolated.keys).sorted()); listed but gone: \(Set(Self.interpolated.keys).subtracting(inCode).sorted())")
        for (literal, keys) in Self.interpolated {
            for key in keys {
                #expect(strings[key]?["nl"]?.isEmpty == false, "\(literal) → \"\(key)\" has no Dutch text")
                #expect(strings[key]?["en"]?.isEmpty == false, "\(literal) → \"\(key)\" has no English text")
            }
        }
    }
}
