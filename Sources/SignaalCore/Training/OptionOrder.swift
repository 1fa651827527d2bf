/// The order in which a question's options are shown.
///
/// Stored content keeps its own order (and answers are saved as stored
/// indices, so scoring and old records are untouched); each learner sees the
/// options shuffled, so "1 everywhere" cannot pass. The shuffle is seeded by
/// the learner (their name as compared, see `LearnerName.key`), the module,
/// the question and the attempt, so the same learner sees the same order when
/// they resume, and another one when they try again; a class gets one seed
/// per run. The hash is FNV-1a and the
/// generator SplitMix64, both written out here: Swift's own `hashValue` is
/// randomised per process and would change the order on every start.
/// True/false questions keep their fixed order (True, False).
public struct OptionOrder: Equatable, Sendable {
    /// Nil: the stored order.
    public let seed: UInt64?

    public static let stored = OptionOrder(seed: nil)

    /// For a learner: the same for every spelling `LearnerName.key` treats as one name.
    public static func learner(_ name: String) -> OptionOrder {
        OptionOrder(seed: StableHash.fnv1a(LearnerName.key(name)))
    }

    /// For one class-mode run.
    public static func run(_ seed: UInt64) -> OptionOrder { OptionOrder(seed: seed) }

    /// Shown position → stored index, for the question of `unit` in `module`.
    /// Each attempt after the first sees another order, so the positions a
    /// failed attempt's feedback showed do not pass the next one: the learner
    /// has to know which answer is right, not where it stood.
    public func permutation(module: TrainingModule, unit: ModuleUnit, attempt: Int = 1) -> [Int] {
        guard let question = unit.question else { return [] }
        let count = question.options.count
        guard let base = seed, question.kind != .truefalse, count > 1 else { return Array(0..<count) }
        let seed = attempt > 1 ? StableHash.fnv1a("attempt \(attempt)", start: base) : base
        var generator = SplitMix64(state: StableHash.fnv1a(module.id + "\u{0}" + unit.id, start: seed))
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
        }
        // A single-choice answer goes where this learner's spread puts it.
        if question.kind == .single, let correct = question.options.firstIndex(where: \.correct),
           let target = answerPosition(module: module, unitID: unit.id, seed: seed),
           target < count, let at = order.firstIndex(of: correct) {
            order.swapAt(at, target)
        }
        return order
    }

    /// Where the right answer of a single-choice question is shown. Pure
    /// chance would now and then put most answers under one number, and
    /// "3 everywhere" would pass for an unlucky few; instead the module's
    /// single-choice questions take the positions in shuffled rounds (each
    /// round uses every position once), so one number is right at most once
    /// a round, for every learner.
    func answerPosition(module: TrainingModule, unitID: String, seed: UInt64) -> Int? {
        let singles = module.units.filter { $0.question?.kind == .single }
        guard let index = singles.firstIndex(where: { $0.id == unitID }),
              let width = singles.compactMap({ $0.question?.options.count }).min(), width > 1 else { return nil }
        var generator = SplitMix64(state: StableHash.fnv1a(module.id + "\u{0}answer-positions", start: seed))
        var round: [Int] = []
        for _ in 0...(index / width) {
            round = Array(0..<width)
            for i in stride(from: width - 1, to: 0, by: -1) {
                round.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
        }
        return round[index % width]
    }
}

/// A hash that is the same on every machine and every run.
public enum StableHash {
    /// 64-bit FNV-1a over the UTF-8 bytes, optionally continuing from `start`.
    public static func fnv1a(_ text: String, start: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = start
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and fully determined by its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }
    /// The same as `init(state:)`: the seed is the first state.
    public init(seed: UInt64) { self.state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension Question {
    /// The question with its options in `order` (shown position → stored index).
    func reordered(_ order: [Int]) -> Question {
        Question(kind: kind, prompt: prompt, scene: scene, options: order.map { options[$0] },
                 explanation: explanation, scored: scored, points: points)
    }
}
