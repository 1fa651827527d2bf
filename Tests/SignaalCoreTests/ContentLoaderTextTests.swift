import Foundation
import Testing
@testable import SignaalCore

/// The rules for user-facing texts: every declared language, no emoji
/// joiners or variation selectors, no control characters in one-line texts.
@Suite struct ContentLoaderTextTests {
    static let checklist = "checklists/test-checklist.json"

    @Test func textMissingItsEnglishTranslation() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""text": {"nl": "Blijf alert", "en": "Stay alert"}"#,
                                       with: #""text": {"nl": "Blijf alert"}"#, in: "referral/steps.json")
        let result = content.load()
        expectOnlyProblem(result, in: "referral/steps.json", line: line, #"missing the "en" text"#)
        #expect(result.problems.first?.jsonPath == "$.steps[2].text")
    }

    @Test func blankTranslationCountsAsMissing() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""nl": "Overleg vandaag.""#, with: #""nl": "   ""#, in: "scoring.json")
        expectOnlyProblem(content.load(), in: "scoring.json", line: line, #"missing the "nl" text"#)
    }

    @Test func undeclaredLanguage() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""en": "Stay alert."}"#, with: #""en": "Stay alert.", "de": "Aufpassen."}"#,
                                       in: "scoring.json")
        expectOnlyProblem(content.load(), in: "scoring.json", line: line, #"language "de" is not declared in "languages""#)
    }

    @Test func textThatIsNotAStringInOneLanguage() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""en": "Helpline""#, with: #""en": ["Helpline"]"#, in: "referral/directory.json")
        let result = content.load()
        #expect(result.problems.count == 2, "\(listing(result.problems))")
        expectProblem(result, in: "referral/directory.json", line: line, #"the "en" text must be a string, found array"#)
        expectProblem(result, in: "referral/directory.json", line: line, #"missing the "en" text"#)
    }

    @Test func emojiZeroWidthJoinerSequenceIsRejected() throws {
        // Man, ZWJ, woman, ZWJ, girl: one glyph in some terminals, three in others.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let content = try ContentCopy()
        let line = try content.replace(#""en": "Has new, older friends""#, with: "\"en\": \"Has a new \(family)\"",
                                       in: Self.checklist)
        expectOnlyProblem(content.load(), in: Self.checklist, line: line,
                          #"the "en" text contains U+200D (emoji joiner or variation selector)"#)
    }

    @Test func variationSelectorIsRejected() throws {
        // Warning sign with U+FE0F (emoji presentation), written as raw UTF-8.
        let content = try ContentCopy()
        let line = try content.replace(#""nl": "Bel 112.""#, with: "\"nl\": \"\u{26A0}\u{FE0F} Bel 112.\"",
                                       in: "scoring.json")
        expectOnlyProblem(content.load(), in: "scoring.json", line: line, #"the "nl" text contains U+FE0F"#)
    }

    @Test func variationSelectorWrittenAsAJSONEscapeIsRejected() throws {
        // The same, as the escape \uFE0F: the check is on the decoded text.
        let content = try ContentCopy()
        let line = try content.replace(#""en": "Stay alert""#, with: #""en": "\u26A0\uFE0F Stay alert""#,
                                       in: "referral/steps.json")
        expectOnlyProblem(content.load(), in: "referral/steps.json", line: line, #"the "en" text contains U+FE0F"#)
    }

    @Test func controlCharacterInAOneLineText() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""en": "Has money without explanation""#,
                                       with: #""en": "Has money\twithout explanation""#, in: Self.checklist)
        expectOnlyProblem(content.load(), in: Self.checklist, line: line,
                          #"the "en" text contains a control character or line break"#)
    }

    @Test func lineBreakInAOneLineText() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""nl": "Heeft geld zonder verklaring""#,
                                       with: #""nl": "Heeft geld\nzonder verklaring""#, in: Self.checklist)
        expectOnlyProblem(content.load(), in: Self.checklist, line: line,
                          #"the "nl" text contains a control character or line break"#)
    }

    @Test func lineBreakIsAllowedInAMultilineTextButOtherControlsAreNot() throws {
        let content = try ContentCopy()
        // "why" may span lines; a bell character is still wrong there.
        let line = try content.replace(#""en": "Money can be a lure.""#,
                                       with: #""en": "Money can\nbe a lure.\u0007""#, in: Self.checklist)
        expectOnlyProblem(content.load(), in: Self.checklist, line: line,
                          #"the "en" text contains a control character other than a line break"#)
    }
}
