import Foundation

/// Builds the xAPI statements for what happens in training: pure, given
/// the settings (for the actor), the time and a source of new UUIDs.
public struct StatementFactory: Sendable {
    public let settings: LRSSettings
    /// The language the learner works in, for `context.language`.
    public let language: String

    public init(settings: LRSSettings, language: String) {
        self.settings = settings
        self.language = language
    }

    public func actor(_ learner: Learner) -> XAPIAgent {
        XAPIAgent(name: settings.learnerNames ? learner.name : nil,
                  account: XAPIAccount(homePage: settings.homePage,
                                       name: settings.pseudonym.learner(name: learner.name, organisation: learner.organisation)))
    }

    public func moduleActivity(_ module: TrainingModule) -> XAPIActivity {
        XAPIActivity(id: XAPIVocabulary.module(module.id),
                     definition: XAPIDefinition(name: names(module.title, module.languages), type: XAPIVocabulary.courseType))
    }

    /// `initialized` (a new attempt) or `resumed` (carrying on in a new session).
    public func started(_ learner: Learner, _ module: TrainingModule, resumed: Bool, at date: Date, id: String) -> XAPIStatement {
        statement(id: id, learner, resumed ? .resumed : .initialized, moduleActivity(module), result: nil, parent: nil, at: date)
    }

    /// `answered` for one scored question, with its points and whether it was fully right.
    public func answered(_ learner: Learner, _ module: TrainingModule, unit: ModuleUnit, chosen: [Int], at date: Date, id: String) -> XAPIStatement? {
        guard let question = unit.question, question.scored else { return nil }
        let earned = QuestionScoring.points(question, chosen: Set(chosen))
        let possible = Double(question.points)
        let result = XAPIResult(score: score(earned, possible),
                                success: QuestionScoring.verdict(question, chosen: Set(chosen)) == .right,
                                response: chosen.map(String.init).joined(separator: "[,]"))
        let activity = XAPIActivity(id: XAPIVocabulary.question(module.id, unit.id),
                                    definition: XAPIDefinition(name: names(unit.title, module.languages), type: XAPIVocabulary.questionType))
        return statement(id: id, learner, .answered, activity, result: result, parent: moduleActivity(module), at: date)
    }

    /// `completed`, then `passed` or `failed`, both with the module's score.
    public func finished(_ learner: Learner, _ module: TrainingModule, score moduleScore: ModuleScore, at date: Date,
                         ids: (String, String)) -> [XAPIStatement] {
        let scored = score(moduleScore.earned, moduleScore.possible)
        let completed = XAPIResult(score: scored, success: moduleScore.passed, completion: true)
        return [
            statement(id: ids.0, learner, .completed, moduleActivity(module), result: completed, parent: nil, at: date),
            statement(id: ids.1, learner, moduleScore.passed ? .passed : .failed, moduleActivity(module), result: completed, parent: nil, at: date),
        ]
    }

    /// `earned` for a certificate: its code as a result extension, its
    /// module as the parent. The actor is the learner (participant) or the
    /// organisation, whose name is not personal data.
    public func certificate(_ certificate: IssuedCertificate, learner: Learner?, module: TrainingModule?, id: String) -> XAPIStatement {
        var extensions: [String: XAPIExtensionValue] = [
            XAPIVocabulary.Extension.code: .text(certificate.code),
            XAPIVocabulary.Extension.module: .text(certificate.moduleID),
            XAPIVocabulary.Extension.kind: .text(certificate.kind.rawValue),
        ]
        extensions[XAPIVocabulary.Extension.scorePercent] = certificate.scorePercent.map(XAPIExtensionValue.number)
        extensions[XAPIVocabulary.Extension.staffCompleted] = certificate.staffCompleted.map(XAPIExtensionValue.number)
        extensions[XAPIVocabulary.Extension.staffRostered] = certificate.staffRostered.map(XAPIExtensionValue.number)
        let actor: XAPIAgent
        if certificate.kind == .organisation {
            extensions[XAPIVocabulary.Extension.recipient] = .text(certificate.recipient)
            actor = XAPIAgent(name: certificate.recipient,
                              account: XAPIAccount(homePage: settings.homePage, name: settings.pseudonym.organisation(certificate.recipient)))
        } else {
            actor = self.actor(learner ?? Learner(id: "", name: certificate.recipient, organisation: certificate.organisation, created: certificate.issuedOn))
        }
        let title = module.map { names($0.title, $0.languages) } ?? ["en": certificate.moduleID]
        let activity = XAPIActivity(id: XAPIVocabulary.certificate(certificate.code),
                                    definition: XAPIDefinition(name: title.mapValues { "\($0) (\(certificate.code))" }, type: XAPIVocabulary.certificateType))
        return XAPIStatement(id: id, actor: actor, verb: XAPIVocabulary.Verb.earned.xapi, object: activity,
                             result: XAPIResult(success: true, completion: true, extensions: extensions),
                             context: context(parent: module.map(moduleActivity)), timestamp: XAPIStatement.timestamp(certificate.issuedOn))
    }

    // MARK: - Parts

    func statement(id: String, _ learner: Learner, _ verb: XAPIVocabulary.Verb, _ activity: XAPIActivity, result: XAPIResult?,
                   parent: XAPIActivity?, at date: Date) -> XAPIStatement {
        XAPIStatement(id: id, actor: actor(learner), verb: verb.xapi, object: activity, result: result,
                      context: context(parent: parent), timestamp: XAPIStatement.timestamp(date))
    }

    func context(parent: XAPIActivity?) -> XAPIContext {
        XAPIContext(language: language, contextActivities: parent.map { XAPIContextActivities(parent: [$0]) })
    }

    /// 0…1 scaled, never above 1 (rounding aside) or below 0.
    func score(_ earned: Double, _ possible: Double) -> XAPIScore {
        let raw = (earned * 100).rounded() / 100
        let scaled = possible > 0 ? min(1, max(0, (earned / possible * 10_000).rounded() / 10_000)) : 1
        return XAPIScore(scaled: scaled, raw: raw, min: 0, max: possible)
    }

    /// The text in each language the module is written in.
    func names(_ text: LocalizedText, _ languages: [String]) -> [String: String] {
        var names: [String: String] = [:]
        for code in languages { names[code] = text(Language(code)) }
        return names
    }
}
