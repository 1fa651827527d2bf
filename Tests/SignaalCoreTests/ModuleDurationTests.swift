import Foundation
import Testing
@testable import SignaalCore

/// A module's lessons may say how long it takes; that figure must be the
/// one the module list shows (`minutes`), in Dutch and in English.
@Suite("Module duration")
struct ModuleDurationTests {
    @Test("a lesson that states the duration states the module's minutes")
    func statedDurationMatches() throws {
        let bundle = try #require(ContentLoader.load(from: Fixtures.shipped).bundle)
        let phrases = ["nl": #/ongeveer (\d+) minuten/#, "en": #/about (\d+) minutes/#]
        var stated = 0
        for module in bundle.modules {
            for unit in module.units {
                guard case .lesson(let pages) = unit.content else { continue }
                for page in pages {
                    for (language, phrase) in phrases {
                        for match in (page.text.values[language] ?? "").matches(of: phrase) {
                            stated += 1
                            #expect(Int(match.1) == module.minutes, "\(module.id) (\(language)) says \(match.1) minutes, the list says \(module.minutes)")
                        }
                    }
                }
            }
        }
        #expect(stated > 0)
    }
}
