import Foundation

/// A hotel or holiday park and the staff on its roster.
///
/// The certificate counts active staff only: **staff marked as left are
/// excluded from the rostered count and from the completed count**. A person
/// is marked left only by an explicit command (`setLeft`); importing a roster
/// that no longer lists them changes nothing (see `RosterImport`).
public struct Organisation: Codable, Equatable, Sendable {
    /// The training that counts for the organisation certificate unless another is chosen.
    public static let defaultModuleID = "no-room-hotel"

    /// A slug of the name, unique among the organisations in the records (see `OrganisationID`).
    public let id: String
    public var name: String
    public var location: String?
    /// The training whose completions count.
    public var moduleID: String
    public let created: Date
    /// In the order they were first imported or added.
    public var staff: [StaffMember]
    /// Learners linked to roster rows by a manager (see `RosterLink`); nil in older files.
    public var links: [RosterLink]?

    public init(id: String, name: String, location: String? = nil, moduleID: String = Organisation.defaultModuleID,
                created: Date, staff: [StaffMember] = []) {
        self.id = id
        self.name = name
        self.location = location
        self.moduleID = moduleID
        self.created = created
        self.staff = staff
    }

    /// Staff not marked as left: the ones the certificate counts.
    public var activeStaff: [StaffMember] { staff.filter(\.isActive) }
}

/// Someone on an organisation's roster. Only what a manager's roster holds
/// about them at work; nothing about anyone being assessed.
public struct StaffMember: Codable, Equatable, Sendable {
    public var name: String
    public var department: String?
    public var email: String?
    public var staffNumber: String?
    public let added: Date
    /// When a manager marked them as left; nil while they are on the roster.
    public var left: Date?

    public init(name: String, department: String? = nil, email: String? = nil, staffNumber: String? = nil,
                added: Date, left: Date? = nil) {
        self.name = name
        self.department = department
        self.email = email
        self.staffNumber = staffNumber
        self.added = added
        self.left = left
    }

    public var isActive: Bool { left == nil }
}

extension Organisation {
    /// The staff whose staff number, e-mail or name is `query`, compared as
    /// a roster import compares them (see `PersonKey`): for a command that
    /// marks someone as left. Several when a name is shared.
    public func staffIndices(matching query: String) -> [Int] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        let number = PersonKey.staffNumber(trimmed), email = PersonKey.email(trimmed), name = PersonKey.name(trimmed)
        let byNumber = staff.indices.filter { staff[$0].staffNumber.map(PersonKey.staffNumber) == number }
        if !byNumber.isEmpty { return byNumber }
        let byEmail = staff.indices.filter { staff[$0].email.map(PersonKey.email) == email }
        if !byEmail.isEmpty { return byEmail }
        return staff.indices.filter { PersonKey.name(staff[$0].name) == name }
    }

    /// Marks the member at `index` as left on `date`, or back on the roster with nil.
    public mutating func setLeft(_ date: Date?, forStaffAt index: Int) {
        staff[index].left = date
    }
}
