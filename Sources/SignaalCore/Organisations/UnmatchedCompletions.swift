import Foundation

/// The parts of `OrganisationStatus` that find completions and the roster
/// rows that unmatched ones most likely belong to.
extension OrganisationStatus {
    /// Learner id → the earliest completion of `moduleID`.
    static func completions(of moduleID: String, in records: TrainingRecords) -> [String: Date] {
        var completedBy: [String: Date] = [:]
        completedBy.reserveCapacity(records.enrolments.count)
        for enrolment in records.enrolments where enrolment.moduleID == moduleID {
            guard let date = enrolment.completed else { continue }
            if let earlier = completedBy[enrolment.learnerID], earlier <= date { continue }
            completedBy[enrolment.learnerID] = date
        }
        return completedBy
    }

    /// Learners of this organisation whose name is not on the roster exactly
    /// are listed whatever their name; learners without an organisation (or
    /// with one typed nearly right) only when a roster row looks like them.
    /// A completion whose row (same name key) already counts is not listed
    /// again: the same person trained twice. Only scans the roster for these few.
    static func unmatched(_ waiting: [(Learner, Date, OrganisationRelation)], active: [StaffMember],
                          firstByKey: [String: Int], credited: [Int: Date]) -> [UnmatchedCompletion] {
        guard !waiting.isEmpty else { return [] }
        let keys = active.map { NameKey.of($0.name) }
        var out: [UnmatchedCompletion] = []
        for (learner, date, relation) in waiting {
            let key = NameKey.of(learner.name)
            var indices: [Int] = []
            if let exact = firstByKey[key] { indices.append(exact) }
            for (index, staffKey) in keys.enumerated() where indices.count < 3 && NameKey.near(key, staffKey) && firstByKey[staffKey] == index {
                indices.append(index)
            }
            if relation != .same && indices.isEmpty { continue }
            if let exact = firstByKey[key], credited[exact] != nil { continue }
            out.append(UnmatchedCompletion(learnerID: learner.id, learnerName: learner.name, learnerOrganisation: learner.organisation,
                                           completed: date, candidates: indices.map { active[$0] }))
        }
        return out.sorted { $0.completed < $1.completed }
    }
}
