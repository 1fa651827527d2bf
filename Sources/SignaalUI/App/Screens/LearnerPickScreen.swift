import Foundation
import SignaalCore

/// After the learner form: pick your name from your organisation's roster
/// (type to filter, or "not on the list"), or, when the same name already
/// has progress under another (or no) organisation, pick that record.
public struct LearnerPick: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The active staff names of this organisation.
        case roster(organisationID: String)
        /// Learners with the typed name under another or no organisation.
        case records([Learner])
    }

    public var kind: Kind
    /// The name as typed in the form, and the organisation as resolved.
    public var name: String
    public var organisation: String?
    /// Roster only: what is typed to narrow the list.
    public var filter = ""
    public var cursor = 0
}

/// One line of the pick list and what choosing it does.
enum PickChoice: Equatable {
    case staff(String)
    case notOnList
    case record(Learner)
    case newRecord
}

enum LearnerPickScreen {
    /// The choices shown, in order; the last one is always a way on.
    static func choices(_ pick: LearnerPick, _ state: AppState) -> [PickChoice] {
        switch pick.kind {
        case .roster(let id):
            let names = state.records.organisation(id: id)?.activeStaff.map(\.name) ?? []
            return matching(names, filter: pick.filter).map(PickChoice.staff) + [.notOnList]
        case .records(let learners):
            return learners.map(PickChoice.record) + [.newRecord]
        }
    }

    /// Roster names for a filter: every word of it inside the name, or the
    /// whole name one edit away; compared as `NameKey` compares names.
    static func matching(_ names: [String], filter: String) -> [String] {
        let key = NameKey.of(filter)
        guard !key.isEmpty else { return names }
        let words = key.split(separator: " ")
        return names.filter { name in
            let candidate = NameKey.of(name)
            return words.allSatisfy { candidate.contains($0) } || NameKey.near(key, candidate)
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .learnerPick(var pick) = state.current else { return [] }
        let list = choices(pick, state)
        if key == .enter {
            // Choosing may open the next choice (a record): nothing of this one is kept.
            return list.indices.contains(pick.cursor) ? choose(list[pick.cursor], pick, &state) : []
        }
        // Kept while the pick is on show (Esc leaves it, F1 covers it).
        defer { if state.screen == .learnerPick { state.current = .learnerPick(pick) } }
        switch key {
        case .up: pick.cursor = max(0, pick.cursor - 1)
        case .down: pick.cursor = min(list.count - 1, pick.cursor + 1)
        case .pageUp, .home: pick.cursor = 0
        case .pageDown, .end: pick.cursor = list.count - 1
        case .escape:
            state.current = .learnerForm
        case .function(1):
            state.overlay = .help
        case .backspace:
            if case .roster = pick.kind, !pick.filter.isEmpty {
                pick.filter.removeLast()
                pick.cursor = 0
            }
        case .character(let c):
            guard case .roster = pick.kind, !c.isNewline, pick.filter.count < LearnerName.maximumLength else { break }
            pick.filter.append(c)
            pick.cursor = 0
        default:
            break
        }
        return []
    }

    static func choose(_ choice: PickChoice, _ pick: LearnerPick, _ state: inout AppState) -> [Effect] {
        switch choice {
        case .staff(let rosterName):
            return LearnerIdentity.open(name: LearnerIdentity.displayName(rosterName), organisation: pick.organisation, &state)
        case .notOnList:
            return LearnerIdentity.open(name: pick.name, organisation: pick.organisation, &state)
        case .record(let learner):
            return LearnerIdentity.enter(learner, &state)
        case .newRecord:
            return LearnerIdentity.create(name: pick.name, organisation: pick.organisation, &state)
        }
    }
}

/// The roster names to pick from (with the filter typed so far), or the
/// records that already carry the learner's name.
enum LearnerPickView {
    static func make(_ state: AppState) -> ScreenView {
        guard case .learnerPick(let pick) = state.current else { return .nothing }
        let roster: Bool
        if case .roster = pick.kind { roster = true } else { roster = false }
        let hints: [(key: String, label: String)] = [("↑↓", state.t("key.move")), ("Enter", state.t("key.choose")),
                                                     ("Esc", state.t("key.back")), ("F1", state.t("key.help"))]
        return ScreenView(
            title: roster ? state.t("pick.rosterTitle", ["organisation": pick.organisation ?? ""]) : state.t("pick.recordTitle"),
            hints: hints
        ) { grid, area in
            let intro = roster ? state.t("pick.rosterIntro") : state.t("pick.recordIntro", ["name": pick.name])
            var list = grid.render(Paragraph(text: intro), atTopOf: area)
            if roster {
                var filter = pick.filter
                while DisplayWidth.of(filter) > area.width - 14 { filter.removeFirst() }
                var line = StyledLine(state.t("pick.filter") + " ", .heading)
                line.append(filter + "▏", .selected)
                list = grid.render(line, rows: 1, atTopOf: list, gap: 1)
            }
            let labels = LearnerPickScreen.choices(pick, state).map { label($0, pick, state) }
            let items = labels.enumerated().map { index, text in
                let selected = index == pick.cursor
                // The last choice is the way on ("not on the list"): quieter.
                return SelectableList.Item(head: StyledLine((selected ? "▶ " : "  ") + text, selected ? .selected : (index == labels.count - 1 ? .dim : .normal)))
            }
            // The cursor stays in view in a long roster.
            grid.render(SelectableList(items: items, selected: pick.cursor), in: list)
        }
    }

    static func label(_ choice: PickChoice, _ pick: LearnerPick, _ state: AppState) -> String {
        let organisation = { (name: String?) in name ?? state.t("org.noOrganisation") }
        switch choice {
        case .staff(let name): return name
        case .notOnList: return state.t("pick.notOnList", ["name": pick.name])
        case .record(let learner):
            let modules = state.records.enrolments(learnerID: learner.id).count
            return learner.name + " · " + organisation(learner.organisation) + " · " + state.t("pick.modules", ["count": "\(modules)"])
        case .newRecord: return state.t("pick.newRecord", ["name": pick.name, "organisation": organisation(pick.organisation)])
        }
    }
}
