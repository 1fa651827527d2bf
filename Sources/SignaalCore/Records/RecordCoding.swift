import Foundation

/// How records are written as JSON: keys sorted and pretty-printed, one
/// value a line, so two versions of a file diff well; dates as ISO 8601
/// (`2025-03-01T09:30:00Z`). This form keeps whole seconds only: fractions
/// of a second are not stored, so a `Date()` read back may differ slightly
/// from the one written. Compare stored dates at second precision.
enum RecordCoding {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// The document as file bytes, ending with a newline.
    static func encode<Document: Encodable>(_ document: Document, path: String) throws(StoreError) -> Data {
        do {
            var data = try encoder().encode(document)
            data.append(0x0A)
            return data
        } catch {
            throw StoreError(.cannotEncode, path: path, reason: String(describing: error))
        }
    }

    /// The document, or nil when the bytes are not a whole, valid document.
    static func decode<Document: Decodable>(_ type: Document.Type, from data: Data) -> Document? {
        try? decoder().decode(type, from: data)
    }
}
