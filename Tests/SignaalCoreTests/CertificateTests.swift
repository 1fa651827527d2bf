import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// Certificates: the hand-written PDF, its fonts and layout, the plain-text
/// version and the verification codes.
@Suite("Certificate")
struct CertificateTests {
    static let created = Date(timeIntervalSince1970: 1_741_944_600)  // 2025-03-14 09:30 UTC

    static func sample(_ name: String = "Lotte de Vries-Ünal", details: [(label: String, value: String)]? = nil) -> CertificateText {
        CertificateText(
            heading: "Certificaat", subheading: "van deelname", presentedTo: "uitgereikt aan",
            recipient: name,
            statement: "heeft de training Signalen herkennen in hotels en vakantieparken met een score van 85% afgerond.",
            details: details ?? [
                (label: "Module", value: "Signalen herkennen in hotels en vakantieparken"),
                (label: "Doelgroep", value: "Medewerkers hotel en vakantiepark"),
                (label: "Datum", value: "14 maart 2025"),
                (label: "Score", value: "85%"),
            ],
            codeLabel: "Verificatiecode", code: "ABCD234EFG",
            verifyHint: "Controleer met: signaal verify ABCD234EFG",
            disclaimer: "Dit is een trainingscertificaat, geen officiële kwalificatie.",
            issuer: "Signaal · signalen van mensenhandel herkennen")
    }

    /// The fonts shipped in `Content/fonts`.
    static let fonts: CertificateFonts = {
        do {
            return try CertificateFonts.load(from: [ShippedContent.root.appendingPathComponent("fonts")])
        } catch {
            fatalError("the shipped fonts cannot be read: \(error)")
        }
    }()

    static func pdf(_ text: CertificateText) -> Data {
        CertificatePDF.render(text, fonts: fonts, created: created)
    }

    /// The file as Latin-1 text: one character per byte, so offsets agree.
    static func latin1(_ data: Data) -> String {
        String(decoding: data.map { UInt16($0) }, as: UTF16.self)
    }

    // MARK: - File structure

    @Test("starts with the PDF 1.4 header and a binary comment, ends with %%EOF")
    func headerAndEnd() {
        let data = Self.pdf(Self.sample())
        #expect(data.starts(with: Array("%PDF-1.4\n%".utf8)))
        #expect(data.dropFirst(10).prefix(4).allSatisfy { $0 >= 128 })
        let text = Self.latin1(data)
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/MediaBox [0 0 842 595]"))
        #expect(text.contains("/Producer (Signaal)"))
        #expect(text.contains("/CreationDate (D:20250314093000Z)"))
    }

    @Test("the xref table's offsets point at each 'N 0 obj'; the trailer names /Root and /Info")
    func crossReference() throws {
        let data = Self.pdf(Self.sample("Łukasz Wójcik"))
        let text = Self.latin1(data)
        let bytes = [UInt8](data)

        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let afterStart = text[startxref.upperBound...].prefix { $0.isNumber }
        let xrefOffset = try #require(Int(afterStart))
        #expect(Array(bytes[xrefOffset..<xrefOffset + 5]) == Array("xref\n".utf8))

        var lines = Self.latin1(Data(bytes[xrefOffset...])).components(separatedBy: "\n")
        #expect(lines.removeFirst() == "xref")
        let header = lines.removeFirst().split(separator: " ").compactMap { Int($0) }
        #expect(header.first == 0)
        let count = try #require(header.last)
        #expect(count > 10)
        #expect(lines[0] == "0000000000 65535 f ")
        for number in 1..<count {
            let entry = lines[number]
            #expect(entry.utf8.count == 19, "entries are 20 bytes with the line feed")
            #expect(entry.hasSuffix(" 00000 n "))
            let offset = try #require(Int(entry.prefix(10)))
            let expected = Array("\(number) 0 obj\n".utf8)
            #expect(Array(bytes[offset..<offset + expected.count]) == expected, "object \(number)")
        }
        let trailer = lines[count...].joined(separator: "\n")
        #expect(trailer.hasPrefix("trailer\n<< /Size \(count) /Root 1 0 R /Info "))
        #expect(trailer.contains("startxref\n\(xrefOffset)\n%%EOF"))
    }

    @Test("every stream's /Length is its byte count")
    func streamLengths() throws {
        let text = Self.latin1(Self.pdf(Self.sample()))
        var searchFrom = text.startIndex
        var streams = 0
        while let length = text.range(of: "<< /Length ", range: searchFrom..<text.endIndex) {
            let number = try #require(Int(text[length.upperBound...].prefix { $0.isNumber }))
            let start = try #require(text.range(of: ">>\nstream\n", range: length.upperBound..<text.endIndex))
            let end = try #require(text.range(of: "\nendstream", range: start.upperBound..<text.endIndex))
            #expect(text.utf16.distance(from: start.upperBound, to: end.lowerBound) == number)
            searchFrom = end.upperBound
            streams += 1
        }
        #expect(streams == 7, "the page content, and per font its file, CID-to-glyph map and ToUnicode map")
    }

