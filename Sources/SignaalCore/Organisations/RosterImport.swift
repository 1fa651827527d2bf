import Foundation

/// Merges roster rows into an organisation. Pure: the caller saves the
/// organisation it returns, or only shows the change (a dry run).
///
/// The same person is recognised by the first of these that both the row
/// and the staff member have: staff number, e-mail, name (see `PersonKey`
/// for how each is compared). When that first shared value differs they
/// are different people: two "Jan de Vries" with different staff numbers
/// are two staff members.
///
/// Re-importing merges instead of duplicating. A non-empty field in the
/// file replaces the stored one; an empty field or a missing column never
/// erases anything. Staff marked as left stay marked (see
/// `RosterChange.listedButLeft`); staff missing from the file are left as
/// they are (see `RosterChange.notListed`). A row for someone an earlier
/// row of the same file already matched is skipped as a duplicate.
public enum RosterImport {
    public static func merge(_ organisation: Organisation, _ parsed: RosterCSV.Result, now: Date) -> (Organisation, RosterChange) {
        let (merged, rowChange) = merge(organisation, rows: parsed.rows, now: now)
        var change = rowChange
        change.problems = inLineOrder(parsed.problems, change.problems)
        return (merged, change)
    }

    /// Two lists each in line order, as one (the first list first on a tie).
    private static func inLineOrder(_ a: [RosterProblem], _ b: [RosterProblem]) -> [RosterProblem] {
        var result: [RosterProblem] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].line <= b[j].line) {
                result.append(a[i]); i += 1
            } else {
                result.append(b[j]); j += 1
            }
        }
        return result
    }

    public static func merge(_ organisation: Organisation, rows: [RosterRow], now: Date) -> (Organisation, RosterChange) {
        var index = StaffIndex(organisation.staff, expecting: rows.count)
        var staff = organisation.staff
        staff.reserveCapacity(staff.count + rows.count)
        var change = RosterChange()
        var firstLine = [Int](repeating: 0, count: staff.count)  // staff index → the line that matched it, 0: none
        firstLine.reserveCapacity(staff.count + rows.count)

        for row in rows {
            let key = StaffIndex.Keys(name: row.name, email: row.email, staffNumber: row.staffNumber)
            guard let match = index.match(key) else {
                let member = StaffMember(name: row.name, department: row.department, email: row.email,
                                         staffNumber: row.staffNumber, added: now)
                staff.append(member)
                index.add(key, at: staff.count - 1)
                firstLine.append(row.line)
                change.added.append(RosterChange.Entry(line: row.line, member: member))
                continue
            }
            let earlier = firstLine[match]
            if earlier > 0 {
                change.problems.append(RosterProblem(line: row.line, reason: .duplicateInFile(firstLine: earlier)))
                continue
            }
            firstLine[match] = row.line
            let before = staff[match]
            var after = before
            var fields: [RosterChange.Field] = []
            if row.name != before.name { after.name = row.name; fields.append(.name) }
            if let department = row.department, department != before.department { after.department = department; fields.append(.department) }
            // E-mail and staff number change only when they are another one,
            // not for "JAN@" against "jan@", or "123" against "00123".
            if let email = row.email, key.email != before.email.map(PersonKey.email) { after.email = email; fields.append(.email) }
            if let number = row.staffNumber, key.staffNumber != before.staffNumber.map(PersonKey.staffNumber) {
                after.staffNumber = number
                fields.append(.staffNumber)
            }
            if !fields.isEmpty {
                staff[match] = after
                index.add(key, at: match)
                change.updated.append(RosterChange.Update(line: row.line, before: before, after: after, fields: fields))
            }
            if after.left != nil {
                change.listedButLeft.append(RosterChange.Entry(line: row.line, member: after))
            } else if fields.isEmpty {
                change.unchanged.append(RosterChange.Entry(line: row.line, member: after))
            }
        }
        change.notListed = staff.indices.filter { firstLine[$0] == 0 && staff[$0].isActive }.map { staff[$0] }
        var merged = organisation
        merged.staff = staff
        return (merged, change)
    }
}

/// Staff looked up by staff number, e-mail and name, each built once.
private struct StaffIndex {
    struct Keys {
        var name: String
        var email: String?
        var staffNumber: String?

        init(name: String, email: String?, staffNumber: String?) {
            self.name = PersonKey.name(name)
            self.email = email.map(PersonKey.email).flatMap { $0.isEmpty ? nil : $0 }
            self.staffNumber = staffNumber.map(PersonKey.staffNumber).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    private var keys: [Keys] = []
    private var byNumber: Positions
    private var byEmail: Positions
    private var byName: Positions

    init(_ staff: [StaffMember], expecting extra: Int) {
        let capacity = staff.count + extra
        keys.reserveCapacity(capacity)
        byNumber = Positions(capacity: capacity)
        byEmail = Positions(capacity: capacity)
        byName = Positions(capacity: capacity)
        for (position, member) in staff.enumerated() {
            add(Keys(name: member.name, email: member.email, staffNumber: member.staffNumber), at: position)
        }
    }

    /// Records a member's keys; for a member already known, its new keys
    /// (a row only adds or replaces values, never clears them).
    mutating func add(_ new: Keys, at position: Int) {
        var merged = new
        if position < keys.count {
            let old = keys[position]
            merged.email = new.email ?? old.email
            merged.staffNumber = new.staffNumber ?? old.staffNumber
            keys[position] = merged
            if merged.staffNumber != old.staffNumber, let number = merged.staffNumber { byNumber.add(number, position) }
            if merged.email != old.email, let email = merged.email { byEmail.add(email, position) }
            if merged.name != old.name { byName.add(merged.name, position) }
            return
        }
        keys.append(merged)
        if let number = merged.staffNumber { byNumber.add(number, position) }
        if let email = merged.email { byEmail.add(email, position) }
        byName.add(merged.name, position)
    }

    /// The member this row is, by the first value both have; the earliest
    /// on the roster when several fit.
    func match(_ row: Keys) -> Int? {
        if let number = row.staffNumber,
           let found = byNumber.first(number, where: { keys[$0].staffNumber == number }) {
            return found
        }
        if let email = row.email,
           let found = byEmail.first(email, where: { keys[$0].email == email && compatible(keys[$0].staffNumber, row.staffNumber) }) {
            return found
        }
        return byName.first(row.name) { position in
            let member = keys[position]
            return member.name == row.name && compatible(member.staffNumber, row.staffNumber) && compatible(member.email, row.email)
        }
    }

    /// Not a reason to tell two people apart: equal, or one of them missing.
    private func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }
}

/// Key → the positions filed under it, as chains in flat arrays: one
/// dictionary entry per key and no array per key. An entry may be stale
/// (a member's key changed); `first(_:where:)` checks the current key.
private struct Positions {
    private var heads: [String: Int] = [:]
    private var position: [Int] = []
    private var next: [Int] = []

    init(capacity: Int) {
        heads.reserveCapacity(capacity)
        position.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
    }

    mutating func add(_ key: String, _ at: Int) {
        position.append(at)
        next.append(heads[key] ?? -1)
        heads[key] = position.count - 1
    }

    /// The lowest position under `key` that fits.
    func first(_ key: String, where fits: (Int) -> Bool) -> Int? {
        var entry = heads[key] ?? -1
        var best: Int?
        while entry >= 0 {
            let candidate = position[entry]
            if candidate < (best ?? .max) && fits(candidate) { best = candidate }
            entry = next[entry]
        }
        return best
    }
}
