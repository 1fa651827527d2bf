/// The IRIs Signaal uses in xAPI statements, in one place.
///
/// Verbs come from the ADL registry, `earned` from the Tin Can registry
/// (no ADL verb says "was awarded a certificate"). Activity ids live under
/// `activityBase`, a name reserved for examples (RFC 2606), so that they
/// never point at someone else's site: xAPI needs ids that are stable and
/// unique, not pages that load. They must never change, or an LRS would
/// see old and new records as different modules.
public enum XAPIVocabulary {
    public static let version = "1.0.3"
    public static let activityBase = "https://signaal.example/xapi"

    public enum Verb: String, CaseIterable, Sendable {
        case initialized, resumed, answered, completed, passed, failed, earned

        public var id: String {
            self == .earned ? "http://id.tincanapi.com/verb/earned" : "http://adlnet.gov/expapi/verbs/\(rawValue)"
        }

        public var xapi: XAPIVerb { XAPIVerb(id: id, display: ["en-US": rawValue]) }
    }

    public static func module(_ moduleID: String) -> String { "\(activityBase)/modules/\(moduleID)" }
    public static func question(_ moduleID: String, _ unitID: String) -> String { "\(module(moduleID))/questions/\(unitID)" }
    /// One activity per certificate, so that `verify` can ask an LRS for it.
    public static func certificate(_ code: String) -> String { "\(activityBase)/certificates/\(code)" }

    public static let courseType = "http://adlnet.gov/expapi/activities/course"
    public static let questionType = "http://adlnet.gov/expapi/activities/question"
    public static let certificateType = "\(activityBase)/activity-types/certificate"

    /// `result.extensions` keys on a certificate statement.
    public enum Extension {
        public static let code = "\(activityBase)/extensions/verification-code"
        public static let module = "\(activityBase)/extensions/module"
        public static let kind = "\(activityBase)/extensions/certificate-kind"
        public static let recipient = "\(activityBase)/extensions/organisation-name"
        public static let scorePercent = "\(activityBase)/extensions/score-percent"
        public static let staffCompleted = "\(activityBase)/extensions/staff-completed"
        public static let staffRostered = "\(activityBase)/extensions/staff-rostered"
    }
}
