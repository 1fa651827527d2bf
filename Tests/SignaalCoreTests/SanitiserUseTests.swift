import Testing
@testable import SignaalCore

/// Text that drops characters rather than escaping them decides what to drop
/// with SafeText's one rule: C0, C1, DEL, format and direction characters.
@Suite("One rule for unsafe characters")
struct SanitiserUseTests {
    static let hostile = "a\u{1B}]0;x\u{7}\u{202E}b\u{85}c\u{2028}d\u{200B}e"

    @Test("text from an LRS keeps only what shows itself")
    func lrsText() {
        #expect(LRSCertificate.printable(Self.hostile) == "a]0;xbcde")
        #expect(LRSCertificate.printable("Zoë 山田 \u{200D}") == "Zoë 山田 \u{200D}", "letters of every script and the joiner stay")
    }

    @Test("a meldcode note turns every unsafe character into one space")
    func noteText() {
        #expect(NoteText.clean(Self.hostile) == "a ]0;x b c d e")
    }
}
