import SignaalCore

/// What the app does with the answers of the effect runner: keeps the
/// records as read or written, goes on where a key left off (a learner
/// enters, a certificate gets written), and says on the status line what
/// was saved where, or what went wrong.
enum EffectResults {
    static func apply(_ message: Message, _ state: inout AppState) -> [Effect] {
        switch message {
        case .organisationsLoaded(let organisations, let tallies, let notices):
            state.records.organisations = organisations
            state.records.rosters = []
            state.records.tallies = tallies
            loaded(notices, &state)
            return LearnerFormScreen.loadRoster(state)
        case .organisationLoaded(let organisation, let status, let notices):
            state.records.replace(organisation)
            if let status {
                state.records.status = status
                state.records.tallies[organisation.id] = status.tally  // the list shows it when the manager goes back
            }
            loaded(notices, &state)
        case .learnersFound(let name, let organisation, let learners, let enrolments, let notices):
            state.records.learners = learners
            state.records.enrolments = enrolments
            state.records.certificates = []
            loaded(notices, &state)
            return LearnerIdentity.decide(name: name, organisation: organisation, &state)
        case .learnerLoaded(let learner, let enrolments, let certificates, let notices):
            state.records.learners = [learner]
            state.records.enrolments = enrolments
            state.records.certificates = certificates
            loaded(notices, &state)
        case .recordChanged(let outcome, let notices):
            if let notice = notices.first { say(notice, &state) }
            return changed(outcome, &state)
        case .certificateWritten(let paths, let code, let warning):
            let joined = SavedFiles.text(paths, state)
            state.status = warning.map { .init("certificate.savedWithWarning", ["paths": joined, "code": code, "warning": $0]) }
                ?? .init("certificate.saved", ["paths": joined, "code": code])
        case .fileExported(let path):
            state.status = .init("manager.exported", ["path": path])
        case .cardPrinted(let paths):
            // The PDF's name only: the full paths would not fit the status line at 80 columns.
            let file = paths.first.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? ""
            state.status = .init("card.saved", ["file": file])
        case .caseNoteSaved(let paths):
            state.caseWork.saved = state.caseWork.progress
            state.status = .init("casenote.saved", ["paths": SavedFiles.text(paths, state)])
        case .failed(let failure):
            failed(failure, &state)
        case .key, .resize, .interrupt, .tick:
            break
        }
        return []
    }

    /// A records effect answered: what the store recovered is said, unless
    /// the key itself said something ("refreshed"); the scroll fits what came.
    static func loaded(_ notices: [StoreNotice], _ state: inout AppState) {
        if state.status == nil, let notice = notices.first { say(notice, &state) }
        ScrollClamp.current(&state)
    }

    static func changed(_ outcome: RecordOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .progressSaved(let learnerID, let runner, let at):
            // The same change the store made, so the overview shows what was saved.
            state.records.learnerRecords.save(runner, learnerID: learnerID, now: at)
        case .learnerCreated(let learner):
            return LearnerIdentity.enter(learner, &state)
        case .linked(let result, let organisationID, let learnerName):
            if case .success(let link) = result {
                state.status = .init("manager.linked", ["learner": learnerName, "staff": link.staffName])
            }
            return [.loadOrganisation(id: organisationID)]
        case .unlinked(let result, let organisationID, let learnerName):
            if case .success(let link) = result {
                state.status = .init("org.unlinked", ["learner": learnerName, "staff": link.staffName])
            }
            return [.loadOrganisation(id: organisationID)]
        case .participantCertificate(let certificate, let moduleID):
            guard let certificate else {
                state.status = .init("certificate.notYet")
                return []
            }
            if !state.records.certificates.contains(where: { $0.code == certificate.code }) { state.records.certificates.append(certificate) }
            return TrainingActions.deliver(certificate, moduleID: moduleID, state)
        case .organisationCertificate(let certificate, let moduleID):
            return certificate.map { TrainingActions.deliver($0, moduleID: moduleID, state) } ?? []
        }
        return []
    }

    static func failed(_ failure: EffectFailure, _ state: inout AppState) {
        switch failure {
        case .records(let problem):
            state.status = .init("records.failed", ["reason": RecordWording(content: state.content, language: state.speaking).error(problem.error)])
        case .certificate(let reason):
            state.status = .init("certificate.failed", ["reason": reason])
        case .card(let reason):
            state.status = .init("card.failed", ["reason": reason])
        case .caseNote(let reason):
            state.status = .init("casenote.failed", ["reason": reason])
        }
    }

    static func say(_ notice: StoreNotice, _ state: inout AppState) {
        state.status = .init("records.notice", ["notice": RecordWording(content: state.content, language: state.speaking).notice(notice)])
    }
}
