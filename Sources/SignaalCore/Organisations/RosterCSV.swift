import Foundation

/// One good row of a roster file.
public struct RosterRow: Equatable, Sendable {
    /// The line of the file where the row starts (from 1).
    public var line: Int
    /// Checked like a learner's name (see `LearnerName`), runs of spaces made one.
    public var name: String
    public var department: String?
    public var email: String?
    public var staffNumber: String?

    public init(line: Int, name: String, department: String? = nil, email: String? = nil, staffNumber: String? = nil) {
        self.line = line
        self.name = name
        self.department = department
        self.email = email
        self.staffNumber = staffNumber
    }
}

/// Reads a staff roster as Excel and LibreOffice export it in the
/// Netherlands: see `parse`. Never traps, whatever the bytes.
public enum RosterCSV {
    /// Longer fields are refused (the row is skipped) and never copied whole.
    public static let maximumFieldLength = 1_000

    public struct Result: Equatable, Sendable {
        /// The good rows, in file order.
        public var rows: [RosterRow]
        /// Skipped rows and problems about the file, in line order.
        public var problems: [RosterProblem]
        /// `;`, `,`, or a tab.
        public var delimiter: Character
        public var encoding: RosterEncoding
        /// The recognised columns, in file order.
        public var columns: [RosterColumn]
        /// Header cells that were not recognised (their fields are not read).
        public var ignoredColumns: [String]
    }

    /// The rows of a roster file.
    ///
    /// - Bytes: UTF-8 with or without a byte order mark; UTF-16 with one;
    ///   anything else read as Windows-1252 (a problem says so).
    /// - Delimiter: `;`, `,` or tab, whichever occurs most outside quotes in
    ///   the header line (`;` wins ties), or as a `sep=;` first line says.
    /// - Quoting: RFC 4180, with CRLF, LF or CR line ends (see `CSVTokenizer`).
    /// - Header: the first non-blank line; see `RosterColumn` and
    ///   `RosterHeader` for the names recognised. Without a name column the
    ///   first, prefix and last name columns make the name.
    /// - Rows: blank rows are passed over silently. A row is skipped, with a
    ///   problem on its line, when its name is empty, too long or holds
    ///   control characters; when another field holds control characters or
    ///   is too long; when it has more non-empty fields than the header; or
    ///   when its quote is never closed. Fewer fields are fine.
    /// - Fields are trimmed; line breaks and tabs inside a department,
    ///   e-mail or staff number become spaces; an apostrophe that
    ///   `CSVExport` put before `=`, `+`, `-`, `@`, tab or CR is taken off again.
    public static func parse(_ data: Data) -> Result { parse([UInt8](data)) }

    public static func parse(_ text: String) -> Result { parse(Array(text.utf8)) }

    public static func parse(_ input: [UInt8]) -> Result {
        if RosterText.isUTF16WithoutByteOrderMark(input) {
            // Read as UTF-8 its zero bytes would be control characters on
            // every line; guessing the byte order could import nonsense.
            return Result(rows: [], problems: [RosterProblem(line: 1, reason: .utf16WithoutByteOrderMark)],
                          delimiter: ";", encoding: .utf16, columns: [], ignoredColumns: [])
        }
        let decoded = RosterText.decode(input)
        var problems: [RosterProblem] = []
        let encodingProblem = decoded.firstInvalidLine.map {
            RosterProblem(line: $0, reason: decoded.encoding == .windows1252 ? .readAsWindows1252 : .invalidUTF8)
        }
        // Row problems come in line order; the encoding problem goes among them.
        func allProblems() -> [RosterProblem] {
            guard let encodingProblem else { return problems }
            var all = problems
            all.insert(encodingProblem, at: all.firstIndex { $0.line > encodingProblem.line } ?? all.endIndex)
            return all
        }
        return decoded.bytes.withUnsafeBufferPointer { bytes in
            var start = 0, firstLine = 1
            let delimiter: UInt8
            if let declared = RosterDelimiter.declared(in: bytes) {
                delimiter = declared.delimiter
                start = declared.next
                firstLine = 2
            } else {
                delimiter = RosterDelimiter.detect(in: bytes, from: 0)
            }
            var result = Result(rows: [], problems: [], delimiter: Character(Unicode.Scalar(delimiter)),
                                encoding: decoded.encoding, columns: [], ignoredColumns: [])
            var tokenizer = CSVTokenizer(bytes: bytes, start: start, line: firstLine, delimiter: delimiter,
                                         maximumCharacters: maximumFieldLength)
            var header: CSVTokenizer.Record?
            while let record = tokenizer.next() {
                if !isBlank(record) { header = record; break }
            }
            guard let header else {
                problems.append(RosterProblem(line: 1, reason: .noHeader))
                result.problems = allProblems()
                return result
            }
            let (columns, ignored) = RosterHeader.read(header.fields.map(\.text))
            result.columns = columns.sorted { $0.value < $1.value }.map(\.key)
            result.ignoredColumns = ignored
            let reader = RowReader(columns: columns, width: header.fields.count, delimiter: Character(Unicode.Scalar(delimiter)))
            if header.unterminatedQuote {
                problems.append(RosterProblem(line: header.line, reason: .unterminatedQuote))
            } else if !reader.hasName {
                problems.append(RosterProblem(line: header.line, reason: .noNameColumn(headers: header.fields.map(\.text))))
            } else {
                while let record = tokenizer.next() {
                    if isBlank(record) { continue }
                    switch reader.row(record) {
                    case let .row(row): result.rows.append(row)
                    case let .skipped(problem): problems.append(problem)
                    }
                }
            }
            result.problems = allProblems()
            return result
        }
    }

