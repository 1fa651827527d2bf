import Foundation
import Testing
@testable import SignaalCore

@Suite("Text checks by code point range")
struct TextChecksTests {
    /// Every scalar of the Basic Multilingual Plane's first 0x3100 code
    /// points and a sample beyond, each alone and inside other text.
    static let scalars: [Unicode.Scalar] = (0..<0x3100).compactMap(Unicode.Scalar.init)
        + [0xFEFF, 0x1F600, 0x10FFFF].compactMap(Unicode.Scalar.init)

    @Test("a control character is found exactly where Unicode's category Cc says, at any place in the text")
    func controlsMatchUnicode() {
        for scalar in Self.scalars {
            let isControl = scalar.properties.generalCategory == .control
            for text in [String(scalar), "ab\(scalar)", "é\(scalar)ë", "\(scalar)x"] {
                #expect(TextChecks.hasControl(text, allowingLineBreaks: false) == isControl, "U+\(String(scalar.value, radix: 16))")
                #expect(TextChecks.hasControl(text, allowingLineBreaks: true) == (isControl && scalar != "\n"), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("blank means what trimming .whitespaces would leave empty")
    func blankMatchesFoundation() {
        for scalar in Self.scalars {
            for text in [String(scalar), " \(scalar)\t", "\u{A0}\(scalar)"] {
                let trimmedEmpty = text.trimmingCharacters(in: .whitespaces).isEmpty
                #expect(TextChecks.isBlank(text) == trimmedEmpty, "U+\(String(scalar.value, radix: 16))")
            }
        }
        #expect(TextChecks.isBlank(""))
        #expect(!TextChecks.isBlank(" a "))
    }

    @Test("an unsafe character is found exactly where SafeText says, for every code point")
    func unsafeMatchesSafeText() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unsafe = SafeText.isUnsafe(scalar)
            #expect(TextChecks.firstUnsafeScalar(in: String(scalar), allowingLineBreaks: false) == (unsafe ? scalar : nil), "U+\(String(value, radix: 16))")
            if value < 0x3100 {
                for text in ["ab\(scalar)", "é\(scalar)ë", "line\n\(scalar)"] {
                    #expect(TextChecks.firstUnsafeScalar(in: text, allowingLineBreaks: true) == (unsafe && scalar != "\n" ? scalar : nil), "U+\(String(value, radix: 16))")
                }
            }
        }
        #expect(TextChecks.firstUnsafeScalar(in: "a\nb", allowingLineBreaks: false) == "\n")
        #expect(TextChecks.isPlainlySafe("Zoë — “quoted” … ½ Ł ș", allowingLineBreaks: false))
        #expect(TextChecks.firstUnsafeScalar(in: "Zoë — “quoted” …", allowingLineBreaks: false) == nil)
    }

    @Test("plainly safe text has no unsafe and no unstable character, for every code point")
    func plainlySafeIsSafe() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)é", "\(scalar)\u{2026}"] where TextChecks.isPlainlySafe(text, allowingLineBreaks: scalar == "\n") {
                #expect(!SafeText.isUnsafe(scalar) || scalar == "\n", "U+\(String(value, radix: 16))")
                #expect(DisplayWidth.unstableScalars(in: text).isEmpty, "U+\(String(value, radix: 16))")
            }
        }
        // Common text is decided by its bytes.
        #expect(TextChecks.isPlainlySafe("Bel 0900-8844 – “Veilig Thuis”…\nØ", allowingLineBreaks: true))
        #expect(!TextChecks.isPlainlySafe("soft\u{AD}hyphen", allowingLineBreaks: false))
        #expect(!TextChecks.isPlainlySafe("a\nb", allowingLineBreaks: false))
    }

    @Test("joiners and variation selectors are found; plain and accented text passes")
    func unstable() {
        #expect(TextChecks.firstUnstableScalar(in: "Zoë Brontë, 0900-8844") == nil)
        #expect(TextChecks.firstUnstableScalar(in: "ok \u{2764}\u{FE0F}")?.value == 0xFE0F)
        #expect(TextChecks.firstUnstableScalar(in: "\u{1F468}\u{200D}\u{1F469}")?.value == 0x200D)
        #expect(TextChecks.firstUnstableScalar(in: "漢\u{E0100}")?.value == 0xE0100)
        #expect(TextChecks.firstUnstableScalar(in: "€ 12") == nil)
    }
}
