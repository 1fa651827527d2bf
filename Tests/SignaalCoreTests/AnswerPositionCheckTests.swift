import Testing
@testable import SignaalCore
import SignaalTestSupport

@Suite("Answer position warning")
struct AnswerPositionCheckTests {
    /// A shipped module with each single-choice answer moved to `position(k)` for the k-th such question.
    static func module(_ id: String, position: (Int) -> Int) throws -> TrainingModule {
        let module = try #require(ShippedContent.bundle.module(id))
        var k = 0
        let units = module.units.map { unit -> ModuleUnit in
            guard let question = unit.question, question.kind == .single,
                  let correct = question.options.firstIndex(where: \.correct) else { return unit }
            var order = Array(question.options.indices)
            order.swapAt(correct, min(position(k), order.count - 1))
            k += 1
            return ModuleUnit(id: unit.id, title: unit.title, content: .question(question.reordered(order)))
        }
        return TrainingModule(id: module.id, languages: module.languages, reviewLanguages: module.reviewLanguages, title: module.title,
                              summary: module.summary, audience: module.audience, minutes: module.minutes, passMark: module.passMark,
                              sources: module.sources, characters: module.characters, units: units)
    }

    @Test("more than half of the answers in one place warns, naming the place and the count")
    func warns() throws {
        let all = try Self.module("no-room-hotel") { _ in 1 }
        let warnings = AnswerPositionCheck.warnings([all])
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.moduleID == "no-room-hotel" && warning.position == 2 && warning.count == warning.total && warning.total >= 6)
    }

    @Test("the shipped modules spread their single-choice answers")
    func shipped() {
        #expect(AnswerPositionCheck.warnings(ShippedContent.bundle.modules).isEmpty)
    }

    @Test("answers spread over the positions do not warn; exactly half does not either")
    func spread() throws {
        #expect(AnswerPositionCheck.warnings([try Self.module("no-room-hotel") { $0 % 3 }]).isEmpty)
        // Exactly half in the first place (the rest in the second): no warning, whatever the count.
        let shipped = try #require(ShippedContent.bundle.module("no-room-hotel"))
        let singles = shipped.units.filter { $0.question?.kind == .single }.count
        #expect(AnswerPositionCheck.warnings([try Self.module("no-room-hotel") { $0 < singles / 2 ? 0 : 1 + $0 % 2 }]).isEmpty)
    }
}
