import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport
#if canImport(Glibc)
import Glibc

/// `DisplayWidth` keeps a table of its own so that widths do not depend on
/// the locale; here it must agree with the C library's `wcwidth` under
/// C.UTF-8 (what ncurses uses to place characters) for every character the
/// shipped content holds. Control characters are left out: `wcwidth` calls
/// them -1, the grid never draws them.
@Suite("Display width and wcwidth")
struct DisplayWidthGlibcTests {
    /// Glibc's `wcwidth`: the Swift Glibc module does not declare it (it is
    /// behind _XOPEN_SOURCE), so it is looked up by name.
    static func wcwidth(_ scalar: Unicode.Scalar) throws -> Int {
        typealias WcWidth = @convention(c) (wchar_t) -> Int32
        let symbol = try #require(dlsym(nil, "wcwidth"), "no wcwidth in the C library")
        return Int(unsafeBitCast(symbol, to: WcWidth.self)(wchar_t(scalar.value)))
    }

    /// Every scalar in the JSON files of Content/, with the first file that has it.
    static func contentScalars() throws -> [Unicode.Scalar: String] {
        let files = try #require(FileManager.default.enumerator(at: ShippedContent.root, includingPropertiesForKeys: nil))
        var scalars: [Unicode.Scalar: String] = [:]
        for case let url as URL in files where url.pathExtension == "json" {
            for scalar in try String(contentsOf: url, encoding: .utf8).unicodeScalars where scalars[scalar] == nil {
                scalars[scalar] = url.lastPathComponent
            }
        }
        return scalars
    }

    @Test("every character of the shipped content has the width wcwidth gives it under C.UTF-8")
    func agreesWithWcwidth() throws {
        let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "C.UTF-8 is not available")
        // For this thread only: other tests run in parallel in this process.
        let previous = uselocale(locale)
        defer { uselocale(previous); freelocale(locale) }
        // In the "C" locale wcwidth says -1 for all of these, and nothing would be compared.
        #expect(try Self.wcwidth("é") == 1 && Self.wcwidth("山") == 2 && Self.wcwidth("\u{301}") == 0)
        let scalars = try Self.contentScalars()
        // The content is more than ASCII: Dutch, Polish, Romanian, quotes, arrows.
        #expect(scalars.keys.contains { $0.value > 0x7F })
        for (scalar, file) in scalars.sorted(by: { $0.key.value < $1.key.value }) {
            let expected = try Self.wcwidth(scalar)
            if expected < 0 { continue }
            #expect(DisplayWidth.of(scalar) == expected,
                    "U+\(String(scalar.value, radix: 16, uppercase: true)) in \(file): DisplayWidth \(DisplayWidth.of(scalar)), wcwidth \(expected)")
        }
    }

    @Test("and for the wide and combining characters the tests type")
    func agreesOnTestNames() throws {
        let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "C.UTF-8 is not available")
        // For this thread only: other tests run in parallel in this process.
        let previous = uselocale(locale)
        defer { uselocale(previous); freelocale(locale) }
        for scalar in "山田 太郎 Łukasz Wójcik Özlem Yılmaz zoe\u{308} 한국 ｶ Ａ €".unicodeScalars {
            #expect(try DisplayWidth.of(scalar) == Self.wcwidth(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }
}
#endif
