import Foundation

/// Everything a case note is made of. Built only when the user asks to
/// save one; Signaal keeps none of it.
public struct CaseNote: Equatable, Sendable {
    public var created: Date
    /// The time zone the note's date and time are written in.
    public var timeZone: TimeZone
    /// "0.1.0": which Signaal wrote the note.
    public var appVersion: String
    public var checklist: Checklist
    public var role: Role?
    /// A dossier number checked by `CaseReference.validate`; nil for none.
    public var reference: String?
    public var result: AssessmentResult
    public var steps: [ReferralStep]
    /// The meldcode worked through so far; nil when the role does not use it.
    public var progress: ReportingCodeProgress?

    public init(created: Date, timeZone: TimeZone = .current, appVersion: String, checklist: Checklist, role: Role?,
                reference: String?, result: AssessmentResult, steps: [ReferralStep], progress: ReportingCodeProgress?) {
        self.created = created
        self.timeZone = timeZone
        self.appVersion = appVersion
        self.checklist = checklist
        self.role = role
        self.reference = reference
        self.result = result
        self.steps = steps
        self.progress = progress
    }

    /// Scores the checklist and plans its referral exactly as the result
    /// screen does, so the note says what the screen said.
    public static func assess(_ input: AssessmentInput, checklist: Checklist, role: Role?, content: ContentBundle)
        -> (result: AssessmentResult, steps: [ReferralStep]) {
        let result = RiskScorer(model: content.scoring, checklist: checklist).assess(input)
        let situation = ReferralPlanner.Situation(result: result, form: checklist.form, role: role?.id ?? "")
        return (result, ReferralPlanner(steps: content.steps, model: content.scoring).plan(for: situation))
    }
}

/// A case note as semantic blocks; `CaseNoteMarkdown`, `CaseNotePlainText`
/// and `CaseNotePDF` print them.
public enum CaseNoteBlock: Equatable, Sendable {
    case title(String)
    /// Must stand out: the note supports and does not replace judgement.
    case warning(String)
    case field(label: String, value: String)
    case heading(String)
    case paragraph(String)
    case note(String)
    case bullet(String, indent: Int)
    case numbered(Int, String)
    /// A meldcode step: ticked or not.
    case check(done: Bool, text: String)
    /// Room to write by hand: blank lines on paper, a heading in Markdown.
    case fillIn(String)
}

/// Which version of a checklist a note was made with: a short fingerprint
/// of its signals, so two notes can be compared even without a version
/// number in the content. It changes whenever a signal changes.
public enum ChecklistFingerprint {
    public static func of(_ checklist: Checklist) -> String {
        var hash: UInt32 = 2_166_136_261
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt32(byte)
                hash = hash &* 16_777_619
            }
            hash ^= 0x1F
            hash = hash &* 16_777_619
        }
        mix(checklist.id)
        for signal in checklist.signals {
            for part in [signal.id, signal.group, signal.strength.rawValue, signal.kind.rawValue, "\(signal.urgentForMinor)"] { mix(part) }
            for code in signal.text.values.keys.sorted() { mix(signal.text.values[code] ?? "") }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
