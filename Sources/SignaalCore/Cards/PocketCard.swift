import Foundation

/// A pocket card for one role (like the KHN safety card for hotel staff):
/// what to look for, what to do and not to do, and the numbers. Every line
/// points at the content it shortens (a signal, a referral step, a contact),
/// so a card never says what the checklist and the referral do not.
public struct PocketCard: Equatable, Sendable {
    /// One line on the card: the short form of a signal or a step, by id.
    public struct Line: Equatable, Sendable {
        public let ref: String
        public let short: LocalizedText
    }

    public let id: String
    /// The roles it is printed for (staff and their managers share one).
    public let roles: [String]
    public let checklist: String
    /// The languages the card is written in (nl and en at least).
    public let languages: [String]
    /// Languages whose text still waits for a native speaker's review.
    public let toReview: [String]
    public let title: LocalizedText
    /// The card's own headings and small print, in every card language.
    public let headings: Headings
    /// 8–12 signals, in the order printed.
    public let signals: [Line]
    public let dos: [Line]
    public let donts: [Line]
    /// Directory ids; the first is always 112.
    public let contacts: [String]
    public let sources: [String]

    public struct Headings: Equatable, Sendable {
        public let signals: LocalizedText
        public let dos: LocalizedText
        public let donts: LocalizedText
        public let numbers: LocalizedText
        /// One sign proves nothing …; the card supports judgement.
        public let judgement: LocalizedText
        /// Shown in a language listed in `toReview`.
        public let toReview: LocalizedText
        /// "{date} · content {version}".
        public let stamp: LocalizedText
    }

    public static let signalRange = 8...12
    public static let emergencyContact = "emergency-112"
}

/// What reading `Content/cards/` gave.
public struct PocketCardLoadResult: Sendable {
    public let cards: [PocketCard]
    public let problems: [ContentProblem]
}
