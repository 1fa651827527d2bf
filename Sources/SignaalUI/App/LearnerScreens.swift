import SignaalCore

/// The learner's name (and organisation), typed in; then their overview.
enum LearnerFormScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        var form = state.learnerForm
        defer { state.learnerForm = form }
        switch key {
        case .escape:
            state.screen = .activities
        case .down where form.field == 1:
            // On the organisation field, ↓ offers the organisations on record.
            let names = state.records.organisations.map(\.name)
            if !names.isEmpty {
                let next = names.firstIndex(of: form.organisation).map { ($0 + 1) % names.count } ?? 0
                form.organisation = names[next]
            }
        case .down where form.field == 0 && rosterNames(form, state).count > 0:
            // With a known organisation filled in, ↓ offers the names on its roster.
            let names = rosterNames(form, state)
            let next = names.firstIndex(of: form.name).map { ($0 + 1) % names.count } ?? 0
            form.name = names[next]
            form.problem = nil
        case .tab, .down, .backTab, .up:
            form.field = form.field == 0 ? 1 : 0
        case .backspace:
            if form.field == 0 { _ = form.name.popLast() } else { _ = form.organisation.popLast() }
            form.problem = nil
        case .enter:
            if form.field == 0, form.organisation.isEmpty, case .success = LearnerName.validate(form.name) {
                form.field = 1
                return []
            }
            state.learnerForm = form
            let effects = submit(&state)
            form = state.learnerForm
            return effects
        case .character(let c):
            guard !c.isNewline else { break }
            if form.field == 0, form.name.count < LearnerName.maximumLength { form.name.append(c) }
            if form.field == 1, form.organisation.count < LearnerName.maximumLength { form.organisation.append(c) }
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
            state.learnerForm.field = 0
            switch problem {
            case .empty: state.learnerForm.problem = "learner.nameEmpty"
            case .controlCharacters: state.learnerForm.problem = "learner.nameControl"
            case .tooLong: state.learnerForm.problem = "learner.nameTooLong"
            }
        case .success(let name):
            switch OrganisationName.validate(state.learnerForm.organisation) {
            case .failure(let problem):
                state.learnerForm.field = 1
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

enum LearnerHomeScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let modules = state.content.modules
        if let next = ListMove.cursor(after: key, cursor: state.homeCursor, count: modules.count) {
            state.homeCursor = next
            return []
        }
        guard modules.indices.contains(state.homeCursor) else {
            if ListMove.isBack(key) { state.screen = .activities }
            return []
        }
        let module = modules[state.homeCursor]
        switch key {
        case .enter, .right, .character(" "):
            if LearnerIdentity.askOrganisation(before: module, &state) { return [] }
            return TrainingActions.start(module, &state)
        case .character("n"), .character("N"):
            LearnerIdentity.switchLearner(&state)
        case .character("c"), .character("C"):
            return TrainingActions.exportCertificate(module, &state)
        case .escape, .character("q"), .left, .backspace:
            state.screen = .activities
        default:
            break
        }
        return []
    }
}
