import Foundation

/// How many active staff are rostered and have completed, against the
/// threshold: all the organisation certificate needs (see `OrganisationStatus`
/// for how they are counted).
public struct OrganisationTally: Codable, Equatable, Sendable {
    public let rostered: Int
    public let completed: Int
    /// Percent of rostered staff needed (0…100).
    public let threshold: Int

    public init(rostered: Int, completed: Int, threshold: Int) {
        self.rostered = rostered
        self.completed = completed
        self.threshold = threshold
    }

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
}
