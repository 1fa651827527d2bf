import Foundation

/// The small pieces of PDF syntax the writer needs: numbers, strings, dates.
enum PDFSyntax {
    /// A literal string `(…)`. The delimiters `(` `)` and the backslash are
    /// escaped, and every byte outside printable ASCII is written as an
    /// octal escape, so content streams stay 7-bit and line ends inside a
    /// string cannot be rewritten by a reader.
    static func literal(_ bytes: [UInt8]) -> String {
        var out = "("
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("): out += "\\("
            case UInt8(ascii: ")"): out += "\\)"
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let octal = String(byte, radix: 8)
                out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return out + ")"
    }

    /// A text string for the document information dictionary: a literal
    /// string when it is printable ASCII (which PDFDocEncoding shares), else
    /// UTF-16BE with a byte order mark, written in hex.
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            return literal(Array(text.utf8))
        }
        var hex = "<FEFF"
        for unit in text.utf16 {
            let digits = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - digits.count) + digits
        }
        return hex + ">"
    }

    /// A number with at most three decimals and no exponent: "842", "12.5".
    static func number(_ value: Double) -> String {
        let thousandths = (value * 1000).rounded()
        guard thousandths.isFinite, abs(thousandths) < 1e15 else { return "0" }
        let whole = Int(thousandths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        let integer = magnitude / 1000
        var fraction = String(magnitude % 1000)
        if fraction == "0" { return sign + String(integer) }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(integer) + "." + fraction
    }

    /// A PDF date in UTC: `D:20250314093000Z`.
    static func date(_ date: Date) -> String {
        "D:" + DateText.compactUTC(date) + "Z"
    }
}
