/// UTF-8 checks on raw bytes, by the standard library's decoder
/// (`Unicode.UTF8.ForwardParser`): overlong forms, surrogates and values
/// above U+10FFFF are invalid, as the Unicode standard says. The JSON parser
/// uses it to point at the first bad byte with its line and column; the
/// roster reader to tell UTF-8 from Windows-1252.
enum UTF8Bytes {
    /// The length of the valid UTF-8 sequence that starts at `index`, or nil
    /// when the bytes there are not UTF-8 (or the buffer ends inside it).
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] < 0x80 { return 1 }
        var iterator = UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + 4)]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        if case .valid(let scalar) = parser.parseScalar(from: &iterator) { return scalar.count }
        return nil
    }

    /// Where the first invalid sequence starts, and whether a valid sequence
    /// beyond ASCII was seen (stops once both are known).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstInvalid: Int?, sawValidMultibyte: Bool) {
        // Valid UTF-8, the common case: the standard library's own check, at its speed.
        if String(validating: bytes, as: UTF8.self) != nil {
            return (nil, bytes.contains { $0 >= 0x80 })
        }
        var index = 0
        var firstInvalid: Int?
        var sawMultibyte = false
        while index < bytes.count, firstInvalid == nil || !sawMultibyte {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = sequenceLength(in: bytes, at: index) {
                sawMultibyte = true
                index += length
            } else {
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            }
        }
        return (firstInvalid, sawMultibyte)
    }
}
