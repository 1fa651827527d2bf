/// How answers turn into points and a module into a pass or a fail.
/// The rules are documented in Content/README.md ("Scoring").
public enum QuestionScoring {
    /// Points earned for the chosen option indices.
    public static func points(_ question: Question, chosen: Set<Int>) -> Double {
        let valid = chosen.filter { question.options.indices.contains($0) }
        let correct = Set(question.options.indices.filter { question.options[$0].correct })
        let points = Double(question.points)
        if question.kind.allowsSeveral {
            guard !correct.isEmpty else { return 0 }
            let right = valid.intersection(correct).count
            let wrong = valid.subtracting(correct).count
            return points * Double(max(0, right - wrong)) / Double(correct.count)
        }
        return valid.count == 1 && correct.isSuperset(of: valid) ? points : 0
    }

    /// Whether the answer is fully right (for feedback: "right" / "partly" / "not right").
    public static func verdict(_ question: Question, chosen: Set<Int>) -> Verdict {
        let earned = points(question, chosen: chosen)
        if earned >= Double(question.points) { return .right }
        return earned > 0 ? .partly : .wrong
    }

    public enum Verdict: String, Sendable { case right, partly, wrong }
}

/// A module's score over its scored questions.
public struct ModuleScore: Equatable, Sendable {
    public let earned: Double
    public let possible: Double
    public let passMark: Int

    /// Exact percentage, 0–100 (100 when nothing is scored).
    public var percent: Double { possible > 0 ? earned / possible * 100 : 100 }
    /// Shown to people: rounded down, so a shown 59 never passes a mark of 60.
    public var shownPercent: Int { Int(percent.rounded(.down)) }
    /// Compared exactly: 59.9 fails a mark of 60, 60.0 passes.
    public var passed: Bool { percent + 1e-9 >= Double(passMark) }

    public init(earned: Double, possible: Double, passMark: Int) {
        self.earned = earned
        self.possible = possible
        self.passMark = passMark
    }

    /// The score of `answers` (question unit id → chosen options).
    public init(module: TrainingModule, answers: [String: [Int]]) {
        var earned = 0.0, possible = 0.0
        for unit in module.scoredQuestions {
            guard let question = unit.question else { continue }
            possible += Double(question.points)
            earned += QuestionScoring.points(question, chosen: Set(answers[unit.id] ?? []))
        }
        self.init(earned: earned, possible: possible, passMark: module.passMark)
    }
}
