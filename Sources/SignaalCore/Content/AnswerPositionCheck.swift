/// A warning for content authors: when most single-choice questions of a
/// module have their right answer in the same stored position, a learner
/// who presses that number everywhere gets far with the stored order (and
/// authors tend to write the right answer first). Learners see options
/// shuffled (see `OptionOrder`); the stored order should be spread too.
public struct AnswerPositionWarning: Equatable, Sendable {
    public let moduleID: String
    /// 1-based, as an author counts options in the file.
    public let position: Int
    public let count: Int
    public let total: Int
}

public enum AnswerPositionCheck {
    /// One warning per module where more than half of its single-choice
    /// questions have their answer in one position.
    public static func warnings(_ modules: [TrainingModule]) -> [AnswerPositionWarning] {
        modules.compactMap { module in
            let positions = module.units.compactMap { $0.question?.kind == .single ? $0.question?.options.firstIndex(where: \.correct) : nil }
            var counts: [Int: Int] = [:]
            for position in positions { counts[position, default: 0] += 1 }
            guard let (position, count) = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }),
                  count * 2 > positions.count else { return nil }
            return AnswerPositionWarning(moduleID: module.id, position: position + 1, count: count, total: positions.count)
        }
    }
}