    @Test("the same text and date give the same bytes")
    func reproducible() {
        #expect(Self.pdf(Self.sample()) == Self.pdf(Self.sample()))
    }

    // MARK: - Strings and fonts

    @Test("literal strings escape ( ) and \\ and write other bytes in octal")
    func literalEscaping() {
        #expect(PDFSyntax.literal(Array("a(b)c\\d".utf8)) == "(a\\(b\\)c\\\\d)")
        #expect(PDFSyntax.literal([0xE9, 0x0A, 0x80, 0x41]) == "(\\351\\012\\200A)")
        #expect(PDFSyntax.literal([]) == "()")
    }

    @Test("text in the page is only hex codes, so ( ) and \\ in a name cannot break the stream")
    func nameInHex() throws {
        let text = Self.latin1(Self.pdf(Self.sample("Jan (Johnny) de\\Wit")))
        let start = try #require(text.range(of: "stream\n"))
        let end = try #require(text.range(of: "\nendstream"))
        let page = text[start.upperBound..<end.lowerBound]
        #expect(!page.contains("(") && !page.contains(")") && !page.contains("\\"))
        #expect(page.contains("> Tj ET"))
    }

    @Test("the Info title is ASCII as a literal, otherwise UTF-16BE with a byte order mark")
    func titleEncoding() {
        #expect(PDFSyntax.textString("Certificate (Jan)") == "(Certificate \\(Jan\\))")
        #expect(PDFSyntax.textString("Łu é") == "<FEFF01410075002000E9>")
        #expect(PDFSyntax.textString("😀") == "<FEFFD83DDE00>")
        #expect(CertificatePDF.title(Self.sample("Zoë")) == "Certificaat van deelname – Zoë")
    }

    @Test("numbers and dates in PDF syntax")
    func numbersAndDates() {
        #expect(PDFSyntax.number(842) == "842")
        #expect(PDFSyntax.number(12.5) == "12.5")
        #expect(PDFSyntax.number(0.1234) == "0.123")
        #expect(PDFSyntax.number(-3.05) == "-3.05")
        #expect(PDFSyntax.number(-0.0001) == "0")
        #expect(PDFSyntax.date(Self.created) == "D:20250314093000Z")
    }

    @Test("wrapping keeps every line within the width and loses no words")
    func wrapping() {
        let text = "heeft de training Signalen van mensenhandel herkennen in hotels en vakantieparken met een score van 85% afgerond."
        for maxWidth in [120.0, 300, 560] {
            for lines in [PDFTextWrap.lines(text, font: Self.fonts.regular, size: 13, maxWidth: maxWidth),
                          PDFTextWrap.balancedLines(text, font: Self.fonts.regular, size: 13, maxWidth: maxWidth)] {
                #expect(lines.allSatisfy { Self.fonts.regular.width(of: $0, size: 13) <= maxWidth })
                #expect(lines.joined(separator: " ") == text)
            }
        }
        let balanced = PDFTextWrap.balancedLines(text, font: Self.fonts.regular, size: 13, maxWidth: 560)
        let widths = balanced.map { Self.fonts.regular.width(of: $0, size: 13) }
        #expect(balanced.count == 2 && widths.min()! > widths.max()! * 0.8)
        #expect(PDFTextWrap.lines(String(repeating: "W", count: 40), font: Self.fonts.bold, size: 20, maxWidth: 100).count > 1)
    }

    // MARK: - Layout

