import Foundation
import Testing
@testable import SignaalCore

/// The embedded fonts: every name prints and reads back, in Latin, Greek,
/// Cyrillic and Vietnamese letters; what the fonts cannot draw is named.
@Suite("Certificate fonts")
struct CertificateFontTests {
    static var fonts: CertificateFonts { CertificateTests.fonts }

    static let names = [
        "Łukasz Wójcik-Żółć", "Ștefan Țăranu", "Özlem Yılmaz İğdeli", "Γιώργος Παπαδόπουλος",
        "Анна Петрова", "Nguyễn Văn An", "Dương Thị Hằng", "Zoë Brontë", "Sven Ødegård",
    ]

    static var popplerInstalled: Bool {
        ["/usr/bin/pdftotext", "/usr/bin/pdffonts"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The certificate for `name` as a file; what `tool` says about it.
    static func poppler(_ name: String, _ tool: String, _ arguments: [String] = []) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-font-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cert.pdf")
        try CertificateTests.pdf(CertificateTests.sample(name)).write(to: file)
        let result = try CertificateTests.run("/usr/bin/" + tool, [file.path] + arguments)
        #expect(result.error.isEmpty, "\(tool) complains: \(result.error)")
        return result.output
    }

    @Test("pdftotext reads the name back exactly", .enabled(if: popplerInstalled, "poppler-utils is not installed"), arguments: names)
    func readsBack(name: String) throws {
        let text = try Self.poppler(name, "pdftotext", ["-"])
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains(name), "pdftotext gave: \(lines)")
        #expect(lines.contains("ABCD234EFG"))
    }

    @Test("pdffonts lists both faces as embedded subsets of DejaVu Sans", .enabled(if: popplerInstalled, "poppler-utils is not installed"))
    func embedded() throws {
        let listing = try Self.poppler("Анна Петрова", "pdffonts")
        let rows = listing.split(separator: "\n").filter { $0.contains("DejaVu") }
        #expect(rows.count == 2, "pdffonts gave: \(listing)")
        for row in rows {
            #expect(row.contains("CID TrueType") && row.contains("Identity-H"), "\(row)")
            #expect(row.split(separator: " ").filter { $0 == "yes" }.count == 3, "emb, sub and uni should be yes: \(row)")
        }
        #expect(rows.contains { $0.contains("+DejaVuSans-Bold ") } && rows.contains { $0.contains("+DejaVuSans ") })
    }

    @Test("a name typed with combining accents prints as the composed letters")
    func combining() throws {
        let decomposed = "Nguye\u{0302}\u{0303}n"
        #expect(Self.fonts.unprintable(decomposed).isEmpty)
        #expect(Self.fonts.bold.width(of: decomposed, size: 10) == Self.fonts.bold.width(of: "Nguyễn", size: 10))
    }

    @Test("Chinese and Arabic letters are named as unprintable; the covered scripts are not")
    func unprintable() {
        #expect(Self.fonts.unprintable("李小龙 Li") == ["李", "小", "龙"])
        #expect(Self.fonts.unprintable("محمد") == ["م", "ح", "د"])
        for name in Self.names { #expect(Self.fonts.unprintable(name).isEmpty, "\(name)") }
    }

    @Test("an unprintable letter still copies as itself, never as a question mark",
          .enabled(if: popplerInstalled, "poppler-utils is not installed"))
    func unprintableCopies() throws {
        let text = try Self.poppler("李 Wei", "pdftotext", ["-"])
        #expect(text.contains("李 Wei") && !text.contains("?"), "pdftotext gave: \(text)")
    }

    @Test("the subset keeps glyph ids, keeps only the used outlines and the glyphs composites use")
    func subset() throws {
        let font = Self.fonts.bold
        let used: [UInt16] = ["A", "ễ", "Ж"].compactMap { font.glyph(Unicode.Scalar($0)!) }
        #expect(used.count == 3)
        let subset = try TrueTypeFont(Data(TrueTypeSubset.make(font, glyphs: Set(used))))
        #expect(subset.glyphCount == Int((used + used.flatMap(font.components)).max()!) + 1)
        for glyph in used {
            #expect(Array(subset.outline(glyph).prefix(font.outline(glyph).count)) == Array(font.outline(glyph)))
            #expect(subset.advances[Int(glyph)] == font.advances[Int(glyph)])
            for component in font.components(glyph) { #expect(!subset.outline(component).isEmpty) }
        }
        let unused = try #require(font.glyph("B"))
        #expect(subset.outline(unused).isEmpty)
        #expect(TrueTypeSubset.checksum(Array(TrueTypeSubset.make(font, glyphs: Set(used)))) == 0xB1B0_AFBA)
    }

    /// The glyph ids are kept, so a subset still carries metrics and offsets
    /// up to its highest glyph: Dutch quotes sit near 2,800, Vietnamese
    /// accents near 6,000. Measured: 58 kB and 66 kB.
    @Test("a certificate stays small: under 72 kB with Cyrillic and Vietnamese names")
    func small() {
        for name in ["Анна Петрова", "Nguyễn Văn An"] {
            #expect(CertificateTests.pdf(CertificateTests.sample(name)).count < 72_000)
        }
    }

    @Test("widths come from the font: DejaVu Sans advances, in thousandths of an em")
    func widths() throws {
        let font = Self.fonts.regular
        #expect(font.unitsPerEm == 2048)
        let a = try #require(font.glyph("A"))
        #expect(font.width(a) == (Int(font.advances[Int(a)]) * 1000 + 1024) / 2048)
        #expect(font.width(of: "AA", size: 10) == Double(2 * font.width(a)) / 100)
    }

    @Test("names up to 200 characters fit the page", arguments: [
        String(repeating: "Анна-Мария Петрова-Иванова ", count: 8).trimmingCharacters(in: .whitespaces),
        String(repeating: "W", count: 200),
    ])
    func longNames(name: String) throws {
        let layout = CertificateLayout(CertificateTests.sample(name), fonts: Self.fonts)
        CertificateTests.checkLayout(layout)
        let lines = layout.texts.filter { $0.size == layout.nameSize && $0.face == .bold && $0.color == .black }
        #expect(lines.map(\.string).joined().filter { !$0.isWhitespace } == name.filter { !$0.isWhitespace }, "nothing is cut")
    }
}
