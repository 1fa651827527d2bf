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
        let plain = bytes(of: text) { bytes in
            !bytes.contains { $0 >= 0x7F || $0 < 0x20 && !(allowingLineBreaks && $0 == 0x0A) }
        }
        if plain { return nil }
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
