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
    static func unmatched(_ waiting: [(Learner, Date, OrganisationRelation)], active: [StaffMember], keys: [String],
                          firstByKey: [String: Int], credited: [Int: Date]) -> [UnmatchedCompletion] {
        guard !waiting.isEmpty else { return [] }
        // A near name shares a whole word with the name it is near (one
        // letter changes one word; a missing part leaves the others), so
        // only rows sharing a word are compared: a big roster is not scanned
        // once per unmatched learner. Very common words ("de", "van") are
        // skipped when a rarer word is there.
        var rowsWithWord: [Substring: [Int]] = [:]
        for (index, key) in keys.enumerated() where firstByKey[key] == index {
            for word in Set(key.split(separator: " ")) { rowsWithWord[word, default: []].append(index) }
        }
        var out: [UnmatchedCompletion] = []
        for (learner, date, relation) in waiting {
            let key = NameKey.of(learner.name)
            var indices: [Int] = []
            if let exact = firstByKey[key] { indices.append(exact) }
            let lists = Set(key.split(separator: " ")).compactMap { rowsWithWord[$0] }.sorted { $0.count < $1.count }
            let rare = lists.filter { $0.count <= 2_000 }
            var rows = Set((rare.isEmpty ? lists.prefix(1) : rare[...]).joined())
            if key.split(separator: " ").count == 1 { rows = Set(keys.indices) }  // one word: its edit shares none
            for index in rows.sorted() where indices.count < 3 && index != indices.first && NameKey.near(key, keys[index]) {
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
