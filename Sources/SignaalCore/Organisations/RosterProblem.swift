/// Something wrong in a roster file, on a line of the file (from 1; for a
/// record over several lines, the line where it starts).
///
/// Most problems skip one row; `isAboutFile` ones are about the file as a
/// whole: the encoding (rows are still read) or a missing header or name
/// column (no rows are read).
public struct RosterProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case emptyName
        case nameControlCharacters
        case nameTooLong(maximum: Int)
        /// Control characters (other than line breaks and tabs) in another column.
        case controlCharacters(column: RosterColumn)
        case fieldTooLong(column: RosterColumn, maximum: Int)
        /// More non-empty fields than the header has columns, e.g. an unquoted `;` in a name.
        case tooManyFields(found: Int, expected: Int)
        /// A quote opened on this line is never closed: the rest of the file is this one field.
        case unterminatedQuote
        /// The row is one field holding another delimiter (`Jan,Receptie,jan@x.nl` in a `;` file).
        case wrongDelimiter(found: Character, expected: Character)
        /// The same person as an earlier row of the same file.
        case duplicateInFile(firstLine: Int)
        /// No header line at all: the file is empty or blank.
        case noHeader
        /// The header has no name column (nor first and last name columns).
        case noNameColumn(headers: [String])
        /// Bytes that are not UTF-8 were replaced with U+FFFD, the first on this line.
        case invalidUTF8
        /// Not UTF-8: the file was read as Windows-1252 (Excel's plain "CSV").
        case readAsWindows1252
        /// Every other byte is 0: UTF-16 saved without a byte order mark. Not read.
        case utf16WithoutByteOrderMark
    }

    public let line: Int
    public let reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// A problem about the whole file rather than one skipped row.
    public var isAboutFile: Bool {
        switch reason {
        case .noHeader, .noNameColumn, .invalidUTF8, .readAsWindows1252, .utf16WithoutByteOrderMark: true
        default: false
        }
    }

    /// A stable key for translated wording, e.g. `roster.problem.empty-name`.
    public var code: String {
        switch reason {
        case .emptyName: "empty-name"
        case .nameControlCharacters: "name-control-characters"
        case .nameTooLong: "name-too-long"
        case .controlCharacters: "control-characters"
        case .fieldTooLong: "field-too-long"
        case .tooManyFields: "too-many-fields"
        case .unterminatedQuote: "unterminated-quote"
        case .wrongDelimiter: "wrong-delimiter"
        case .duplicateInFile: "duplicate-in-file"
        case .noHeader: "no-header"
        case .noNameColumn: "no-name-column"
        case .invalidUTF8: "invalid-utf8"
        case .readAsWindows1252: "read-as-windows-1252"
        case .utf16WithoutByteOrderMark: "utf16-without-bom"
        }
    }

    /// Plain English, for logs and tests; the interface words it from `code`.
    public var description: String {
        let what: String
        switch reason {
        case .emptyName: what = "the name is empty"
        case .nameControlCharacters: what = "the name holds control characters"
        case let .nameTooLong(maximum): what = "the name is longer than \(maximum) characters"
        case let .controlCharacters(column): what = "the \(column.rawValue) holds control characters"
        case let .fieldTooLong(column, maximum): what = "the \(column.rawValue) is longer than \(maximum) characters"
        case let .tooManyFields(found, expected): what = "\(found) fields where the header has \(expected) (a delimiter in a field without quotes?)"
        case .unterminatedQuote: what = "a quote that is never closed"
        case let .wrongDelimiter(found, expected): what = "the fields are separated by '\(found)' while the header uses '\(expected)'"
        case let .duplicateInFile(firstLine): what = "the same person as line \(firstLine)"
        case .noHeader: what = "the file is empty: the first line should name the columns, e.g. Naam;Afdeling;E-mail"
        case let .noNameColumn(headers): what = "no name column among \(headers.map { SafeText.quoted($0) }.joined(separator: ", ")) (expected Naam or Name, or Voornaam and Achternaam)"
        case .invalidUTF8: what = "bytes that are not UTF-8 were replaced with \u{FFFD}"
        case .readAsWindows1252: what = "the file is not UTF-8 and was read as Windows-1252"
        case .utf16WithoutByteOrderMark: what = "the file is UTF-16 without a byte order mark; save it as CSV UTF-8"
        }
        return "line \(line): \(what)"
    }
}
