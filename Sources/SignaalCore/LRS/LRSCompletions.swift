import Foundation

/// Completions held by an LRS, counted for an organisation's roster.
public enum LRSCompletions {
    /// How the ids of learners added from the LRS begin (a UUID never does).
    public static let learnerPrefix = "lrs:"

    /// The records without what `merged` added, so that it is never saved.
    public static func stripped(_ records: TrainingRecords) -> TrainingRecords {
        var local = records
        local.learners.removeAll { $0.id.hasPrefix(learnerPrefix) }
        local.enrolments.removeAll { $0.learnerID.hasPrefix(learnerPrefix) }
        return local
    }

    /// Account name → earliest `passed` of `moduleID` in these statements.
    public static func passes(moduleID: String, in statements: [LRSStatementPage.Statement]) -> [String: Date] {
        var earliest: [String: Date] = [:]
        for statement in statements where statement.verb?.id == XAPIVocabulary.Verb.passed.id
            && statement.object?.id == XAPIVocabulary.module(moduleID) {
            guard let name = statement.actor?.account?.name, let date = statement.timestamp.flatMap(XAPIStatement.date) else { continue }
            if let known = earliest[name], known <= date { continue }
            earliest[name] = date
        }
        return earliest
    }

    /// The records with, for each active staff member whose pseudonym
    /// passed in the LRS, a completion as if made here (a learner with the
    /// roster's name and the organisation's name), so `OrganisationStatus`
    /// counts them by the same rules as local ones. Nothing is saved.
    public static func merged(_ records: TrainingRecords, organisation: Organisation, passes: [String: Date],
                              pseudonym: LearnerPseudonym) -> TrainingRecords {
        var merged = records
        for (index, member) in organisation.staff.enumerated() where member.isActive {
            guard let date = passes[pseudonym.learner(name: member.name, organisation: organisation.name)] else { continue }
            let learner = Learner(id: "\(learnerPrefix)\(organisation.id):\(index)", name: member.name, organisation: organisation.name, created: date)
            var progress = ModuleProgress(moduleID: organisation.moduleID)
            progress.finished = true
            merged.learners.append(learner)
            merged.enrolments.append(Enrolment(learnerID: learner.id, progress: progress, started: date, updated: date,
                                               completed: date, completedScore: nil))
        }
        return merged
    }
}
