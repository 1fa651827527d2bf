/// Turns checked signals and context into a level, a score and its reasons.
///
/// The model (parameters in `Content/scoring.json`, explained in the README):
/// - signals of a context-only kind (vulnerability) never count in a
///   combination, and add their weight only next to a signal of another kind;
/// - score: each group adds the weights of its checked signals, capped at
///   `groupCap`, so many signals of one kind count less than the same number
///   spread over several groups; every further group holding a medium or
///   strong signal adds `breadthBonus`; the total is capped at 100;
/// - level: the highest of (a) the levels whose score threshold is reached
///   and (b) the levels whose combination rule holds (ILO style: "2 strong",
///   "1 strong and 1 more", "3 at least medium", …); then (c) a requirement
///   keeps the level below its level unless a signal of its kinds is checked
///   (an adult needs a sign of control or deception for serious concern);
///   (d) acute danger always gives the acute level.
/// Every part only grows when a signal is added (a requirement can only
/// become met), so adding a signal never lowers the score or the level.
public struct RiskScorer: Sendable {
    public let model: ScoringModel
    public let checklist: Checklist

    public init(model: ScoringModel, checklist: Checklist) {
        self.model = model
        self.checklist = checklist
    }

    public func assess(_ input: AssessmentInput) -> AssessmentResult {
        let checked = checklist.signals.filter { input.checked.contains($0.id) }
        let weighing = checked.filter { !model.contextOnlyKinds.contains($0.kind) }
        let tally = Tally(weighing)
        let score = self.score(weighing.isEmpty ? [] : checked)
        let minor = input.age.countsAsMinor
        let fallback = RiskLevel(id: "none", rank: 0, label: .same("-"), meaning: .same(""))
        var level = model.lowest ?? fallback

        func raise(to id: String) {
            if let candidate = model.level(id), candidate.rank > level.rank { level = candidate }
        }
        let met = model.combinations.filter { tally.meets($0, minor: minor) }
        met.forEach { raise(to: $0.level) }
        for (id, threshold) in model.scoreThresholds where threshold > 0 && score >= threshold { raise(to: id) }
        var unmet: KindRequirement?
        for requirement in model.requirements where requirement.applies(to: input.age)
            && !weighing.contains(where: { requirement.kinds.contains($0.kind) }) {
            guard let limit = model.level(requirement.level), level.rank >= limit.rank,
                  let below = model.levels.filter({ $0.rank < limit.rank }).max(by: { $0.rank < $1.rank }) else { continue }
            level = below
            unmet = requirement
        }
        if input.acute { raise(to: model.acuteLevel) }

        // Only what decided the level: acute danger, or the first rule met at
        // the level and the level's own score threshold.
        var reasons: [Reason] = []
        if input.acute {
            reasons.append(.acuteDanger)
        } else {
            if let rule = met.first(where: { $0.level == level.id }) { reasons.append(.combination(rule)) }
            if let threshold = model.scoreThresholds[level.id], threshold > 0, score >= threshold {
                reasons.append(.scoreThreshold(level: level.id, threshold: threshold))
            }
            if let unmet { reasons.append(.requirementNotMet(unmet)) }
        }
        if checked.isEmpty {
            reasons.append(.noSignals)
        } else {
            if !weighing.isEmpty {
                reasons.append(.counts(strong: tally.strong, medium: tally.medium, weak: tally.weak, groups: tally.groups.count))
            }
            let context = checked.count - weighing.count
            if context > 0 { reasons.append(.contextOnly(count: context, alone: weighing.isEmpty)) }
        }
        if input.age == .unknown { reasons.append(.ageUnknownTreatedAsMinor) }

        let order = Dictionary(uniqueKeysWithValues: checklist.signals.enumerated().map { ($1.id, $0) })
        let contributing = checked.sorted { a, b in
            a.strength != b.strength ? a.strength > b.strength : (order[a.id] ?? 0) < (order[b.id] ?? 0)
        }
        return AssessmentResult(level: level, score: score, contributing: contributing, reasons: reasons, input: input)
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

/// Counts of checked signals, cumulative by strength ("at least medium").
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
