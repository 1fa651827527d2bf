/// The cheap checks a content reader makes on every text, by code point
/// range over the UTF-8 bytes: no Unicode property tables, no Foundation
/// bridging. Content loading runs them on every string of every file, so
/// they are on the start-up path (see bench/run).
enum TextChecks {
    /// True when `text` holds a C0 or C1 control character (U+0000–001F,
    /// U+007F–009F: exactly Unicode's general category Cc), other than a
    /// line break when `allowingLineBreaks`.
    static func hasControl(_ text: String, allowingLineBreaks: Bool) -> Bool {
        bytes(of: text) { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                // C0 and DEL are single bytes; C1 is C2 80…C2 9F in UTF-8.
                if byte < 0x20 || byte == 0x7F {
                    if !(allowingLineBreaks && byte == 0x0A) { return true }
                } else if previous == 0xC2, byte <= 0x9F, byte >= 0x80 {
                    return true
                }
                previous = byte
            }
            return false
        }
    }

    /// Runs `body` over the string's UTF-8 bytes in place: a native string
    /// hands out its storage, so the loop is a plain pointer walk.
    private static func bytes<T>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The first character `SafeText` would escape (a control, format, line
    /// or paragraph separator character), other than a line break when
    /// `allowingLineBreaks`. Printable ASCII is passed over by its bytes, and
    /// the letters and punctuation of European text by range: Unicode's
    /// tables are only asked about the rest.
    static func firstUnsafeScalar(in text: String, allowingLineBreaks: Bool) -> Unicode.Scalar? {
        if isPlainlySafe(text, allowingLineBreaks: allowingLineBreaks) { return nil }
        return text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x0A: return !allowingLineBreaks
            // Printable ASCII; Latin-1 to Hebrew but the soft hyphen (U+00AD);
            // dashes, quotes, bullets and the ellipsis: none is Cc, Cf, Zl or Zp.
            case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x600, 0x2010...0x2027: return false
            default: return SafeText.isUnsafe(scalar)
            }
        }
    }

    /// True when every character of `text` is, by its UTF-8 bytes alone,
    /// neither unsafe (`firstUnsafeScalar`) nor unstable
    /// (`firstUnstableScalar`): printable ASCII (and line breaks when
    /// allowed), U+00A0–U+05FF but the soft hyphen, and U+2010–U+2027
    /// (dashes, quotes, bullets, ellipsis). Most content text is; false
    /// means "look closer", not "unsafe".
    static func isPlainlySafe(_ text: String, allowingLineBreaks: Bool) -> Bool {
        bytes(of: text) { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if byte < 0x80 {
                    guard byte >= 0x20 && byte != 0x7F || allowingLineBreaks && byte == 0x0A else { return false }
                    index += 1
                } else if byte >= 0xC3 && byte <= 0xD7 || byte == 0xC2 && next >= 0xA0 && next != 0xAD {
                    index += 2
                } else if byte == 0xE2, next == 0x80, index + 2 < bytes.count, (0x90...0xA7).contains(bytes[index + 2]) {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// True when `text` is empty or only spaces and tabs (what
    /// `.whitespaces` trims that content can hold: other Unicode spaces
    /// count as blank too).
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !isHorizontalSpace(scalar) { return false }
        return true
    }

    /// Foundation's `.whitespaces`: Unicode general category Zs, tab, and the zero width space.
    private static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The first character terminals draw at different widths (emoji
    /// joiner, variation selectors), if any. All of them are 3- or 4-byte
    /// sequences, so pure ASCII or Latin text is passed over by its bytes.
    static func firstUnstableScalar(in text: String) -> Unicode.Scalar? {
        guard bytes(of: text, { $0.contains { $0 >= 0xE0 } }) else { return nil }
        return DisplayWidth.unstableScalars(in: text).first
    }
}
