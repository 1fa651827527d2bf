import Foundation

/// A pocket card in one language, every line resolved and made safe to
/// print: what the text and PDF renderers draw. Everything but the role's
/// and contacts' names comes from the card file, in the card's language;
/// those names exist in nl and en, so a Polish card shows them in English.
public struct PocketCardSheet: Equatable, Sendable {
    public struct Number: Equatable, Sendable {
        public let name: String
        /// Phone number, or the web address when there is no number.
        public let reach: String
        public let hours: String?
    }

    public let language: String
    public let title: String
    public let roleLabel: String
    public let signalsHeading: String
    public let signals: [String]
    public let doHeading: String
    public let dos: [String]
    public let dontHeading: String
    public let donts: [String]
    public let numbersHeading: String
    public let numbers: [Number]
    /// "Signaal supports your judgement …", then the review notice if any.
    public let footer: [String]
    /// "27-11-2026 · content 2026.11.27".
    public let stamp: String

    public init(card: PocketCard, role: String, content: ContentBundle, language code: String, contentVersion: String, date: Date) {
        let text = Language(code)
        // Interface words exist in nl and en; a further card language reads English ones.
        let chrome = Language.interfaceLanguage(code) ?? .english
        let words = { (localized: LocalizedText) in SafeText.escaped(localized(text)) }
        language = code
        title = SafeText.escaped(card.title(text))
        roleLabel = SafeText.escaped(content.role(role)?.label(chrome) ?? role)
        signalsHeading = words(card.headings.signals)
        signals = card.signals.map { SafeText.escaped($0.short(text)) }
        doHeading = words(card.headings.dos)
        dos = card.dos.map { SafeText.escaped($0.short(text)) }
        dontHeading = words(card.headings.donts)
        donts = card.donts.map { SafeText.escaped($0.short(text)) }
        numbersHeading = words(card.headings.numbers)
        numbers = card.contacts.compactMap(content.contact).map { contact in
            Number(name: SafeText.escaped(contact.name(chrome)),
                   reach: SafeText.escaped(contact.phone.isEmpty ? contact.url.replacingOccurrences(of: "https://", with: "") : contact.phone),
                   hours: contact.hours.map { SafeText.escaped($0(chrome)) })
        }
        var footer = [words(card.headings.judgement)]
        if card.toReview.contains(code) { footer.append(words(card.headings.toReview)) }
        self.footer = footer
        stamp = words(card.headings.stamp)
            .replacingOccurrences(of: "{date}", with: DateText.numericDay(date, in: .current))
            .replacingOccurrences(of: "{version}", with: SafeText.escaped(contentVersion))
    }

    /// The card as plain text: for a screen reader, an e-mail, or a printer
    /// without PDF. Lines are not wrapped; a reader's window does that.
    public var plainText: String {
        var lines = [title, roleLabel, ""]
        func section(_ heading: String, _ items: [String]) {
            lines.append(heading)
            lines += items.map { "- " + $0 }
            lines.append("")
        }
        section(signalsHeading, signals)
        section(doHeading, dos)
        section(dontHeading, donts)
        lines.append(numbersHeading)
        lines += numbers.map { number in
            "  \(number.reach)  \(number.name)" + (number.hours.map { " (\($0))" } ?? "")
        }
        lines.append("")
        lines += footer
        lines.append(stamp)
        return lines.joined(separator: "\n") + "\n"
    }
}
