import Foundation

/// The checklist as the binary itself lists it
/// (`signaal assess --checklist ID --list --format json`), so the tests
/// follow the content instead of hard-coding counts and positions.
struct ChecklistCatalogue: Decodable {
    struct Group: Decodable { let id: String; let title: String }
    struct Signal: Decodable { let id: String; let group: String; let strength: String; let text: String }
    struct Question: Decodable { let id: String; let text: String }

    static let checklistID = "criminal-exploitation"

    let id: String
    let title: String
    let groups: [Group]
    /// In list order: the order the TUI cursor moves through.
    let signals: [Signal]
    let context: [Question]

    static func load(_ binary: URL, language: String = "nl", checklist: String = checklistID) throws -> ChecklistCatalogue {
        let result = try ProcessRunner.run(binary, ["assess", "--checklist", checklist, "--list", "--format", "json", "--lang", language])
        guard result.status == 0, !result.signalled else {
            throw E2EError("signaal assess --list failed\n\(result.transcript)")
        }
        do {
            return try JSONDecoder().decode(ChecklistCatalogue.self, from: Data(result.stdout.utf8))
        } catch {
            throw E2EError("signaal assess --list printed JSON the tests cannot read: \(error)\n\(result.stdout)")
        }
    }

    /// List positions of the first `strong` strong signals and the first
    /// `other` signals that are not strong, in ascending order.
    func positions(strong: Int, other: Int) throws -> [Int] {
        let strongOnes = signals.indices.filter { signals[$0].strength == "strong" }.prefix(strong)
        let otherOnes = signals.indices.filter { signals[$0].strength != "strong" }.prefix(other)
        guard strongOnes.count == strong, otherOnes.count == other else {
            throw E2EError("the checklist has too few signals for \(strong) strong and \(other) other")
        }
        return (strongOnes + otherOnes).sorted()
    }

    /// The signals as `--plain` numbers them (from 1): group by group.
    var plainNumbering: [Signal] {
        groups.flatMap { group in signals.filter { $0.group == group.id } }
    }

    func question(_ id: String) throws -> String {
        guard let question = context.first(where: { $0.id == id }) else {
            throw E2EError("the checklist has no context question \"\(id)\"")
        }
        return question.text
    }
}
