import Foundation

/// A column Signaal reads from a roster.
public enum RosterColumn: String, Equatable, Hashable, Sendable, CaseIterable {
    case name
    case firstName = "first name"
    /// The Dutch tussenvoegsel ("van der"), between first and last name.
    case namePrefix = "name prefix"
    case lastName = "last name"
    case department
    case email = "e-mail"
    case staffNumber = "staff number"
}

/// Recognises header cells, in Dutch and English. A cell is compared in
/// lower case, without diacritics, and with only its letters and digits:
/// "E-mail", "e-mail adres" and "EMAIL" are all e-mail.
enum RosterHeader {
    private static let names: [String: RosterColumn] = {
        var table: [String: RosterColumn] = [:]
        let words: [RosterColumn: [String]] = [
            .name: ["name", "naam", "fullname", "volledigenaam", "employeename", "staffname", "naammedewerker", "medewerker"],
            .firstName: ["firstname", "voornaam", "voornamen", "roepnaam", "givenname", "forename"],
            .namePrefix: ["tussenvoegsel", "tussenvoegsels", "voorvoegsel"],
            .lastName: ["lastname", "achternaam", "surname", "familyname", "familienaam"],
            .department: ["department", "afdeling", "dept", "team"],
            .email: ["email", "mail", "emailadres", "mailadres", "emailaddress"],
            .staffNumber: ["staffnumber", "personeelsnummer", "employeeid", "nummer", "employeenumber", "staffid",
                           "staffno", "personeelsnr", "persnr", "medewerkersnummer", "number", "nr"],
        ]
        for (column, list) in words { for word in list { table[word] = column } }
        return table
    }()

    static func key(_ cell: String) -> String {
        let folded = cell.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }))
    }

    static func column(_ cell: String) -> RosterColumn? { names[key(cell)] }

    /// Where each recognised column is (the first of the same kind wins),
    /// and the non-empty cells that were not recognised.
    static func read(_ cells: [String]) -> (columns: [RosterColumn: Int], ignored: [String]) {
        var columns: [RosterColumn: Int] = [:]
        var ignored: [String] = []
        for (index, cell) in cells.enumerated() {
            let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            if let column = column(trimmed), columns[column] == nil {
                columns[column] = index
            } else if !trimmed.isEmpty {
                ignored.append(trimmed)
            }
        }
        return (columns, ignored)
    }
}
