import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// Pocket cards: every role gets one, it reads back from the PDF with 112
/// first and the role's contacts, and a broken card is reported by line.
@Suite("Pocket cards")
struct PocketCardTests {
    static let root = URL(fileURLWithPath: Run.content)

    static func shipped() throws -> ContentBundle {
        var bundle = try #require(ContentLoader.load(from: root).bundle)
        bundle.folder = root
        return bundle
    }

    static func write(_ words: [String]) throws -> (run: (code: ExitCode?, out: String, err: String), file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-card-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let format = words.contains("txt") ? "txt" : "pdf"
        let out = folder.appendingPathComponent("card.\(format)").path
        let run = Run.signaal(["card"] + words + ["--out", out])
        let file = format == "pdf" ? try CertificatePrintTests.pdftotext(out) : ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
        return ((run.code, run.out, run.err), file)
    }

    @Test("the shipped cards are valid and every role has one")
    func everyRoleHasACard() throws {
        let content = try Self.shipped()
        let result = PocketCardReader.load(from: Self.root, content: content)
        #expect(result.problems.isEmpty, "\(result.problems)")
        for role in content.roles {
            #expect(result.cards.contains { $0.roles.contains(role.id) }, "no card for \(role.id)")
        }
    }

    @Test("each role's PDF card reads back with 112 first and the role's contacts",
          .enabled(if: CertificatePrintTests.popplerInstalled, "poppler-utils is not installed"),
          arguments: ["teacher", "youth-worker", "hotel-staff", "manager"])
    func cardReadsBack(_ role: String) throws {
        let content = try Self.shipped()
        let card = try PocketCards(content: content).card(role: role, checklist: nil)
        let (run, text) = try Self.write(["--role", role, "--lang", "en"])
        #expect(run.code == .ok, "\(run.err)")
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Two copies of the card on the page, each with every number.
        for id in card.contacts {
            let contact = try #require(content.contact(id))
            let reach = contact.phone.isEmpty ? contact.url.replacingOccurrences(of: "https://", with: "") : contact.phone
            #expect(words.components(separatedBy: reach).count - 1 >= 2, "\(reach) is not on both cards")
        }
        let first = try #require(words.range(of: "112"))
        for id in card.contacts.dropFirst() {
            let phone = try #require(content.contact(id)).phone
            if !phone.isEmpty, let other = words.range(of: phone) { #expect(first.lowerBound < other.lowerBound) }
        }
        for line in card.signals.prefix(3) {
            #expect(words.contains(line.short(.english).split(separator: " ").prefix(4).joined(separator: " ")))
        }
    }

    @Test("a Polish hotel card: Polish text, the review notice, no Dutch")
    func polishHotelCard() throws {
        let (run, text) = try Self.write(["--role", "hotel-staff", "--lang", "pl", "--format", "txt"])
        #expect(run.code == .ok, "\(run.err)")
        #expect(text.contains("Co robić"))
        #expect(text.contains("To tłumaczenie nie zostało jeszcze sprawdzone"))
        #expect(!text.contains("Wat doe je"))
        #expect(text.hasPrefix("Handel ludźmi w hotelu"))
    }

    @Test("the Dutch teacher card as text, exactly")
    func dutchTeacherCardText() throws {
        let content = try Self.shipped()
        let card = try PocketCards(content: content).card(role: "teacher", checklist: "criminal-exploitation")
        let date = try #require(ISO8601DateFormatter().date(from: "2026-11-27T12:00:00Z"))
        let sheet = PocketCardSheet(card: card, role: "teacher", content: content, language: "nl", contentVersion: "2026.11.27", date: date)
        let lines = sheet.plainText.components(separatedBy: "\n")
        #expect(lines.first == "Criminele uitbuiting van jongeren: waar let je op?")
        #expect(lines.contains("Signalen om op te letten"))
        #expect(lines.contains("- Nu acuut gevaar? Bel eerst 112."))
        #expect(lines.contains("  112  Alarmnummer 112"))
        #expect(lines.contains("  0800-2000  Veilig Thuis (dag en nacht, gratis)"))
        #expect(lines.contains("27-11-2026 · inhoud 2026.11.27"))
        #expect(lines.filter { $0.hasPrefix("- ") }.count == card.signals.count + card.dos.count + card.donts.count)
    }

    @Test("a card in a language it does not have, and a role without one, are usage errors")
    func refusals() {
        let polishTeacher = Run.signaal(["card", "--role", "teacher", "--lang", "pl"])
        #expect(polishTeacher.code == .usage)
        #expect(polishTeacher.err.contains("nl, en"))
        let noRole = Run.signaal(["card", "--lang", "en"])
        #expect(noRole.code == .usage)
        #expect(noRole.err.contains("--role"))
    }

    @Test("a broken card: too few signals, an unknown signal, 112 not first, a missing translation")
    func brokenCard() throws {
        let content = try Self.shipped()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-cards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("cards"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var card = try String(contentsOf: Self.root.appendingPathComponent("cards/youth-criminal.json"), encoding: .utf8)
        card = card.replacingOccurrences(of: "\"ce-missing\"", with: "\"ce-nonexistent\"")
            .replacingOccurrences(of: "[\"emergency-112\", \"veilig-thuis\"", with: "[\"veilig-thuis\", \"emergency-112\"")
            .replacingOccurrences(of: ", \"en\": \"Has gone missing or often runs away\"", with: "")
        try card.write(to: folder.appendingPathComponent("cards/youth-criminal.json"), atomically: true, encoding: .utf8)
        let problems = PocketCardReader.load(from: folder, displayRoot: "content", content: content).problems.map(\.description)
        #expect(problems.contains { $0.contains("unknown signal id \"ce-nonexistent\"") && $0.hasPrefix("content/cards/youth-criminal.json:") })
        #expect(problems.contains { $0.contains("the numbers start with 112") })
        #expect(problems.contains { $0.contains("missing the \"en\" text") })
    }

    @Test("no text leaves the card, in every shipped card and language",
          .enabled(if: (try? CertificateFonts.load(from: [root.appendingPathComponent("fonts"), CertificateFonts.systemFolder])) != nil))
    func layoutFits() throws {
        let content = try Self.shipped()
        let fonts = try CertificateFonts.load(from: CertificateFonts.folders(content: content))
        for card in try PocketCards(content: content).cards() {
            for language in card.languages {
                let sheet = PocketCardSheet(card: card, role: card.roles[0], content: content, language: language,
                                            contentVersion: "2026.11.27", date: Date())
                let layout = PocketCardLayout(sheet, fonts: fonts, width: 595, top: 842, height: 421)
                #expect(layout.fits, "\(card.id) in \(language) does not fit")
                for text in layout.texts {
                    #expect(text.x >= PocketCardLayout.margin - 0.01)
                    #expect(text.x + fonts[text.face].width(of: text.string, size: text.size) <= 595 - PocketCardLayout.margin + 0.01,
                            "\(card.id)/\(language): \(text.string)")
                    #expect(text.baseline > 421 && text.baseline < 842)
                }
            }
        }
    }
}
