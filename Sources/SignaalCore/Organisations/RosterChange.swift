/// What importing a roster changes, or would change (a dry run shows this
/// without saving the organisation).
public struct RosterChange: Equatable, Sendable {
    /// A staff member and the line of the file that listed them.
    public struct Entry: Equatable, Sendable {
        public let line: Int
        public let member: StaffMember
    }

    public enum Field: String, Equatable, Sendable {
        case name, department, email = "e-mail", staffNumber = "staff number"
    }

    public struct Update: Equatable, Sendable {
        public let line: Int
        public let before: StaffMember
        public let after: StaffMember
        /// What changed, in the order name, department, e-mail, staff number.
        public let fields: [Field]
    }

    /// New staff, in file order.
    public var added: [Entry] = []
    public var updated: [Update] = []
    public var unchanged: [Entry] = []
    /// Listed in the file but marked as left: they stay marked (a manager
    /// undoes that explicitly); their details are still updated.
    public var listedButLeft: [Entry] = []
    /// Active staff the file does not list: nothing happens to them; a
    /// manager may want to mark them as left.
    public var notListed: [StaffMember] = []
    /// Rows skipped (with their line and why) and problems about the file.
    public var problems: [RosterProblem] = []

    public init() {}

    /// Whether saving would change the organisation.
    public var changesOrganisation: Bool { !added.isEmpty || !updated.isEmpty }
}
