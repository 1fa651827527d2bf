import Foundation

/// Everything loaded from `Content/`.
///
/// The interface's words, the roles, scoring and certification are read at
/// once: the first screens need them. Sources, referral, the meldcode,
/// checklists and modules (most of the bytes) sit in a `ContentCatalogue`:
/// given at once by a full load, or read on first use after a start from
/// content a full load already found valid (`ContentLoader.loadForStart`).
/// Either way they read like stored properties, from any thread.
public struct ContentBundle: Sendable {
    public let strings: InterfaceStrings
    public let roles: [Role]
    public let scoring: ScoringModel
    public let certification: CertificationRules
    let catalogue: ContentCatalogue
    /// The folder it was loaded from (its `fonts/` print certificates).
    public var folder: URL? = nil
    /// Set by someone who replaces the meldcode (nil inside: not replaced).
    private var replacedReportingCode: ReportingCode?? = nil

    init(strings: InterfaceStrings, roles: [Role], scoring: ScoringModel, certification: CertificationRules,
         catalogue: ContentCatalogue) {
        self.strings = strings
        self.roles = roles
        self.scoring = scoring
        self.certification = certification
        self.catalogue = catalogue
    }

    public var sources: [Source] { catalogue.parts.sources }
    public var checklists: [Checklist] { catalogue.parts.checklists }
    public var modules: [TrainingModule] { catalogue.modules }
    public var contacts: [Contact] { catalogue.parts.contacts }
    public var steps: [ReferralStep] { catalogue.parts.steps }
    /// The meldcode's steps and afwegingskader (`meldcode.json`), if present.
    public var reportingCode: ReportingCode? {
        get { replacedReportingCode ?? catalogue.parts.reportingCode }
        set { replacedReportingCode = .some(newValue) }
    }

    public func checklist(_ id: String) -> Checklist? { checklists.first { $0.id == id } }
    public func module(_ id: String) -> TrainingModule? { modules.first { $0.id == id } }
    public func contact(_ id: String) -> Contact? { contacts.first { $0.id == id } }
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
}
