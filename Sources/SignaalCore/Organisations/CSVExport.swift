import Foundation

/// Completion per staff member as a CSV file for Excel in the Netherlands:
/// UTF-8 with a byte order mark, `;` between fields, CRLF line ends.
///
/// Fields with `;`, `"`, CR or LF are quoted (`"` doubled). A cell that a
/// spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`,
/// tab or CR) gets an apostrophe in front, as the OWASP guidance on CSV
/// injection advises; `RosterCSV` takes it off again on import.
public enum CSVExport {
    /// The column headers and the words for yes and no.
    public struct Labels: Equatable, Sendable {
        public var name, department, email, staffNumber, completed, date, yes, no: String
        /// For completions that match no roster row, and the row they look like.
        public var unmatched, likely: String

        public init(name: String, department: String, email: String, staffNumber: String,
                    completed: String, date: String, yes: String, no: String,
                    unmatched: String = "not on the roster", likely: String = "likely") {
            self.name = name; self.department = department; self.email = email; self.staffNumber = staffNumber
            self.completed = completed; self.date = date; self.yes = yes; self.no = no
            self.unmatched = unmatched; self.likely = likely
        }

        /// Headers that `RosterCSV` recognises again, so an export can be re-imported.
        public static let dutch = Labels(name: "Naam", department: "Afdeling", email: "E-mail", staffNumber: "Personeelsnummer",
                                         completed: "Afgerond", date: "Datum", yes: "ja", no: "nee",
                                         unmatched: "ja, maar niet op het rooster", likely: "lijkt op")
        public static let english = Labels(name: "Name", department: "Department", email: "E-mail", staffNumber: "Staff number",
                                           completed: "Completed", date: "Date", yes: "yes", no: "no",
                                           unmatched: "yes, but not on the roster", likely: "likely")
    }

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// One line per active staff member, in roster order, then one per
    /// unmatched completion; the date of the completion as yyyy-mm-dd in `timeZone`.
    public static func completion(_ status: OrganisationStatus, labels: Labels = .dutch,
                                  timeZone: TimeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current) -> Data {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var text = ""
        text.reserveCapacity(64 * (status.staff.count + 1))
        text += line([labels.name, labels.department, labels.email, labels.staffNumber, labels.completed, labels.date])
        for entry in status.staff {
            let member = entry.member
            text += line([member.name, member.department ?? "", member.email ?? "", member.staffNumber ?? "",
                          entry.completed == nil ? labels.no : labels.yes, entry.completed.map { day($0, calendar) } ?? ""])
        }
        // Then completions that count for nobody yet, so the manager can link them (`org link`).
        for entry in status.unmatched {
            let likely = entry.candidates.first.map { " — \(labels.likely): " + $0.name } ?? ""
            text += line([entry.learnerName, "", "", "", labels.unmatched + likely, day(entry.completed, calendar)])
        }
        var data = Data(byteOrderMark)
        data.append(contentsOf: text.utf8)
        return data
    }

    /// The export's file name, `<organisation>-<stem>.csv`, from slugs made
    /// again here: the id comes from the records file, which anyone may edit,
    /// and `../../x` must not write outside the working folder.
    public static func fileName(organisationID: String, stem: String) -> String {
        "\(OrganisationID.slug(organisationID))-\(OrganisationID.slug(stem)).csv"
    }

    /// Cells joined by `;`, ending with CRLF.
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ";") + "\r\n"
    }

    /// One cell: control and direction characters escaped (`SafeText`; a
    /// line break inside a cell is kept, quoted), a would-be formula
    /// neutralised, then quoted when needed.
    public static func cell(_ value: String) -> String {
        var value = SafeText.escaped(value, keepingLineBreaks: true)
        if let first = value.utf8.first, formulaStarts.contains(first) { value = "'" + value }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func day(_ date: Date, _ calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))"
    }
}
