import Foundation
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
            submit(&state)
            form = state.learnerForm
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

    static func submit(_ state: inout AppState) {
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
                return
            case .success:
                break
            }
            guard state.services.records != nil else {
                state.status = .init("learner.noRecords")
                return
            }
            LearnerIdentity.submit(name: name, &state)
        }
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
            TrainingActions.start(module, &state)
        case .character("n"), .character("N"):
            LearnerIdentity.switchLearner(&state)
        case .character("c"), .character("C"):
            TrainingActions.exportCertificate(module, &state)
        case .escape, .character("q"), .left, .backspace:
            state.screen = .activities
        default:
            break
        }
        return []
    }
}

/// What training does to the records: start, save, certificates.
enum TrainingActions {
    /// Reads the records again: when a screen opens, and on the manager's `r`.
    static func reload(_ state: inout AppState) {
        if let keeper = state.services.records, let (records, notices) = try? keeper.read() {
            state.records = records
            if let notice = notices.first { state.status = .init("records.notice", ["notice": RecordWording(content: state.content, language: state.speaking).notice(notice)]) }
        }
    }

    static func start(_ module: TrainingModule, _ state: inout AppState) {
        guard let learner = state.learner else { return }
        let saved = state.records.enrolment(learnerID: learner.id, moduleID: module.id)?.progress
        var runner = ModuleRunner(module: module, progress: saved, order: .learner(learner.name))
        // A finished module starts again; its completion stays on record.
        if runner.progress.finished { runner.retry() }
        state.training = TrainingState(runner: runner, learnerID: learner.id, classMode: false)
        state.screen = .training
        if let saved, !saved.finished, saved.unitIndex > 0 || saved.pageIndex > 0 { state.status = .init("training.resumed") }
        save(&state)
    }

    /// Changes the records under the store's lock and keeps the copy that
    /// was written, so the screens show what was saved without reading the
    /// file again. Nil (and a message) when there are no records or it failed.
    static func change<T>(_ state: inout AppState, _ body: (inout TrainingRecords) -> T) -> T? {
        guard let keeper = state.services.records else { return nil }
        do {
            let ((value, records), notices) = try keeper.update { records -> (T, TrainingRecords) in
                let value = body(&records)
                return (value, records)
            }
            state.records = records
            if let notice = notices.first { state.status = .init("records.notice", ["notice": RecordWording(content: state.content, language: state.speaking).notice(notice)]) }
            return value
        } catch {
            state.status = .init("records.failed", ["reason": RecordWording(content: state.content, language: state.speaking).error(error)])
            return nil
        }
    }

    /// Saves the learner's progress; class mode saves nothing.
    static func save(_ state: inout AppState) {
        guard let training = state.training, let learnerID = training.learnerID else { return }
        let now = state.services.now()
        _ = change(&state) { $0.save(training.runner, learnerID: learnerID, now: now) }
    }

    static func exportCertificate(_ module: TrainingModule, _ state: inout AppState) {
        guard let learner = state.learner else { return }
        guard let enrolment = state.records.enrolment(learnerID: learner.id, moduleID: module.id), enrolment.completed != nil else {
            state.status = .init("certificate.notYet")
            return
        }
        let now = state.services.now()
        let newCode = state.services.newCode
        guard let issued = change(&state, { $0.participantCertificate(learner: learner, module: module, now: now, newCode: newCode) }) else { return }
        guard let certificate = issued else {
            state.status = .init("certificate.notYet")
            return
        }
        write(certificate, module, &state)
    }

    /// Writes an issued certificate's files and says where they are.
    static func write(_ certificate: IssuedCertificate, _ module: TrainingModule, _ state: inout AppState) {
        switch state.services.exportCertificate(certificate, module, state.language) {
        case .success(let paths):
            state.status = .init("certificate.saved", ["paths": paths.joined(separator: ", "), "code": certificate.code])
            if let warning = state.services.certificateWarning(certificate, state.speaking) {
                state.status = .init("certificate.savedWithWarning", ["paths": paths.joined(separator: ", "), "code": certificate.code, "warning": warning])
            }
        case .failure(let failure):
            state.status = .init("certificate.failed", ["reason": failure.message])
        }
    }
}
