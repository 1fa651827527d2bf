import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// The interface shows each learner their own option order, the same when they come back.
@Suite("Option order on screen")
struct OptionOrderScreenTests {
    /// The option lines of the question on screen ("1. ( ) Text").
    static func optionLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
            .filter { $0.range(of: #"^(▶ )?\d+\. [\[(]"#, options: .regularExpression) != nil }
            .map { $0.replacingOccurrences(of: "▶ ", with: "") }
    }

    @Test("leaving and resuming shows the same order; another learner sees another")
    func resumeSameOrder() throws {
        let keeper = MemoryRecordKeeper()
        var driver = TrainingDriver.youthModule(keeper: keeper)
        TrainingDriver.advance(&driver, untilQuestion: true)
        let first = Self.optionLines(driver.text)
        #expect(first.count >= 3)
        driver.press(.escape)
        #expect(driver.state.screen == .learnerHome)
        driver.press(.enter)
        #expect(Self.optionLines(driver.text) == first)

        // Another learner on the same module, up to the same question.
        var others: Set<[String]> = []
        for name in ["Anna Smit", "Bram de Vries", "Cor Jansen", "Dewi Bakker"] {
            var other = Driver(size: Size(width: 80, height: 24), services: TrainingDriver.services(MemoryRecordKeeper()))
            other.press(.enter)
            other.type("3")
            other.type(name)
            other.press(.enter, .enter)
            other.press(.home)
            for _ in 0..<(TestContent.bundle.modules.firstIndex { $0.id == "buit-youth" } ?? 0) { other.press(.down) }
            other.press(.enter)
            TrainingDriver.advance(&other, untilQuestion: true)
            others.insert(Self.optionLines(other.text))
        }
        #expect(others.contains { $0 != first }, "four other learners all saw \(first)")
    }
}
