import Foundation
import SignaalCore

/// Stable JSON: keys sorted, slashes unescaped, one trailing newline.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        // The encoder leaves DEL, C1 and direction characters as they are;
        // SafeText writes them as \uXXXX escapes, which JSON reads back the same.
        return SafeText.escaped(text, keepingLineBreaks: true) + "\n"
    }
}
