/// Turns checked signals and context into a level, a score and its reasons.
///
/// The model (parameters in `Content/scoring.json`, explained in the README):
/// - score: each group adds the weights of its checked signals, capped at
///   `groupCap`, so many signals of one kind count less than the same number
///   spread over several groups; every further group holding a medium or
///   strong signal adds `breadthBonus`; the total is capped at 100;
/// - level: the highest of (a) the levels whose score threshold is reached,
///   (b) the levels whose combination rule holds (ILO style: "2 strong",
///   "1 strong and 1 more", "3 medium or stronger", …), and (c) the acute
///   level when acute danger is reported.
/// Every part only grows when a signal is added, so adding a signal never
/// lowers the score or the level.
public struct RiskScorer: Sendable {
    public let model: ScoringModel
    public let checklist: Checklist

    public init(model: ScoringModel, checklist: Checklist) {
        self.model = model
        self.checklist = checklist
    }

    public func assess(_ input: AssessmentInput) -> AssessmentResult {
        let checked = checklist.signals.filter { input.checked.contains($0.id) }
        let tally = Tally(checked)
        let score = self.score(checked)
        var reasons: [Reason] = []
        var level = model.lowest

        func raise(to id: String, because reason: Reason) {
            guard let candidate = model.level(id) else { return }
            if candidate.rank > (level?.rank ?? -1) { level = candidate }
            reasons.append(reason)
        }

        if input.acute { raise(to: model.acuteLevel, because: .acuteDanger) }
        for rule in model.combinations where tally.meets(rule, minor: input.age.countsAsMinor) {
            raise(to: rule.level, because: .combination(rule))
        }
        for (id, threshold) in model.scoreThresholds.sorted(by: { $0.value > $1.value }) where threshold > 0 && score >= threshold {
            raise(to: id, because: .scoreThreshold(level: id, threshold: threshold))
        }
        reasons = reasons.filter { reason in
            // Keep only the reasons that reach the final level: they are what drove it.
            switch reason {
            case .acuteDanger: return true
            case .combination(let rule): return model.level(rule.level)?.rank == level?.rank
            case .scoreThreshold(let id, _): return model.level(id)?.rank == level?.rank
            default: return true
            }
        }
        if checked.isEmpty {
            reasons.append(.noSignals)
        } else {
            reasons.append(.counts(strong: tally.strong, medium: tally.medium, weak: tally.weak, groups: tally.groups.count))
        }
        if input.age == .unknown { reasons.append(.ageUnknownTreatedAsMinor) }

        let order = Dictionary(uniqueKeysWithValues: checklist.signals.enumerated().map { ($1.id, $0) })
        let contributing = checked.sorted { a, b in
            a.strength != b.strength ? a.strength > b.strength : (order[a.id] ?? 0) < (order[b.id] ?? 0)
        }
        let fallback = RiskLevel(id: "none", rank: 0, label: .same("-"), meaning: .same(""))
        return AssessmentResult(level: level ?? fallback, score: score, contributing: contributing,
                                reasons: reasons, input: input)
    }

    func score(_ checked: [Signal]) -> Int {
        var perGroup: [String: Int] = [:]
        var groupsWithWeight: Set<String> = []
        for signal in checked {
            perGroup[signal.group, default: 0] += model.weights[signal.strength] ?? 0
            if signal.strength != .weak { groupsWithWeight.insert(signal.group) }
        }
        let capped = perGroup.values.reduce(0) { $0 + min($1, model.groupCap) }
        let breadth = max(0, groupsWithWeight.count - 1) * model.breadthBonus
        return min(100, capped + breadth)
    }
}

/// Counts of checked signals, cumulative by strength ("medium or stronger").
struct Tally {
    let strong: Int
    let medium: Int
    let weak: Int
    let groups: Set<String>

    init(_ signals: [Signal]) {
        strong = signals.filter { $0.strength == .strong }.count
        medium = signals.filter { $0.strength == .medium }.count
        weak = signals.filter { $0.strength == .weak }.count
        groups = Set(signals.map(\.group))
    }

    func meets(_ rule: CombinationRule, minor: Bool) -> Bool {
        if rule.minorOnly && !minor { return false }
        return strong >= rule.strong
            && strong + medium >= rule.mediumOrStronger
            && strong + medium + weak >= rule.any
            && groups.count >= rule.groups
    }
}
