import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

@Suite("Interface translations")
struct InterfaceTranslationTests {
    /// The shipped content with `change` applied to a copy of one translation file.
    static func load(changing language: String, _ change: (inout [String: Any]) -> Void) throws -> ContentLoadResult {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-translations-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: ShippedContent.root, to: copy)
        let file = copy.appendingPathComponent("translations/\(language).json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        change(&document)
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        return ContentLoader.load(from: copy, displayRoot: "Content")
    }

    @Test("the translations are laid over ui.json; a key without one falls back to English, not Dutch")
    func overlay() {
        let strings = ShippedContent.bundle.strings
        #expect(strings("training.passed", Language("pl")) == "Zaliczone. Dobra robota!")
        #expect(strings("roles.title", Language("pl")) == strings("roles.title", .english))
    }

    @Test("an unknown key, other placeholders or an empty text are problems")
    func problems() throws {
        let result = try Self.load(changing: "es") { document in
            var strings = document["strings"] as? [String: String] ?? [:]
            strings["training.pased"] = "Aprobado"
            strings["training.passMark"] = "Necesita {nota}%."
            strings["training.passed"] = " "
            document["strings"] = strings
        }
        let messages = result.problems.map(\.description)
        #expect(result.bundle == nil)
        #expect(messages.contains { $0.contains("translations/es.json") && $0.contains("no interface string \"training.pased\"") })
        #expect(messages.contains { $0.contains("same placeholders as the English text: {mark}") })
        #expect(messages.contains { $0.contains("must be a text that is not empty") })
    }

    @Test("strings a training shows but a module's language lacks are listed, not refused")
    func missing() throws {
        let result = try Self.load(changing: "ro") { document in
            var strings = document["strings"] as? [String: String] ?? [:]
            strings["training.passed"] = nil
            strings["key.next"] = nil
            document["strings"] = strings
        }
        let bundle = try #require(result.bundle, "\(result.problems)")
        let missing = InterfaceTranslations.missing(in: bundle)
        #expect(missing.map(\.language) == ["ro"])
        #expect(missing.first?.keys == ["key.next", "training.passed"])
    }

    @Test("placeholders are read from braces")
    func placeholders() {
        #expect(InterfaceTranslations.placeholders("{a} of {b}, {a}") == ["a", "b"])
        #expect(InterfaceTranslations.placeholders("none") == [])
    }

    /// The Spanish and Romanian words speak to the learner formally (usted,
    /// dumneavoastră), as most of them always did: one screen, one voice.
    @Test("Spanish and Romanian interface words address the learner one way", arguments: [
        ("es", #"\b(tu|tus|pulsa|escribe|elige|trabajas|empezaste)\b"#),
        ("ro", #"\b(tău|ta|alege|alege-ți|scrie-ți|apasă|lucrezi|ai)\b"#),
    ])
    func oneRegister(language: String, informal: String) throws {
        let strings = ShippedContent.bundle.strings.values
        let pattern = try Regex(informal).ignoresCase()
        for (key, text) in strings where !key.hasPrefix("key.") {
            guard let words = text.values[language] else { continue }
            #expect(words.firstMatch(of: pattern) == nil, "\(language) \(key): \(words)")
        }
    }
}
