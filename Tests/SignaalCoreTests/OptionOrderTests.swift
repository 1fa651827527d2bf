import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// Options are shuffled per learner, so a certificate cannot be earned by
/// pressing the same number every time (issue 14 §1).
@Suite("Option order")
struct OptionOrderTests {
    /// Learner names from a seeded generator: the same on every run.
    static func names(_ count: Int) -> [String] {
        let first = ["Anna", "Bram", "Ștefan", "Zoë", "Łukasz", "Fatima", "Jan", "Marieke", "Nguyễn", "Olga"]
        let last = ["de Vries", "Popescu", "Bakker", "Brontë", "Wójcik", "El Amrani", "Jansen", "Văn An", "Petrova", "Smit"]
        var generator = SplitMix64(seed: 14)
        return (0..<count).map { index in
            "\(first[Int(generator.next() % 10)]) \(last[Int(generator.next() % 10)]) \(index)"
        }
    }

    /// Runs a module to the end, answering each question with `choose`
    /// (given the question as shown, it returns shown positions).
    static func run(_ module: TrainingModule, learner: String, choose: (Question) -> Set<Int>) -> ModuleRunner {
        var runner = ModuleRunner(module: module, order: .learner(learner))
        while !runner.progress.finished {
            if let question = runner.question { runner.answer(choose(question)) }
            runner.nextUnit()
        }
        return runner
    }

    @Test("the same number to every question fails every shipped module for 50 learners", arguments: [1, 2, 3, 4])
    func sameNumberFails(number: Int) throws {
        let modules = ShippedContent.bundle.modules
        #expect(modules.count >= 3)
        for module in modules {
            for name in Self.names(50) {
                let runner = Self.run(module, learner: name) { question in [min(number, question.options.count) - 1] }
                #expect(!runner.score.passed, "\(module.id): \"\(number)\" everywhere passed for \(name) with \(runner.score.shownPercent)%")
            }
        }
    }

    /// Typing back the positions a failed attempt's feedback showed passed
    /// every time while each attempt had the same order. True/false keeps its
    /// fixed order and a position can fall right by chance, so a few still pass.
    @Test("the right positions a failed attempt showed pass the next attempt for fewer than 1 in 5 learners")
    func positionsFromFeedbackFail() throws {
        var tries = 0, passes = 0
        for module in ShippedContent.bundle.modules {
            for name in Self.names(20) {
                // Attempt 1: fail on purpose, and write down where the right answers stood.
                var runner = ModuleRunner(module: module, order: .learner(name))
                var positions: [String: Set<Int>] = [:]
                while !runner.progress.finished {
                    if let unit = runner.unit, let question = runner.question {
                        positions[unit.id] = Set(question.options.indices.filter { question.options[$0].correct })
                        runner.answer([question.options.count - 1])
                    }
                    runner.nextUnit()
                }
                // Attempt 2: the same positions, typed back.
                runner.retry()
                #expect(runner.progress.attempt == 2)
                while !runner.progress.finished {
                    if let unit = runner.unit, runner.question != nil { runner.answer(positions[unit.id] ?? [0]) }
                    runner.nextUnit()
                }
                tries += 1
                if runner.score.passed { passes += 1 }
            }
        }
        #expect(tries == ShippedContent.bundle.modules.count * 20)
        #expect(passes * 5 < tries, "\(passes) of \(tries) passed with the positions of their first attempt")
    }

    @Test("a learner who resumes an attempt sees the same order; the next attempt another one")
    func sameOrderWithinAnAttempt() throws {
        let module = try #require(ShippedContent.bundle.module("no-room-hotel"))
        let unit = try #require(module.units.first { $0.question?.kind == .single })
        let order = OptionOrder.learner("Anna de Vries")
        #expect(order.permutation(module: module, unit: unit, attempt: 1) == order.permutation(module: module, unit: unit))
        #expect(order.permutation(module: module, unit: unit, attempt: 3) == order.permutation(module: module, unit: unit, attempt: 3))
        let attempts = Set((1...6).map { order.permutation(module: module, unit: unit, attempt: $0) })
        #expect(attempts.count > 1)
    }

    @Test("no number holds more than its share of single-choice answers, for any learner")
    func singleAnswersSpread() {
        for module in ShippedContent.bundle.modules {
            let singles = module.units.filter { $0.question?.kind == .single }
            let width = singles.compactMap { $0.question?.options.count }.min() ?? 1
            let share = (singles.count + width - 1) / width
            for name in Self.names(50) {
                let order = OptionOrder.learner(name)
                var counts: [Int: Int] = [:]
                for unit in singles {
                    let shown = order.permutation(module: module, unit: unit)
                    if let position = shown.firstIndex(where: { unit.question?.options[$0].correct == true }) { counts[position, default: 0] += 1 }
                }
                #expect(counts.values.allSatisfy { $0 <= share }, "\(module.id) for \(name): \(counts)")
            }
        }
    }

    @Test("answering correctly passes, whatever the order")
    func correctPasses() {
        for module in ShippedContent.bundle.modules {
            for name in Self.names(20) {
                let runner = Self.run(module, learner: name) { question in
                    Set(question.options.indices.filter { question.options[$0].correct })
                }
                #expect(runner.score.percent == 100, "\(module.id) for \(name): \(runner.score.percent)")
            }
        }
    }

    @Test("the order differs between learners and is fixed for true/false")
    func differsBetweenLearners() throws {
        let module = try #require(ShippedContent.bundle.module("no-room-hotel"))
        let names = Self.names(20)
        for unit in module.units {
            guard let question = unit.question else { continue }
            let orders = Set(names.map { OptionOrder.learner($0).permutation(module: module, unit: unit) })
            if question.kind == .truefalse {
                #expect(orders == [[0, 1]])
            } else {
                #expect(orders.count > 1, "\(unit.id) has one order for 20 learners")
                #expect(orders.allSatisfy { $0.sorted() == Array(question.options.indices) })
            }
        }
    }

    @Test("a learner resuming sees the same order, whatever the spelling of their name's case")
    func resumeKeepsOrder() throws {
        let module = try #require(ShippedContent.bundle.module("buit-professional"))
        var runner = ModuleRunner(module: module, order: .learner("Ștefan Popescu"))
        while runner.question == nil { runner.nextUnit() }
        let shown = try #require(runner.question)
        runner.answer([2])
        let chosenText = shown.options[2].text
        // Saved, read back, started again by the same learner in another session.
        let saved = try JSONDecoder().decode(ModuleProgress.self, from: JSONEncoder().encode(runner.progress))
        let resumed = ModuleRunner(module: module, progress: saved, order: .learner("ștefan popescu"))
        #expect(resumed.question == shown)
        #expect(resumed.answer == [2])
        // Stored as the stored index of the option chosen.
        let unit = try #require(resumed.unit)
        let stored = try #require(saved.answers[unit.id]?.first)
        #expect(unit.question?.options[stored].text == chosenText)
    }

    @Test("the hash and the generator are stable across runs and machines")
    func stableHash() {
        // Published FNV-1a 64 test vectors.
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        // SplitMix64 from seed 0 (reference implementation's first output).
        var generator = SplitMix64(state: 0)
        #expect(generator.next() == 0xe220_a839_7b1d_cdaf)
    }
}
