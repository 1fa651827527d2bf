import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// A wrong number in a crisis is the worst mistake Signaal can make. The
/// directory's numbers are pinned to what the organisations' own pages (or
/// the Wegwijzer Mensenhandel) said when they were checked, and every number
/// written anywhere in Content/ must be one of them: a typo in a lesson or a
/// translation fails here, not in a phone call.
@Suite("Content: crisis numbers")
struct CrisisNumberTests {
    /// Checked in November 2026; the source ids say where. Change a number
    /// only together with its source in sources.json.
    static let checked: [String: String] = [
        "emergency-112": "112",                      // wegwijzer-melden
        "police": "0900-8844",                       // wegwijzer-melden, wegwijzer-politie
        "meld-misdaad-anoniem": "0800-7000",         // politie-mma
        "veilig-thuis": "0800-2000",                 // augeo-veilig-thuis
        "comensha": "033 448 11 86",                 // wegwijzer-comensha
        "centrum-seksueel-geweld": "0800-0188",      // csg-media, ggd-fryslan-csg-2022
        "helpwanted": "020-261 52 75",               // helpwanted-en
        "kindertelefoon": "0800-0432",               // vrienden-kindertelefoon, kindertelefoon-over-ons
        "arbeidsinspectie": "0800 5151",             // wegwijzer-melden, nl-labour-authority-faq
        "keerpunt": "", "fier-chat": "", "fairwork": "",  // no verified public number: chat or site only
    ]
    /// Numbers a text may give that are not a contact's main number.
    static let alsoAllowed: Set<String> = [
        "+31703335678",  // Netherlands Labour Authority from abroad: nl-labour-authority-faq, eindhoven-arbeidsuitbuiting
    ]

    static func digits(_ number: String) -> String { number.filter { $0.isNumber || $0 == "+" } }

    /// Every string in every JSON file under Content/, with where it is.
    static func allTexts() throws -> [(file: String, text: String)] {
        let files = try #require(FileManager.default.enumerator(at: ShippedContent.root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }
        var found: [(String, String)] = []
        func walk(_ value: Any, _ file: String) {
            switch value {
            case let text as String: found.append((file, text))
            case let list as [Any]: list.forEach { walk($0, file) }
            case let object as [String: Any]: object.values.forEach { walk($0, file) }
            default: break
            }
        }
        for file in files {
            walk(try JSONSerialization.jsonObject(with: Data(contentsOf: file)), file.lastPathComponent)
        }
        return found
    }

    @Test("every contact's number is the checked one, and every contact is checked")
    func directoryNumbers() {
        let contacts = ShippedContent.bundle.contacts
        #expect(Set(contacts.map(\.id)) == Set(Self.checked.keys))
        for contact in contacts {
            #expect(contact.phone == Self.checked[contact.id], "\(contact.id): \(contact.phone)")
        }
    }

    @Test("every phone number written in Content/ is a checked number")
    func numbersInTexts() throws {
        let allowed = Set(Self.checked.values.filter { !$0.isEmpty }.map(Self.digits)).union(Self.alsoAllowed)
        // Dutch numbers as written here: 0800/0900 lines, area codes with
        // spaces or a dash, and +31 from abroad.
        let pattern = try NSRegularExpression(pattern: #"(\+31[ \d]{9,13}\d|\b0[89]00[- ]?\d{4}\b|\b0\d{2}[- ]\d{3} ?\d{2} ?\d{2}\b)"#)
        var seen = 0
        for (file, text) in try Self.allTexts() {
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                let number = String(text[Range(match.range, in: text)!])
                seen += 1
                #expect(allowed.contains(Self.digits(number)), "\(file): \(number) is not a checked number")
            }
        }
        #expect(seen > 50, "the pattern should find the numbers the content gives (found \(seen))")
    }
}
