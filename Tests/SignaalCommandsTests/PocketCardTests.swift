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

    @Test("every card's PDF, for each of its roles, reads back with 112 first, every number twice and its first signals",
          .enabled(if: CertificatePrintTests.popplerInstalled, "poppler-utils is not installed"))
    func cardReadsBack() throws {
        let content = try Self.shipped()
        for card in try PocketCards(content: content).cards() {
            for role in card.roles {
                let (run, text) = try Self.write(["--role", role, "--checklist", card.checklist, "--lang", "en"])
                #expect(run.code == .ok, "\(card.id)/\(role): \(run.err)")
                let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains(card.title(.english)), "\(card.id)/\(role): another card was written")
                // Two copies of the card on the page, each with every number.
                for id in card.contacts {
                    let contact = try #require(content.contact(id))
                    let reach = contact.phone.isEmpty ? contact.url.replacingOccurrences(of: "https://", with: "") : contact.phone
                    #expect(words.components(separatedBy: reach).count - 1 >= 2, "\(card.id): \(reach) is not on both cards")
                }
                let first = try #require(words.range(of: "112"))
                for id in card.contacts.dropFirst() {
                    let phone = try #require(content.contact(id)).phone
                    if !phone.isEmpty, let other = words.range(of: phone) { #expect(first.lowerBound < other.lowerBound, "\(card.id): \(phone)") }
                }
                for line in card.signals.prefix(3) {
                    #expect(words.contains(line.short(.english).split(separator: " ").prefix(4).joined(separator: " ")), "\(card.id)")
                }
            }
        }
    }

    @Test("without --checklist a role gets the first card of its menu; with one, that card; a wrong one names the role's cards")
    func choosingACard() throws {
        let content = try Self.shipped()
        let cards = PocketCards(content: content)
        for role in content.roles {
            let menuFirst = try #require(role.activities.first { $0.kind == .card }?.ref, "\(role.id) has no card in its menu")
            #expect(try cards.card(role: role.id, checklist: nil).id == menuFirst, "\(role.id)")
        }
        #expect(try cards.card(role: "youth-worker", checklist: "labour-exploitation").id == "labour")
        #expect(try cards.card(role: "teacher", checklist: "sexual-exploitation-youth").id == "youth-sexual")
        let (run, _) = try Self.write(["--role", "teacher", "--checklist", "labour-exploitation", "--lang", "en", "--format", "txt"])
        #expect(run.code == .usage)
        #expect(run.err.contains("by --checklist: criminal-exploitation, sexual-exploitation-youth"), "\(run.err)")
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

    @Test("every card fits its A5 half at the full text size, in every language and for every role: nothing shrunk, left out or overlapping",
          .enabled(if: (try? CertificateFonts.load(from: [root.appendingPathComponent("fonts"), CertificateFonts.systemFolder])) != nil))
    func layoutFits() throws {
        let content = try Self.shipped()
        let fonts = try CertificateFonts.load(from: CertificateFonts.folders(content: content))
        for card in try PocketCards(content: content).cards() {
            for language in card.languages {
                for role in card.roles {
                    let sheet = PocketCardSheet(card: card, role: role, content: content, language: language,
                                                contentVersion: "2026.11.27", date: Date())
                    let layout = PocketCardLayout(sheet, fonts: fonts, width: 595, top: 842, height: 421)
                    let name = "\(card.id)/\(language)/\(role)"
                    #expect(layout.fits, "\(name) does not fit")
                    // Cut lines rather than shrink: the body text keeps the largest size, the small print its 7 points.
                    #expect(layout.bodySize == PocketCardLayout.sizes[0], "\(name) is set at \(layout.bodySize) pt")
                    Self.expectInside(layout, fonts: fonts, name)
                }
            }
        }
    }

    /// Every text is on the card, at 7 points or more, and overlaps no other.
    static func expectInside(_ layout: PocketCardLayout, fonts: CertificateFonts, _ name: String) {
        let boxes = layout.texts.map { text in
            (text, x0: text.x, x1: text.x + fonts[text.face].width(of: text.string, size: text.size),
             y0: text.baseline - text.size * 0.2, y1: text.baseline + text.size * 0.75)
        }
        for box in boxes {
            #expect(box.x0 >= PocketCardLayout.margin - 0.01, "\(name): \(box.0.string)")
            #expect(box.x1 <= 595 - PocketCardLayout.margin + 0.01, "\(name): \(box.0.string)")
            #expect(box.0.baseline > 421 && box.0.baseline < 842, "\(name): \(box.0.string)")
            #expect(box.0.size >= 7 - 0.01, "\(name): \(box.0.string) at \(box.0.size) pt")
        }
        for (index, a) in boxes.enumerated() {
            for b in boxes.dropFirst(index + 1) where a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
                Issue.record("\(name): \"\(a.0.string)\" overlaps \"\(b.0.string)\"")
            }
        }
    }

    @Test("a card too long for the full size is drawn once, at a smaller size, over nothing of a larger attempt")
    func shrunkCardDrawnOnce() throws {
        let content = try Self.shipped()
        let fonts = try CertificateFonts.load(from: CertificateFonts.folders(content: content))
        let card = try PocketCards(content: content).card(role: "teacher", checklist: "criminal-exploitation")
        let long = PocketCard(id: card.id, roles: card.roles, checklist: card.checklist, languages: card.languages, toReview: [],
                              title: card.title, headings: card.headings, signals: card.signals, dos: card.dos + card.dos,
                              donts: card.donts + card.donts, contacts: card.contacts, sources: card.sources)
        let sheet = PocketCardSheet(card: long, role: "teacher", content: content, language: "en", contentVersion: "2026.11.27", date: Date())
        let layout = PocketCardLayout(sheet, fonts: fonts, width: 595, top: 842, height: 421)
        #expect(layout.bodySize < PocketCardLayout.sizes[0])
        #expect(layout.texts.filter { $0.string == sheet.doHeading }.count == 1)
        #expect(layout.texts.filter { $0.string == sheet.signalsHeading }.count == 1)
    }
}