    /// Boxes from descender to ascender must not overlap, and all must lie
    /// inside the text area of the page.
    static func checkLayout(_ layout: CertificateLayout, sourceLocation: SourceLocation = #_sourceLocation) {
        let minX = CertificateLayout.textMargin - 0.01, maxX = CertificateLayout.pageWidth - CertificateLayout.textMargin + 0.01
        let inner = layout.frames[1]
        for item in layout.texts {
            #expect(item.x >= minX && item.x + item.width <= maxX, "\(item.string) is outside the page", sourceLocation: sourceLocation)
            #expect(item.baseline - 0.25 * item.size > inner.y + 10, "\(item.string) is below the frame", sourceLocation: sourceLocation)
            #expect(item.baseline + 0.8 * item.size < inner.y + inner.height - 10, "\(item.string) is above the frame", sourceLocation: sourceLocation)
        }
        for (i, a) in layout.texts.enumerated() {
            for b in layout.texts[(i + 1)...] {
                let apart = a.x + a.width <= b.x || b.x + b.width <= a.x
                    || a.baseline + 0.72 * a.size <= b.baseline - 0.21 * b.size
                    || b.baseline + 0.72 * b.size <= a.baseline - 0.21 * a.size
                #expect(apart, "'\(a.string)' overlaps '\(b.string)'", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("a usual name is set large, on one line, centred")
    func usualName() throws {
        let layout = CertificateLayout(Self.sample(), fonts: Self.fonts)
        #expect(layout.nameSize == CertificateLayout.nameLargest)
        let name = try #require(layout.texts.first { $0.string == "Lotte de Vries-Ünal" })
        #expect(abs(name.x + name.width / 2 - CertificateLayout.pageWidth / 2) < 0.01)
        Self.checkLayout(layout)
    }

    @Test("a very long name shrinks, and stays inside the page",
          arguments: [
            "Maximiliaan Johannes Cornelis van Oldenbarnevelt",
            "Maximiliaan Johannes Cornelis van Oldenbarnevelt-Ramdjanamsingh de la Fuente",
            String(repeating: "Wójcik-Łukaszewicz ", count: 4) + "Ștefănescu",
            String(repeating: "W", count: 80),
            String(repeating: "Ohungarumlaut Ő ", count: 40),
          ])
    func longName(name: String) throws {
        let layout = CertificateLayout(Self.sample(name), fonts: Self.fonts)
        #expect(layout.nameSize < CertificateLayout.nameLargest)
        #expect(layout.nameSize >= CertificateLayout.nameSmallest * 0.6)
        let nameLines = layout.texts.filter { $0.face == .bold && $0.size == layout.nameSize && $0.color == .black }
        #expect((1...CertificateLayout.nameMaxLines).contains(nameLines.count))
        #expect(nameLines.allSatisfy { $0.width <= CertificateLayout.nameMaxWidth + 0.01 })
        Self.checkLayout(layout)
    }

    @Test("an organisation certificate with many details still fits without overlaps")
    func manyDetails() {
        var text = Self.sample("Hotel De Zeemeeuw B.V.", details: [
            (label: "Module", value: "Signalen herkennen in hotels en vakantieparken"),
            (label: "Doelgroep", value: "Medewerkers hotel en vakantiepark"),
            (label: "Organisatie", value: "Hotel De Zeemeeuw B.V., Boulevard Barnaart 12, 2041 JA Zandvoort, Nederland, en de vestigingen in Haarlem en Bloemendaal"),
            (label: "Medewerkers getraind", value: "18 van 20 (90%)"),
            (label: "Drempel", value: "80%"),
            (label: "Periode", value: "januari – maart 2025"),
            (label: "Datum", value: "14 maart 2025"),
            (label: "Score", value: "85%"),
        ])
        text.subheading = "Organisatiecertificaat"
        text.statement += " " + text.statement
        Self.checkLayout(CertificateLayout(text, fonts: Self.fonts))
    }

    // MARK: - Plain text

    static func plainContent(_ plain: String) -> String {
        plain.split(separator: "\n").map { line in
            var line = Substring(line)
            if line.hasPrefix("|") { line = line.dropFirst() }
            if line.hasSuffix("|") { line = line.dropLast() }
            return line.trimmingCharacters(in: .whitespaces)
        }
        .filter { !$0.isEmpty }
        .joined(separator: " ")
        .split(separator: " ").joined(separator: " ")
    }

    @Test("plain text holds every field and no line is wider than asked", arguments: [72, 40, 100, 32, 24, 10])
    func plainText(width: Int) {
        let text = Self.sample("Łukasz Wójcik")
        let plain = CertificatePlainText.render(text, width: width)
        let lines = plain.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let width = max(width, CertificatePlainText.minimumWidth)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) == width })
        #expect(lines.first == Substring(String(repeating: "=", count: width)))
        #expect(lines.last == Substring(String(repeating: "=", count: width)))
        // In a very narrow box a word longer than the line is cut.
        guard width >= 32 else { return }
        let content = Self.plainContent(plain)
        for field in [text.heading, text.subheading, text.presentedTo, text.recipient, text.statement,
                      text.codeLabel, text.code, text.verifyHint, text.disclaimer, text.issuer] {
            #expect(content.contains(field), "\(field)")
        }
        for detail in text.details {
            #expect(content.contains(detail.label) && content.contains(detail.value), "\(detail.label)")
        }
    }

    @Test("plain text adds only = - | and spaces, and measures wide names in cells")
    func plainTextCharacters() {
        let text = Self.sample("山田 太郎")
        let plain = CertificatePlainText.render(text, width: 60)
        #expect(plain.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) == 60 })
        let own = Set(([text.heading, text.subheading, text.presentedTo, text.recipient, text.statement,
                        text.codeLabel, text.code, text.verifyHint, text.disclaimer, text.issuer]
                       + text.details.flatMap { [$0.label, $0.value] }).joined())
        #expect(plain.allSatisfy { own.contains($0) || "=-| \n".contains($0) })
    }
}
