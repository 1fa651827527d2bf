import Foundation
import Testing
@testable import SignaalCore

extension JSONParserTests {
    // MARK: - Fuzz

    @Test func randomBytesNeverCrash() {
        var rng = SplitMix64(seed: 0x5167_6E61_616C)
        let alphabet = Array(#"{}[]:,"\ -+.eE0123456789tfnrulsaxu"#.utf8) + [0x0A, 0x0D, 0x09, 0x00, 0xC3, 0xA9, 0xFF]
        var parsed = 0
        for i in 0..<2_000 {
            let length = Int.random(in: 0...64, using: &rng)
            let bytes: [UInt8] = (0..<length).map { _ in
                i.isMultiple(of: 2)
                    ? UInt8.random(in: 0...255, using: &rng)
                    : alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
            }
            do {
                _ = try JSONParser.parse(Data(bytes))
                parsed += 1
            } catch {
                checkErrorIsSane(error, input: bytes)
            }
        }
        #expect(parsed < 2_000)
    }

    @Test func mutationsOfAValidDocumentNeverCrash() throws {
        let document = Array("""
        \u{FEFF}{
          "id": "signal-01",
          "title": "Paspoort ingehouden door werkgever",
          "weight": 0.75, "order": -12, "big": 1.5e300,
          "flags": [true, false, null, {"nested": ["\\u00e9\\uD83D\\uDE00\\n", []]}],
          "text": "Café 日本 🚦 \\"quoted\\" \\\\ \\/",
          "empty": {}
        }

        """.utf8)
        #expect(throws: Never.self) { try JSONParser.parse(Data(document)) }
        var rng = SplitMix64(seed: 42)
        var stillValid = 0
        for _ in 0..<2_000 {
            var bytes = document
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<max(1, bytes.count), using: &rng)
                switch Int.random(in: 0..<6, using: &rng) {
                case 0 where !bytes.isEmpty:
                    bytes[at] = UInt8.random(in: 0...255, using: &rng)
                case 1:
                    bytes.insert(UInt8.random(in: 0...255, using: &rng), at: min(at, bytes.count))
                case 2 where !bytes.isEmpty:
                    bytes.remove(at: at)
                case 3:
                    bytes = Array(bytes.prefix(at))
                case 4 where !bytes.isEmpty:
                    let to = Int.random(in: at...bytes.count, using: &rng)
                    bytes.insert(contentsOf: bytes[at..<to], at: to)
                default:
                    let structural = Array(#"{}[],:"\"#.utf8)
                    bytes.insert(structural[Int.random(in: 0..<structural.count, using: &rng)], at: min(at, bytes.count))
                }
            }
            do {
                _ = try JSONParser.parse(Data(bytes))
                stillValid += 1
            } catch {
                checkErrorIsSane(error, input: bytes)
            }
        }
        #expect(stillValid < 2_000)
    }

    // MARK: - Agreement with Foundation

    @Test("Same values as JSONSerialization", arguments: [
        #"{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\u00e9\n\"\/"}, "e": ""}"#,
        #"[0, -0, 1e-7, 123456789012345678, 0.1, 1.7976931348623157e308, 5e-324]"#,
        #"{"emoji": "\uD83D\uDE00 🚦", "nul": "a\u0000b", "tab": "a\tb", "empty": [], "obj": {}}"#,
        """
        {
          "id": "signal-01",
          "title": "Werkgever houdt paspoort in",
          "questions": [
            {"text": "Heeft u uw eigen paspoort?", "answers": ["ja", "nee"], "weight": 0.75}
          ]
        }
        """,
        #"[[[[[["deep"]]]]], {"x": {"y": {"z": null}}}]"#,
    ])
    func agreesWithJSONSerialization(_ text: String) throws {
        let data = Data(text.utf8)
        let ours = try JSONParser.parse(data)
        let theirs = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(sameValues(ours, theirs))
    }

    @Test func randomDocumentsWrittenByJSONSerializationReadBackTheSame() throws {
        var rng = SplitMix64(seed: 7)
        // No U+FEFF: on Linux, JSONSerialization drops it from strings that
        // also hold an escape (see zeroWidthNoBreakSpaceInsideStringsIsKept).
        let pieces = ["a", "é", "日本", "🚦", "\"", "\\", "/", "\n", "\t", "\u{1}", " ", "\u{7F}", "\u{200B}", "x y"]
        func randomString() -> String {
            (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
        }
        func randomValue(depth: Int) -> Any {
            switch Int.random(in: 0..<(depth > 4 ? 5 : 7), using: &rng) {
            case 0: return NSNull()
            case 1: return Bool.random(using: &rng)
            case 2: return Int.random(in: -1_000_000...1_000_000, using: &rng)
            case 3: return Double(Int.random(in: -100_000...100_000, using: &rng)) / 64
            case 4: return randomString()
            case 5: return (0..<Int.random(in: 0...4, using: &rng)).map { _ in randomValue(depth: depth + 1) }
            default:
                var object: [String: Any] = [:]
                for _ in 0..<Int.random(in: 0...4, using: &rng) { object[randomString()] = randomValue(depth: depth + 1) }
                return object
            }
        }
        for _ in 0..<200 {
            let value: Any = Bool.random(using: &rng) ? [randomValue(depth: 0)] : ["k": randomValue(depth: 0)]
            let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted])
            let ours = try JSONParser.parse(data)
            let theirs = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            #expect(sameValues(ours, theirs), "\(String(decoding: data, as: UTF8.self))")
        }
    }
}
