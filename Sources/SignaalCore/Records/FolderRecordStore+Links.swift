import Foundation

/// `org link` and `org unlink` without reading every learner's file: the
/// learners they can name (same `NameKey`, or the id) come from the name
/// index, and the completions that decide which of several is meant from
/// the completions log. `TrainingRecords.link` then does the deciding.
extension FolderRecordStore {
    public func link(organisationID: String, learner: String, staffName: String, now: Date) throws -> Result<RosterLink, LinkProblem> {
        try changeLinks(organisationID: organisationID, learner: learner) { records in
            records.link(organisationID: organisationID, learner: learner, staffName: staffName, now: now)
        }
    }

    public func unlink(organisationID: String, learner: String, now: Date) throws -> Result<RosterLink, LinkProblem> {
        try changeLinks(organisationID: organisationID, learner: learner) { records in
            records.unlink(organisationID: organisationID, learner: learner, now: now)
        }
    }

    private func changeLinks(organisationID: String, learner: String,
                             _ change: (inout TrainingRecords) -> Result<RosterLink, LinkProblem>) throws -> Result<RosterLink, LinkProblem> {
        try exclusive {
            guard let organisation = try organisation(id: organisationID, headerOnly: false, locked: .exclusive) else {
                return .failure(.noOrganisation)
            }
            var records = try linkRecords(organisation, learner: learner)
            let result = change(&records)
            if case .success = result, let changed = records.organisation(id: organisationID) { try write(changed) }
            return result
        }
    }

    /// The organisation, the learners named (or with this id), and everyone
    /// who completed its module, with their completions as enrolments.
    func linkRecords(_ organisation: Organisation, learner: String) throws -> TrainingRecords {
        var records = TrainingRecords()
        records.organisations = [organisation]
        let key = NameKey.of(learner)
        var seen: Set<String> = []
        for bucket in (try? FileManager.default.contentsOfDirectory(atPath: layout.names.path)) ?? [] where bucket.hasSuffix(".log") {
            let named = try readLog(layout.names.appendingPathComponent(bucket), locked: .exclusive) { line -> Parsed<Learner> in
                switch RecordFormats.learner(indexLine: line, key: nil) {
                case .learner(let found): found.id == learner || NameKey.of(found.name) == key ? .record(found) : .skip
                case .other: .skip
                case .damaged: .damaged
                }
            }.records
            for found in named where seen.insert(found.id).inserted { records.learners.append(found) }
        }
        for completion in try completionsWithSize(locked: .exclusive).records where completion.moduleID == organisation.moduleID {
            if seen.insert(completion.learner.id).inserted { records.learners.append(completion.learner) }
            var progress = ModuleProgress(moduleID: completion.moduleID)
            progress.finished = true
            records.enrolments.append(Enrolment(learnerID: completion.learner.id, progress: progress, started: completion.completed,
                                                updated: completion.completed, completed: completion.completed, completedScore: completion.score))
        }
        return records
    }
}
