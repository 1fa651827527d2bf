import SignaalCore

/// What training asks of the records: start, save, certificates. Each
/// returns the effect that does it; what it gave comes back as a message
/// (see `EffectResults`).
enum TrainingActions {
    static func start(_ module: TrainingModule, _ state: inout AppState) -> [Effect] {
        guard let learner = state.learner else { return [] }
        let saved = state.records.enrolment(learnerID: learner.id, moduleID: module.id)?.progress
        var runner = ModuleRunner(module: module, progress: saved, order: .learner(learner.name))
        // A finished module starts again; its completion stays on record.
        if runner.progress.finished { runner.retry() }
        state.training = TrainingState(runner: runner, learnerID: learner.id, classMode: false)
        state.current = .training
        if let saved, !saved.finished, saved.unitIndex > 0 || saved.pageIndex > 0 { state.status = .init("training.resumed") }
        return save(state)
    }

    /// Saves the learner's progress; class mode saves nothing.
    static func save(_ state: AppState) -> [Effect] {
        guard let training = state.training, let learner = state.learner, training.learnerID == learner.id else { return [] }
        return [.changeRecords(.saveProgress(learner: learner, runner: training.runner))]
    }

    static func exportCertificate(_ module: TrainingModule, _ state: inout AppState) -> [Effect] {
        guard let learner = state.learner else { return [] }
        guard let enrolment = state.records.enrolment(learnerID: learner.id, moduleID: module.id), enrolment.completed != nil else {
            state.status = .init("certificate.notYet")
            return []
        }
        return [.changeRecords(.participantCertificate(learner: learner, moduleID: module.id))]
    }

    /// Asks for an issued certificate's files, in the interface's language.
    static func deliver(_ certificate: IssuedCertificate, moduleID: String, _ state: AppState) -> [Effect] {
        [.writeCertificate(certificate, moduleID: moduleID, language: state.language, warningLanguage: state.speaking)]
    }
}
