import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// Every card in Content/cards, checked the same way against what it
/// shortens: the roles' menus, the referral its checklist gives, the
/// directory's numbers and the text form. A new card file is checked by
/// these tests without a line of its own.
@Suite("Pocket cards against their content")
struct PocketCardContentTests {
    static func shipped() throws -> (content: ContentBundle, cards: [PocketCard]) {
        let content = try PocketCardTests.shipped()
        let cards = try PocketCards(content: content).cards()
        #expect(cards.count >= 4, "the shipped cards did not load")
        return (content, cards)
    }

    /// The steps the referral gives on the card's checklist to one of the
    /// card's roles, as `signaal assess` plans them: the card's signals
    /// checked, every context question answered yes, minor or adult, acute or not.
    static func referral(_ card: PocketCard, _ content: ContentBundle) throws -> [ReferralStep] {
        let checklist = try #require(content.checklist(card.checklist))
        let scorer = RiskScorer(model: content.scoring, checklist: checklist)
        let planner = ReferralPlanner(steps: content.steps, model: content.scoring)
        var steps: [ReferralStep] = []
        for role in card.roles {
            for age in [AgeGroup.minor, .adult] {
                for acute in [false, true] {
                    let input = AssessmentInput(checked: Set(card.signals.map(\.ref)), age: age, acute: acute,
                                                answers: Set(checklist.questions.map(\.id)))
                    let situation = ReferralPlanner.Situation(result: scorer.assess(input), form: checklist.form, role: role)
                    steps += planner.plan(for: situation).filter { step in !steps.contains { $0.id == step.id } }
                }
            }
        }
        return steps
    }

    @Test("each role's menu prints every card made for the role, once, each labelled with what it is about")
    func menus() throws {
        let (content, cards) = try Self.shipped()
        for role in content.roles {
            let printed = role.activities.filter { $0.kind == .card }
            #expect(printed.compactMap(\.ref).sorted() == cards.filter { $0.roles.contains(role.id) }.map(\.id).sorted(), "\(role.id)")
            for language in [Language.dutch, .english] {
                let labels = printed.map { $0.label(language) }
                #expect(Set(labels).count == labels.count, "\(role.id): two cards share a label in \(language.code)")
                // "Print a pocket card: labour exploitation": the words after the colon say which card.
                for label in labels { #expect(label.split(separator: ":").count == 2, "\(role.id): \(label)") }
            }
        }
    }

    @Test("every line shortens a sign of the card's checklist or a step its referral gives to one of the card's roles")
    func linesComeFromTheReferral() throws {
        let (content, cards) = try Self.shipped()
        for card in cards {
            let checklist = try #require(content.checklist(card.checklist))
            for line in card.signals {
                let signal = try #require(checklist.signal(line.ref), "\(card.id): \(line.ref)")
                #expect(signal.kind != .vulnerability, "\(card.id): \(line.ref) is context, not a sign")
            }
            let given = Set(try Self.referral(card, content).map(\.id))
            for line in card.dos + card.donts {
                #expect(given.contains(line.ref), "\(card.id): the step \(line.ref) is not on \(card.checklist)'s path for \(card.roles)")
            }
        }
    }

    @Test("a card's numbers are those of its steps, from the directory, and a number in a line is one of them")
    func numbersMatchTheDirectory() throws {
        let (content, cards) = try Self.shipped()
        for card in cards {
            let onPath = Set(try Self.referral(card, content).flatMap(\.contacts))
            for id in card.contacts {
                #expect(onPath.contains(id), "\(card.id): \(id) is not given on \(card.checklist)'s path")
            }
            for line in card.dos + card.donts {
                let step = try #require(content.steps.first { $0.id == line.ref })
                for id in step.contacts { #expect(card.contacts.contains(id), "\(card.id): \(line.ref) names \(id), the card does not") }
            }
            let phones = card.contacts.compactMap { content.contact($0)?.phone }.filter { !$0.isEmpty }
            for line in card.signals + card.dos + card.donts {
                for language in card.languages {
                    let text = line.short(Language(language))
                    // Three digits or more is a phone number ("the last 7 days" is not).
                    let numbers = text.matches(of: /\d[\d -]*\d/).map { String($0.output) }.filter { $0.filter(\.isNumber).count >= 3 }
                    for number in numbers {
                        #expect(phones.contains(number), "\(card.id)/\(language): \"\(number)\" in \"\(text)\" is none of the card's numbers")
                    }
                }
            }
        }
    }

    @Test("the text form of every card, in every language, has each line and each number, 112 first")
    func textForm() throws {
        let (content, cards) = try Self.shipped()
        for card in cards {
            for language in card.languages {
                let sheet = PocketCardSheet(card: card, role: card.roles[0], content: content, language: language,
                                            contentVersion: "2026.11.27", date: Date())
                let lines = sheet.plainText.components(separatedBy: "\n")
                #expect(lines.first == card.title(Language(language)))
                for line in card.signals + card.dos + card.donts {
                    #expect(lines.contains("- " + SafeText.escaped(line.short(Language(language)))), "\(card.id)/\(language): \(line.ref)")
                }
                let numbers = lines.filter { $0.hasPrefix("  ") }
                #expect(numbers.count == card.contacts.count, "\(card.id)/\(language)")
                #expect(numbers.first?.hasPrefix("  112  ") == true, "\(card.id)/\(language)")
            }
        }
    }
}
