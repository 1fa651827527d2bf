import Testing
@testable import SignaalCore
@testable import SignaalUI

/// Why the save form refuses a case reference, in words the user can act on:
/// each reason its own message, the characters named with the reason for them.
@Suite("Case reference refusals")
struct CaseReferenceMessageTests {
    /// Types `reference` on the save form and presses Enter; the screen's text as one line.
    static func refuse(_ reference: String, _ language: Language) -> (Driver, String) {
        var d = CaseNoteScreenTests.result(language)
        d.press(.character("s"))
        d.type(reference)
        d.press(.enter)
        let text = d.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return (d, text)
    }

    @Test("the form says what is wrong with each refused reference", arguments: [
        ("D..12", Language.english, "Two dots in a row (..) cannot be used: a case reference becomes part of the file name"),
        ("D..12", .dutch, "Twee punten achter elkaar (..) kunnen niet: een dossiernummer wordt deel van de bestandsnaam"),
        ("Zoë-12", .english, "A case reference becomes part of the file name, so use only the letters a-z and A-Z (without accents), digits 0-9, spaces and - _ / . #"),
        ("Zoë-12", .dutch, "Een dossiernummer wordt deel van de bestandsnaam. Gebruik daarom alleen letters a-z en A-Z (zonder accenten), cijfers 0-9, spaties en - _ / . #"),
        ("D\"12\"", .english, "so use only the letters a-z and A-Z"),
        ("Jan Jansen", .english, "This looks like a name. Enter a dossier number (with digits), never a name."),
        ("Jan Jansen", .dutch, "Dit lijkt op een naam."),
    ])
    func refused(reference: String, language: Language, message: String) {
        let (d, text) = Self.refuse(reference, language)
        #expect(d.state.screen == .caseNoteForm, "refused, the form stays")
        #expect(text.contains(message), "\(text)")
    }

    @Test("every reason has its own message in Dutch and in English", arguments: [Language.dutch, .english])
    func distinct(language: Language) {
        let state = Driver(language: language).state
        let messages = CaseReference.Problem.allCases.map { state.t(CaseReference.ProblemBox($0).key) }
        #expect(Set(messages).count == CaseReference.Problem.allCases.count)
        #expect(!messages.contains { $0.hasPrefix("casenote.") }, "no key shown instead of words")
        // Too long cannot be typed on the form (it stops at 40); --case and --plain say it.
        #expect(state.t(CaseReference.ProblemBox(.tooLong).key).contains("40"))
    }
}
