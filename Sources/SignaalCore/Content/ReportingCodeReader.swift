/// Reads `Content/meldcode.json` into a `ReportingCode`, checking that its
/// steps are referral steps and that it has the framework's five questions.
enum ReportingCodeReader {
    static let fileName = "meldcode.json"

    static func read(_ top: inout ObjectReader, steps: [ReferralStep]?, references: inout ReferenceTable) -> ReportingCode? {
        let roles = top.strings("roles") ?? []
        references.add(.role, field: "roles", in: top)
        let stepIDs = top.strings("steps") ?? []
        if let steps {
            let known = Set(steps.map(\.id))
            for id in stepIDs where !known.contains(id) {
                top.problem("unknown referral step \"\(id)\" (the steps are in referral/steps.json)")
            }
        }
        if stepIDs.count != 5 { top.problem("the meldcode has five steps, found \(stepIDs.count)", at: top.node["steps"]) }
        let questions = top.objects("questions") { item -> ReportingCode.Question? in
            let id = item.id()
            let step = item.string("step")
            if let step, !stepIDs.contains(step) { item.problem("\"step\" must be one of the meldcode's \"steps\"", at: item.node["step"]) }
            let text = item.text("text")
            let decidingAnswer = item.bool("decidingAnswer")
            let outcome = item.choice("outcome", ReportingCode.Outcome.self)
            let reason = item.text("reason", multiline: true)
            let sources = item.strings("sources") ?? []
            if sources.isEmpty { item.problem("a question needs at least one source") }
            references.add(.source, field: "sources", in: item)
            guard let id, let step, let text, let decidingAnswer, let outcome, let reason else { return nil }
            return ReportingCode.Question(id: id, step: step, text: text, decidingAnswer: decidingAnswer, outcome: outcome,
                                          reason: reason, sources: sources)
        }
        if questions.count != 5 { top.problem("the afwegingskader has five questions, found \(questions.count)", at: top.node["questions"]) }
        let otherwise = top.choice("otherwise", ReportingCode.Outcome.self)
        let otherwiseReason = top.text("otherwiseReason", multiline: true)
        let labels = top.object("outcomes") { item -> [ReportingCode.Outcome: LocalizedText] in
            var labels: [ReportingCode.Outcome: LocalizedText] = [:]
            for outcome in ReportingCode.Outcome.allCases {
                labels[outcome] = item.text(outcome.rawValue)
            }
            return labels
        }
        let sources = top.strings("sources") ?? []
        references.add(.source, field: "sources", in: top)
        guard let otherwise, let otherwiseReason, let labels,
              labels.count == ReportingCode.Outcome.allCases.count, questions.count == 5, stepIDs.count == 5 else { return nil }
        return ReportingCode(roles: roles, steps: stepIDs, questions: questions,
                             otherwise: otherwise, otherwiseReason: otherwiseReason, outcomeLabels: labels, sources: sources)
    }
}
