import Foundation

/// How far an organisation is towards its certificate.
///
/// - Rostered: active staff (not marked as left).
/// - Completed: active staff matched to a learner with the same name (see
///   `PersonKey`) and the same organisation name whose enrolment in the
///   organisation's module has a completion date. A person counts once,
///   however many learners or enrolments match. One learner's completion
///   counts for one staff member only: when active staff share a name, the
///   first of them on the roster gets it (see `sharedNames`), so the count
///   is never inflated by a name that cannot tell people apart.
/// - Eligible when completed × 100 ≥ threshold × rostered, in whole
///   numbers, and at least one person is rostered.
///
/// Built in one pass over enrolments, learners and staff (dictionaries, no
/// nested loops).
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

    public init(organisation: Organisation, records: TrainingRecords, threshold: Int) {
        organisationID = organisation.id
        organisationName = organisation.name
        moduleID = organisation.moduleID
        self.threshold = threshold

        var completedBy: [String: Date] = [:]  // learner id → earliest completion of the module
        completedBy.reserveCapacity(records.enrolments.count)
        for enrolment in records.enrolments where enrolment.moduleID == organisation.moduleID {
            guard let date = enrolment.completed else { continue }
            if let earlier = completedBy[enrolment.learnerID], earlier <= date { continue }
            completedBy[enrolment.learnerID] = date
        }
        let organisationKey = PersonKey.name(organisation.name)
        var completedNames: [String: Date] = [:]  // name key → earliest completion
        completedNames.reserveCapacity(completedBy.count)
        for learner in records.learners {
            guard let date = completedBy[learner.id], let learnerOrganisation = learner.organisation,
                  PersonKey.name(learnerOrganisation) == organisationKey else { continue }
            let key = PersonKey.name(learner.name)
            if let earlier = completedNames[key], earlier <= date { continue }
            completedNames[key] = date
        }

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
        for member in organisation.staff where member.isActive {
            let key = PersonKey.name(member.name)
            var date: Date?
            if seen.insert(key).inserted {
                // The first with this name gets the completion, if any.
                date = completedNames[key]
                if date != nil { completedCount += 1 }
            } else if sharedKeys.insert(key).inserted {
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

    /// completed / rostered × 100 exactly; 0 with nobody rostered.
    public var percent: Double { rostered > 0 ? Double(completed) * 100 / Double(rostered) : 0 }

    /// The percentage rounded down, as shown and printed (59.9 shows 59).
    public var shownPercent: Int { rostered > 0 ? completed * 100 / rostered : 0 }

    /// In whole numbers, so 3 of 5 (60%) reaches 60 and 59 of 100 does not.
    public var eligible: Bool { rostered > 0 && completed * 100 >= threshold * rostered }

    /// How many more completions reach the threshold; 0 when eligible, and
    /// 0 with nobody rostered (import a roster first).
    public var staffNeeded: Int {
        guard rostered > 0 else { return 0 }
        let required = (threshold * rostered + 99) / 100  // rounded up
        return max(0, required - completed)
    }

    /// Departments sorted by name, without a department ("") last.
    public var departmentsInOrder: [(department: String, count: Count)] {
        departments.sorted { a, b in
            if a.key.isEmpty != b.key.isEmpty { return !a.key.isEmpty }
            return a.key.localizedStandardCompare(b.key) == .orderedAscending
        }.map { ($0.key, $0.value) }
    }
}
