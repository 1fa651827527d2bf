/// Roster problems in the reader's language, from `roster.problem.<code>`
/// in `Content/ui.json`; header cells and names in them are made safe there.
extension Speaks {
    public func rosterProblem(_ problem: RosterProblem) -> String {
        var values: [String: String] = [:]
        switch problem.reason {
        case let .nameTooLong(maximum):
            values["maximum"] = "\(maximum)"
        case let .controlCharacters(column):
            values["column"] = rosterColumn(column)
        case let .fieldTooLong(column, maximum):
            values["column"] = rosterColumn(column)
            values["maximum"] = "\(maximum)"
        case let .tooManyFields(found, expected):
            values["found"] = "\(found)"
            values["expected"] = "\(expected)"
        case let .wrongDelimiter(found, expected):
            values["found"] = found == "\t" ? "tab" : String(found)
            values["expected"] = expected == "\t" ? "tab" : String(expected)
        case let .duplicateInFile(firstLine):
            values["firstLine"] = "\(firstLine)"
        case let .noNameColumn(headers):
            values["headers"] = headers.map { "\"\(SafeText.quoted($0).dropFirst().dropLast())\"" }.joined(separator: ", ")
        case .emptyName, .nameControlCharacters, .unterminatedQuote, .noHeader, .invalidUTF8, .readAsWindows1252,
             .utf16WithoutByteOrderMark:
            break
        }
        return t("roster.problem.\(problem.code)", values)
    }

    /// A column's name for people: "afdeling", "e-mail", "personeelsnummer".
    public func rosterColumn(_ column: RosterColumn) -> String {
        t("roster.column." + column.rawValue.replacingOccurrences(of: " ", with: "-"))
    }
}
