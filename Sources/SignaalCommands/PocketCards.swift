import Foundation
import SignaalCore

/// Finds the pocket card for a role and writes it as PDF or text: for
/// `signaal card` and the interface's "Print a card".
public struct PocketCards: Sendable {
    public let content: ContentBundle

    public init(content: ContentBundle) { self.content = content }

    public enum Failure: Error, Equatable, Sendable {
        /// The cards folder has problems; `signaal validate` lists them.
        case invalidCards(Int)
        case noCard(role: String, checklist: String?)
        case language(String, offered: [String])
        case noFonts
        case write(FileWriteFailure)
    }

    /// The cards in the content folder (none when it has no `cards/`).
    public func cards() throws(Failure) -> [PocketCard] {
        guard let folder = content.folder else { return [] }
        let result = PocketCardReader.load(from: folder, content: content)
        guard result.problems.isEmpty else { throw .invalidCards(result.problems.count) }
        return result.cards
    }

    /// The card for `role` and `checklist`; without a checklist the role's
    /// first card in its menu, so the command and the app's list agree.
    public func card(role: String, checklist: String?) throws(Failure) -> PocketCard {
        let forRole = try cards().filter { $0.roles.contains(role) }
        let found: PocketCard?
        if let checklist {
            found = forRole.first { $0.checklist == checklist }
        } else {
            let menuFirst = content.role(role)?.activities.first { $0.kind == .card && !$0.coming }?.ref
            found = forRole.first { $0.id == menuFirst } ?? forRole.first
        }
        guard let found else { throw .noCard(role: role, checklist: checklist) }
        return found
    }

    /// Writes the card in each format to `out` (its extension replaced per
    /// format when there are several) or to `folder` under a name made from
    /// the card and language. Returns the paths written.
    public func write(_ card: PocketCard, role: String, language: String, formats: [String], out: String?, folder: URL,
                      date: Date = Date()) throws(Failure) -> [String] {
        guard card.languages.contains(language) else { throw .language(language, offered: card.languages) }
        let version = content.folder.flatMap(ContentVersion.read) ?? "?"
        let sheet = PocketCardSheet(card: card, role: role, content: content, language: language, contentVersion: version, date: date)
        // Ids are checked by the reader ([a-z0-9-]) and languages are the card's, so the name is safe.
        return try OutputFile.write(formats: formats, out: out, folder: folder, stem: "signaal-card-\(card.id)-\(language)",
                                    failed: Failure.write) { format throws(Failure) in
            guard format == "pdf" else { return Data(sheet.plainText.utf8) }
            guard let fonts = try? CertificateFonts.load(from: CertificateFonts.folders(content: content)) else { throw .noFonts }
            return PocketCardPDF.render(sheet, fonts: fonts, created: date)
        }
    }

    /// The failure in the user's language.
    public func message(_ failure: Failure, _ language: Language) -> String {
        let s = { (key: String, arguments: [String: String]) in content.strings(key, language, arguments) }
        switch failure {
        case .invalidCards(let count): return s("card.invalid", ["count": "\(count)"])
        case let .noCard(role, checklist):
            let none = s("card.none", ["role": role, "checklist": checklist ?? "-"])
            let offered = ((try? cards()) ?? []).filter { $0.roles.contains(role) }.map(\.checklist)
            return offered.isEmpty ? none : none + " " + s("card.offered", ["checklists": offered.joined(separator: ", ")])
        case let .language(code, offered): return s("card.language", ["language": code, "offered": offered.joined(separator: ", ")])
        case .noFonts: return s("card.noFonts", [:])
        case let .write(failure): return CertificateWording(content: content, language: language).fileWriteFailure(failure)
        }
    }
}

/// `signaal card --role ROLE [--checklist ID] [--lang CODE] [--format pdf|txt] [--out FILE]`.
struct CardCommand {
    let content: ContentBundle
    let language: Language
    let console: Console

    static let valued: Set<String> = ["role", "checklist", "format", "out"]

    /// The card is written in `language` (pl, ro, es too, where the card has them).
    func run(_ arguments: Arguments) -> ExitCode {
        let cards = PocketCards(content: content)
        guard let role = arguments.value("role"), content.role(role) != nil else {
            console.err(content.strings("card.needRole", language, ["roles": content.roles.map(\.id).joined(separator: ", ")]) + "\n")
            return .usage
        }
        let format = arguments.value("format") ?? "pdf"
        guard ["pdf", "txt"].contains(format) else {
            console.err(content.strings("card.format", language, ["format": format]) + "\n")
            return .usage
        }
        do {
            let card = try cards.card(role: role, checklist: arguments.value("checklist"))
            let paths = try cards.write(card, role: role, language: language.code, formats: [format],
                                        out: arguments.value("out"),
                                        folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            console.out(content.strings("card.written", language, ["paths": paths.joined(separator: ", ")]) + "\n")
            return .ok
        } catch {
            console.err(cards.message(error, language) + "\n")
            switch error {
            case .noCard, .language: return .usage
            default: return .failure
            }
        }
    }
}
