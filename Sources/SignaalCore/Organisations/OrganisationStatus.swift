import Foundation

/// How far an organisation is towards its certificate.
///
/// - Rostered: active staff (not marked as left).
/// - Completed: active staff matched to a learner whose enrolment in the
///   organisation's module has a completion date: the same name and the
///   same organisation as `NameKey` compares them (case, accents, spaces,
///   "Last, First"; the organisation's name, id, or name and place), or
///   linked by a manager (`RosterLink`). A person counts once,
///   however many learners or enrolments match. One learner's completion
///   counts for one staff member only: when active staff share a name, the
///   first of them on the roster gets it (see `sharedNames`), so the count
///   is never inflated by a name that cannot tell people apart.
/// - Eligible when completed × 100 ≥ threshold × rostered, in whole
///   numbers, and at least one person is rostered.
///
/// Built in one pass over enrolments, learners and staff (dictionaries, no
/// nested loops); only unmatched completions are compared with every row.
public struct OrganisationStatus: Equatable, Sendable {
    /// An active staff member and when they completed the module.
    public struct StaffProgress: Equatable, Sendable {
        public let member: StaffMember
        /// The earliest completion of the module by a matching learner.
        public let completed: Date?
    }

    public struct Count: Equatable, Sendable {
        public var rostered = 0
        public var completed = 0
    }

    public let organisationID: String
    public let organisationName: String
    public let moduleID: String
    /// Percent of rostered staff needed, as Content sets it (0…100).
    public let threshold: Int
    /// Active staff in roster order, with their completion.
    public let staff: [StaffProgress]
    public let rostered: Int
    public let completed: Int
    /// Per department as written on the roster (compared case-insensitively;
    /// the first spelling is the key); staff without a department under "".
    public let departments: [String: Count]
    /// Names held by more than one active staff member (as on the roster).
    public let sharedNames: [String]
    /// Completions that count for nobody yet, with the likely roster rows:
    /// the learner typed the organisation but a name not on the roster
    /// exactly, left the organisation empty, or typed it nearly right.
    public let unmatched: [UnmatchedCompletion]

    public init(organisation: Organisation, records: TrainingRecords, threshold: Int) {
        let completedBy = Self.completions(of: organisation.moduleID, in: records)
        let completions = records.learners.compactMap { learner in
            completedBy[learner.id].map { LearnerCompletion(learner: learner, moduleID: organisation.moduleID, completed: $0, score: 0) }
        }
        self.init(organisation: organisation, completions: completions, threshold: threshold)
    }

    /// From completions as the records folder streams them: those of other
    /// modules are skipped, and a learner's earliest completion counts.
    public init(organisation: Organisation, completions: [LearnerCompletion], threshold: Int) {
        organisationID = organisation.id
        organisationName = organisation.name
        moduleID = organisation.moduleID
        self.threshold = threshold

        var earliest: [String: Int] = [:]  // learner id → position in `learners`
        var learners: [(Learner, Date)] = []
        for completion in completions where completion.moduleID == organisation.moduleID {
            if let position = earliest[completion.learner.id] {
                if completion.completed < learners[position].1 { learners[position].1 = completion.completed }
            } else {
                earliest[completion.learner.id] = learners.count
                learners.append((completion.learner, completion.completed))
            }
        }
        // The first active staff member with each name key gets that name's completions.
        var firstByKey: [String: Int] = [:]
        let active = organisation.staff.filter(\.isActive)
        let activeKeys = active.map { NameKey.of($0.name) }
        for (index, key) in activeKeys.enumerated() where firstByKey[key] == nil { firstByKey[key] = index }
        var relations: [String: OrganisationRelation] = [:]  // as typed → relation: most learners type the same few
        let left = Set(organisation.staff.filter { !$0.isActive }.map { NameKey.of($0.name) })
        var links: [String: String] = [:]  // learner id → roster name key
        for link in organisation.links ?? [] where link.isActive { links[link.learnerID] = NameKey.of(link.staffName) }
        var credited: [Int: Date] = [:]  // active staff index → earliest completion
        var waiting: [(Learner, Date, OrganisationRelation)] = []
        for (learner, date) in learners {
            let typed = learner.organisation ?? ""
            let relation = relations[typed] ?? OrganisationRelation(typed: typed, organisation: organisation)
            relations[typed] = relation
            let index = links[learner.id].flatMap { firstByKey[$0] }
                ?? (relation == .same ? firstByKey[NameKey.of(learner.name)] : nil)
            if let index {
                if let earlier = credited[index], earlier <= date { continue }
                credited[index] = date
            } else if relation != .other, !left.contains(NameKey.of(learner.name)) {
                // Staff who left are no one to link to: their completions are not listed.
                waiting.append((learner, date, relation))
            }
        }
        unmatched = Self.unmatched(waiting, active: active, keys: activeKeys, firstByKey: firstByKey, credited: credited)

        var progress: [StaffProgress] = []
        progress.reserveCapacity(organisation.staff.count)
        var seen: Set<String> = []
        seen.reserveCapacity(organisation.staff.count)
        var shared: [String] = []
        var sharedKeys: Set<String> = []
        var departmentIndex: [String: Int] = [:]  // lower case → position in the two lists below
        var departmentNames: [String] = []  // as first written
        var departmentCounts: [Count] = []
        var completedCount = 0
        for (index, member) in active.enumerated() {
            let key = activeKeys[index]
            // The first with this name gets the completion, if any.
            let date = credited[index]
            if date != nil { completedCount += 1 }
            if !seen.insert(key).inserted, sharedKeys.insert(key).inserted {
                shared.append(member.name)
            }
            progress.append(StaffProgress(member: member, completed: date))
            let written = member.department.map(PersonKey.trimmed) ?? ""
            let lower = written.lowercased()
            let position: Int
            if let known = departmentIndex[lower] {
                position = known
            } else {
                position = departmentNames.count
                departmentIndex[lower] = position
                departmentNames.append(written)
                departmentCounts.append(Count())
            }
            departmentCounts[position].rostered += 1
            if date != nil { departmentCounts[position].completed += 1 }
        }
        staff = progress
        rostered = progress.count
        completed = completedCount
        departments = Dictionary(zip(departmentNames, departmentCounts), uniquingKeysWith: { first, _ in first })
        sharedNames = shared
    }

    /// Active staff who have not completed the module, in roster order.
    public var pending: [StaffMember] { staff.filter { $0.completed == nil }.map(\.member) }

    /// The counts alone, as the records folder keeps them for the certificate.
    public var tally: OrganisationTally { OrganisationTally(rostered: rostered, completed: completed, threshold: threshold) }
    public var percent: Double { tally.percent }
    public var shownPercent: Int { tally.shownPercent }
    public var eligible: Bool { tally.eligible }
    public var staffNeeded: Int { tally.staffNeeded }

    /// Departments sorted by name, without a department ("") last.
    public var departmentsInOrder: [(department: String, count: Count)] {
        departments.sorted { a, b in
            if a.key.isEmpty != b.key.isEmpty { return !a.key.isEmpty }
            return a.key.localizedStandardCompare(b.key) == .orderedAscending
        }.map { ($0.key, $0.value) }
    }
}
