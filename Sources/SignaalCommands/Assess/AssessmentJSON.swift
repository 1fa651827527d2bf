import SignaalCore

/// `signaal assess --format json`: the result, its reasons and the referral steps.
struct AssessmentJSON: Encodable {
    struct Step: Encodable {
        let id: String
        let text: String
        /// The step's place in a procedure ("reporting code, step 2"), if any.
        let label: String?
        let detail: String?
        let questions: [String]
        let contacts: [ContactJSON]
    }
    let checklist: String
    let language: String
    let role: String?
    let age: String
    let acute: Bool
    /// The checklist's own context questions answered yes.
    let answers: [String]
    /// The checklist's notes that apply, such as an age rule.
    let notes: [String]
    let level: String
    let levelRank: Int
    let levelLabel: String
    let score: Int
    let contributing: [String]
    let signals: [SignalJSON]
    let reasons: [String]
    let referral: [Step]
    let disclaimer: String

    init(_ result: AssessmentResult, steps: [ReferralStep], checklist: Checklist, role: String?, content: ContentBundle, language: Language) {
        let report = ResultReport(content: content, language: language)
        self.checklist = checklist.id
        self.language = language.code
        self.role = role
        age = result.input.age.rawValue
        acute = result.input.acute
        answers = result.input.answers.sorted()
        notes = checklist.notes(for: result.input).map { $0.text(language) }
        level = result.level.id
        levelRank = result.level.rank
        levelLabel = result.level.label(language)
        score = result.score
        contributing = result.contributing.map(\.id)
        signals = result.contributing.map { SignalJSON($0, language) }
        reasons = result.reasons.map { report.text(for: $0, score: result.score) }
        referral = steps.map { step in
            Step(id: step.id, text: step.text(language), label: step.label?(language), detail: step.detail?(language),
                 questions: step.questions.map { $0(language) },
                 contacts: step.contacts.compactMap { content.contact($0) }.map { ContactJSON($0, language) })
        }
        disclaimer = content.strings("result.disclaimer", language)
    }
}
