import SignaalCore

/// The learner's name (and organisation), typed in; then their overview.
enum LearnerFormScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let effects = edit(key, &state)
        return loadRoster(state) + effects
    }

    /// The organisation typed, if it is one on record: its name, its id, or its name and place.
    static func known(_ typed: String, _ state: AppState) -> Organisation? {
        let typed = typed.trimmingCharacters(in: .whitespaces)
        return typed.isEmpty ? nil : state.records.organisations.first { OrganisationRelation(typed: typed, organisation: $0) == .same }
    }

    /// Once the organisation typed is known, its roster is read (↓ offers its
    /// names, Enter looks the name up on it); the others' rosters never are.
    static func loadRoster(_ state: AppState) -> [Effect] {
        guard state.screen == .learnerForm else { return [] }
        let typed = state.learnerForm.organisation
        guard let organisation = known(typed, state) ?? state.records.organisation(idOrName: typed),
              !state.records.rosters.contains(organisation.id) else { return [] }
        return [.loadRoster(organisationID: organisation.id)]
    }

    static func edit(_ key: Key, _ state: inout AppState) -> [Effect] {
        var form = state.learnerForm
        defer { state.learnerForm = form }
        switch key {
        case .escape:
            state.current = .activities
        case .down where form.field == .organisation:
            // On the organisation field, ↓ offers the organisations on record.
            let names = state.records.organisations.map(\.name)
            if !names.isEmpty {
                let next = names.firstIndex(of: form.organisation).map { ($0 + 1) % names.count } ?? 0
                form.organisation = names[next]
            }
        case .down where form.field == .name && rosterNames(form, state).count > 0:
            // With a known organisation filled in, ↓ offers the names on its roster.
            let names = rosterNames(form, state)
            let next = names.firstIndex(of: form.name).map { ($0 + 1) % names.count } ?? 0
            form.name = names[next]
            form.problem = nil
        case .tab, .down, .backTab, .up:
            form.field = form.field == .name ? .organisation : .name
        case .backspace:
            if form.field == .name { _ = form.name.popLast() } else { _ = form.organisation.popLast() }
            form.problem = nil
        case .enter:
            if form.field == .name, form.organisation.isEmpty, case .success = LearnerName.validate(form.name) {
                form.field = .organisation
                return []
            }
            state.learnerForm = form
            let effects = submit(&state)
            form = state.learnerForm
            return effects
        case .character(let c):
            guard !c.isNewline else { break }
            if form.field == .name, form.name.count < LearnerName.maximumLength { form.name.append(c) }
            if form.field == .organisation, form.organisation.count < LearnerName.maximumLength { form.organisation.append(c) }
            form.problem = nil
        case .function(1):
            state.overlay = .help
        default:
            break
        }
        return []
    }

    /// The active staff of the organisation typed in the form, if it is known.
    static func rosterNames(_ form: LearnerForm, _ state: AppState) -> [String] {
        guard !form.organisation.isEmpty, let organisation = state.records.organisation(idOrName: form.organisation) else { return [] }
        return organisation.activeStaff.map(\.name)
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        switch LearnerName.validate(state.learnerForm.name) {
        case .failure(let problem):
            state.learnerForm.field = .name
            switch problem {
            case .empty: state.learnerForm.problem = "learner.nameEmpty"
            case .controlCharacters: state.learnerForm.problem = "learner.nameControl"
            case .tooLong: state.learnerForm.problem = "learner.nameTooLong"
            }
        case .success(let name):
            switch OrganisationName.validate(state.learnerForm.organisation) {
            case .failure(let problem):
                state.learnerForm.field = .organisation
                state.learnerForm.problem = problem == .controlCharacters ? "learner.organisationControl" : "learner.organisationTooLong"
                return []
            case .success:
                break
            }
            guard state.environment.keepsRecords else {
                state.status = .init("learner.noRecords")
                return []
            }
            return LearnerIdentity.submit(name: name, &state)
        }
        return []
    }
}

enum LearnerFormView {
    static func make(_ state: AppState) -> ScreenView {
        let form = state.learnerForm
        return ScreenView(
            title: state.t("learner.title"),
            hints: [("Tab", state.t("key.field")), ("Enter", state.t("key.next")), ("Esc", state.t("key.back")), ("F1", state.t("key.help"))]
        ) { grid, area in
            var rest = grid.render(Paragraph(text: state.t("learner.intro")), atTopOf: area)
            let fields: [(LearnerForm.Field, String, String)] = [(.name, state.t("learner.name"), form.name),
                                                                 (.organisation, state.t("learner.organisation"), form.organisation)]
            for (field, label, value) in fields {
                let focused = form.field == field
                rest = grid.render(StyledLine(label, focused ? .heading : .normal), rows: 1, atTopOf: rest)
                // 80 characters show at once; a longer name scrolls (its end is shown).
                let fieldWidth = min(area.width - 2, 82)
                grid.put("[" + String(repeating: " ", count: fieldWidth - 2) + "]", x: rest.x, y: rest.y, role: focused ? .accent : .dim)
                // Show the end of a long value, with the cursor after it.
                var shown = value
                while DisplayWidth.of(shown) > fieldWidth - 4 { shown.removeFirst() }
                grid.put(shown + (focused ? "▏" : ""), x: rest.x + 1, y: rest.y, role: focused ? .selected : .normal)
                rest = rest.cutTop(2).rest
            }
            // What ↓ offers goes on the empty row under the last field.
            if let offer = offer(form, state) {
                grid.render(StyledLine(offer, .dim), in: Rect(x: rest.x, y: rest.y - 1, width: rest.width, height: 1))
                rest = rest.cutTop(1).rest
            }
            if let problem = form.problem {
                rest = grid.render(Paragraph(text: "! " + state.t(problem, ["maximum": "\(LearnerName.maximumLength)"]), role: .error), atTopOf: rest, gap: 0)
            }
            grid.render(Paragraph(text: state.t("learner.privacy"), role: .dim), in: rest.cutTop(1).rest)
        }
    }

    /// The line that says what ↓ offers in the focused field, if anything.
    static func offer(_ form: LearnerForm, _ state: AppState) -> String? {
        let organisations = state.records.organisations.map(\.name)
        if form.field == .name, !LearnerFormScreen.rosterNames(form, state).isEmpty {
            return state.t("learner.rosterNames")
        } else if form.field == .organisation, !organisations.isEmpty {
            let list = organisations.prefix(4).joined(separator: ", ") + (organisations.count > 4 ? ", …" : "")
            return state.t("learner.knownOrganisations", ["list": list])
        }
        return nil
    }
}

/// The learner form: name and (optional) organisation.
public struct LearnerForm: Equatable, Sendable {
    public var name = ""
    public var organisation = ""
    public enum Field: Equatable, Sendable {
        case name
        case organisation
    }

    /// The field being typed into.
    public var field = Field.name
    /// A translated key for what is wrong with the input, if anything.
    public var problem: String?
    /// Whether the learner was already asked for their employer (hotel training).
    public var askedOrganisation = false
    /// Whether a known organisation was offered for one typed nearly like it.
    public var suggestedOrganisation = false
}
