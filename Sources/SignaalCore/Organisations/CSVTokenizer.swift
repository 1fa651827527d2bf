/// Splits UTF-8 bytes into CSV records (RFC 4180, leniently).
///
/// - A field in double quotes may hold the delimiter, line breaks and `""`
///   (one quote). Text after the closing quote is kept, as spreadsheets do
///   (`"a"b` is `ab`); a quote inside an unquoted field is kept as it is.
/// - LF, CRLF and a lone CR end a record (outside quotes).
/// - A record's line is the line where it starts, from 1; a quoted field
///   over several lines moves the next record's line on accordingly.
/// - A field longer than `maximumCharacters` is not kept (`tooLong`), and
///   never more than four times that many bytes are copied, so a huge
///   field or an unclosed quote costs a scan, not memory.
///
/// Works on the bytes: each byte is looked at once. The buffer must outlive the tokenizer.
struct CSVTokenizer {
    struct Field: Equatable {
        var text: String
        var tooLong: Bool
        /// It started with a quote: a delimiter in it was meant.
        var quoted = false
    }

    struct Record {
        var line: Int
        var fields: [Field]
        /// The record ran to the end of the input inside a quoted field.
        var unterminatedQuote: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private let maximumCharacters: Int
    private let maximumBytes: Int
    private var index: Int
    private var line: Int
    private var buffer: [UInt8] = []

    private static let quote = UInt8(ascii: "\""), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1, delimiter: UInt8, maximumCharacters: Int) {
        self.bytes = bytes
        self.index = start
        self.line = line
        self.delimiter = delimiter
        self.maximumCharacters = maximumCharacters
        self.maximumBytes = maximumCharacters * 4
        buffer.reserveCapacity(256)
    }

    /// The next record, or nil at the end of the input.
    mutating func next() -> Record? {
        let count = bytes.count
        guard index < count else { return nil }
        var record = Record(line: line, fields: [], unterminatedQuote: false)
        while true {
            buffer.removeAll(keepingCapacity: true)
            var tooLong = false
            let quoted = index < count && bytes[index] == Self.quote
            if quoted {
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 < count && bytes[index + 1] == Self.quote {
                            append(Self.quote, &tooLong)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == Self.lf || (byte == Self.cr && (index + 1 >= count || bytes[index + 1] != Self.lf)) {
                        line += 1
                    }
                    append(byte, &tooLong)
                    index += 1
                }
                if !closed {
                    record.fields.append(field(tooLong, quoted: true))
                    record.unterminatedQuote = true
                    return record
                }
            }
            // An unquoted field, or what follows a closing quote.
            let runStart = index
            while index < count {
                let byte = bytes[index]
                if byte == delimiter || byte == Self.lf || byte == Self.cr { break }
                index += 1
            }
            if index > runStart { append(runStart..<index, &tooLong) }
            record.fields.append(field(tooLong, quoted: quoted))
            guard index < count else { return record }
            let byte = bytes[index]
            index += 1
            if byte == delimiter { continue }
            if byte == Self.cr && index < count && bytes[index] == Self.lf { index += 1 }
            line += 1
            return record
        }
    }

    private mutating func append(_ byte: UInt8, _ tooLong: inout Bool) {
        if buffer.count < maximumBytes { buffer.append(byte) } else { tooLong = true }
    }

    private mutating func append(_ range: Range<Int>, _ tooLong: inout Bool) {
        let room = maximumBytes - buffer.count
        if range.count > room {
            tooLong = true
            if room > 0 { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<range.lowerBound + room])) }
        } else {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }

    private func field(_ tooLong: Bool, quoted: Bool) -> Field {
        if tooLong { return Field(text: "", tooLong: true, quoted: quoted) }
        let text = String(decoding: buffer, as: UTF8.self)
        if buffer.count > maximumCharacters && text.unicodeScalars.count > maximumCharacters {
            return Field(text: "", tooLong: true, quoted: quoted)
        }
        return Field(text: text, tooLong: false, quoted: quoted)
    }
}
