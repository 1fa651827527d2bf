import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// `train --plain` shows each learner their own option order and the scenes
/// of spot questions (issue 14 §1–2).
@Suite("Plain training order and scenes")
struct PlainShuffleTests {
    /// Every question answered "1", every chat reply "1", Enter on pages.
    static func oneEverywhere(_ moduleID: String) -> [String] {
        PlainAnswers.passing(moduleID, learner: "", wrong: false).map { $0.isEmpty ? "" : "1" }
    }

    @Test("\"1\" everywhere fails every shipped module", arguments: ShippedModules.bundle.modules.map(\.id))
    func oneEverywhereFails(moduleID: String) {
        let data = DataFolder()
        let train = Run.signaal(["train", moduleID, "--learner", "Eén Overal", "--plain", "--data", data.path, "--lang", "en"],
                                input: Self.oneEverywhere(moduleID))
        #expect(train.code == .ok)
        #expect(train.out.contains("Not passed yet"), "\(train.out.suffix(400))")
    }

    @Test("a spot question shows its scene before the labels; feedback names the shown numbers")
    func sceneAndNumbers() throws {
        let data = DataFolder()
        let module = try #require(ShippedModules.bundle.module("no-room-hotel"))
        let train = Run.signaal(["train", "no-room-hotel", "--learner", "Ana Pop", "--plain", "--data", data.path, "--lang", "en"],
                                input: PlainAnswers.passing("no-room-hotel", learner: "Ana Pop"))
        #expect(train.out.contains("Passed"))
        let unit = try #require(module.units.first { $0.question?.kind == .spot })
        let question = try #require(unit.question)
        let firstLine = try #require(question.scene.first?(.english))
        let scene = try #require(train.out.range(of: "What happens:"))
        let line = try #require(train.out.range(of: "  | " + String(firstLine.prefix(30))))
        #expect(scene.lowerBound < line.lowerBound)
        // The right answers are named by the numbers this learner saw.
        let runner = ModuleRunner(module: module, order: .learner("Ana Pop"))
        let shown = runner.shownOrder(unit)
        let right = shown.indices.filter { question.options[shown[$0]].correct }.map { "\($0 + 1)" }.joined(separator: ", ")
        let afterScene = train.out[line.upperBound...]
        #expect(afterScene.contains(right), "expected \(right)")
    }
}