    private static func isBlank(_ record: CSVTokenizer.Record) -> Bool {
        !record.unterminatedQuote && record.fields.allSatisfy { !$0.tooLong && $0.text.allSatisfy(\.isWhitespace) }
    }
}

/// Turns one record into a row, by the columns the header named.
private struct RowReader {
    let columns: [RosterColumn: Int]
    let width: Int
    let delimiter: Character
    private let inOrder: [(column: RosterColumn, index: Int)]

    init(columns: [RosterColumn: Int], width: Int, delimiter: Character) {
        self.columns = columns
        self.width = width
        self.delimiter = delimiter
        inOrder = columns.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
    }

    var hasName: Bool { columns[.name] != nil || columns[.firstName] != nil || columns[.lastName] != nil }

    enum Outcome {
        case row(RosterRow)
        case skipped(RosterProblem)
    }

    func row(_ record: CSVTokenizer.Record) -> Outcome {
        let line = record.line
        func problem(_ reason: RosterProblem.Reason) -> Outcome {
            .skipped(RosterProblem(line: line, reason: reason))
        }
        if record.unterminatedQuote { return problem(.unterminatedQuote) }
        // One unquoted field where the header has several, holding another
        // delimiter: a row saved with ',' in a ';' file is not one person
        // named "Jan Jansen,Receptie,jan@x.nl".
        if width > 1, record.fields.count == 1, let only = record.fields.first, !only.quoted,
           let other = ([";", ",", "\t"] as [Character]).first(where: { $0 != delimiter && only.text.contains($0) }) {
            return problem(.wrongDelimiter(found: other, expected: delimiter))
        }
        if record.fields.count > width, record.fields[width...].contains(where: { $0.tooLong || !$0.text.allSatisfy(\.isWhitespace) }) {
            let found = (record.fields.lastIndex { $0.tooLong || !$0.text.allSatisfy(\.isWhitespace) } ?? width) + 1
            return problem(.tooManyFields(found: found, expected: width))
        }
        for (column, index) in inOrder where index < record.fields.count && record.fields[index].tooLong {
            return problem(.fieldTooLong(column: column, maximum: RosterCSV.maximumFieldLength))
        }
        func raw(_ column: RosterColumn) -> String {
            guard let index = columns[column], index < record.fields.count else { return "" }
            return Self.unprotected(record.fields[index].text)
        }
        var name = raw(.name)
        if name.allSatisfy(\.isWhitespace) {
            name = [raw(.firstName), raw(.namePrefix), raw(.lastName)]
                .map(PersonKey.trimmed)
                .filter { !$0.isEmpty }
                .joined(separator: " ")
        }
        switch Self.checkedName(name) {
        case let .success(valid): name = valid
        case .failure(.empty): return problem(.emptyName)
        case .failure(.controlCharacters): return problem(.nameControlCharacters)
        case let .failure(.tooLong(maximum)): return problem(.nameTooLong(maximum: maximum))
        }
        var row = RosterRow(line: line, name: name)
        for (column, path) in [(RosterColumn.department, \RosterRow.department), (.email, \.email), (.staffNumber, \.staffNumber)] {
            guard let value = Self.clean(raw(column)) else { return problem(.controlCharacters(column: column)) }
            row[keyPath: path] = value.isEmpty ? nil : value
        }
        return .row(row)
    }

    /// `LearnerName.validate`, quicker for plain ASCII; runs of spaces made one.
    static func checkedName(_ name: String) -> Result<String, NameProblem> {
        guard PersonKey.isPlainASCII(name) else {
            return LearnerName.validate(name).map { PersonKey.hasExtraSpaces($0) ? PersonKey.collapsedSpaces($0) : $0 }
        }
        let collapsed = PersonKey.hasExtraSpaces(name) ? PersonKey.collapsedSpaces(name) : name
        if collapsed.isEmpty { return .failure(.empty) }
        if collapsed.utf8.count > LearnerName.maximumLength { return .failure(.tooLong(maximum: LearnerName.maximumLength)) }
        return .success(collapsed)
    }

    /// Trimmed, line breaks and tabs made spaces; nil (refused) with other
    /// control or format characters (a zero-width joiner is fine).
    static func clean(_ text: String) -> String? {
        if PersonKey.isPlainASCII(text) { return PersonKey.trimmed(text) }
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
                continue
            }
            if SafeText.isUnsafe(scalar) { return nil }
            scalars.append(scalar)
            lastWasSpace = scalar == " "
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// Without the apostrophe `CSVExport` puts before a would-be formula.
    static func unprotected(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "'") else { return text }
        let second = utf8[utf8.index(after: utf8.startIndex)]
        guard CSVExport.formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
