import Foundation

/// A person who trains. Only their name (as they gave it) and, optionally,
/// their organisation are kept: never anything about people being assessed.
public struct Learner: Codable, Equatable, Sendable {
    public let id: String
    public let name: String
    public let organisation: String?
    public let created: Date
}

/// A learner's work on one module: where they are, and when they completed it.
public struct Enrolment: Codable, Equatable, Sendable {
    public let learnerID: String
    public var progress: ModuleProgress
    public let started: Date
    public var updated: Date
    /// When the module was first completed with a passing score.
    public var completed: Date?
    /// The score of that completion, rounded down to a whole percent.
    public var completedScore: Int?

    public var moduleID: String { progress.moduleID }
}

/// A certificate as issued: what was printed on it and for whom.
public struct IssuedCertificate: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case participant, organisation }
    public let code: String
    public let kind: Kind
    public let issuedOn: Date
    public let moduleID: String
    /// The learner's or the organisation's name.
    public let recipient: String
    public let learnerID: String?
    public let organisation: String?
    public let scorePercent: Int?
    public let staffCompleted: Int?
    public let staffRostered: Int?
    public let thresholdPercent: Int?
    /// The organisation's place when it was issued (organisation certificates).
    public var location: String? = nil
}

/// Everything the training records file holds.
public struct TrainingRecords: Codable, Equatable, Sendable {
    public var version = 1
    public var learners: [Learner] = []
    public var enrolments: [Enrolment] = []
    public var certificates: [IssuedCertificate] = []
    /// Hotels and holiday parks with their staff rosters (see Organisations/).
    public var organisations: [Organisation] = []

    public init() {}

    // Files written before organisations existed have no "organisations"
    // key: it reads as none. Every other key stays required, as before.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        learners = try container.decode([Learner].self, forKey: .learners)
        enrolments = try container.decode([Enrolment].self, forKey: .enrolments)
        certificates = try container.decode([IssuedCertificate].self, forKey: .certificates)
        organisations = try container.decodeIfPresent([Organisation].self, forKey: .organisations) ?? []
    }
}

/// Why a name is refused.
public enum NameProblem: Error, Equatable, Sendable {
    case empty
    case controlCharacters
    case tooLong(maximum: Int)

    /// The interface string that explains the problem (`{maximum}` filled by the caller).
    public var messageKey: String {
        switch self {
        case .empty: "learner.nameEmpty"
        case .controlCharacters: "learner.nameControl"
        case .tooLong: "learner.nameTooLong"
        }
    }
}

public enum LearnerName {
    /// Long enough for every name in full (several given names and
    /// family names); the certificate wraps and shrinks it to fit.
    public static let maximumLength = 200

    /// The name as given, trimmed; refused when empty, too long or holding
    /// control characters. Diacritics and any script are welcome.
    public static func validate(_ raw: String) -> Result<String, NameProblem> {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(.empty) }
        if !SafeText.isSafe(name) {
            return .failure(.controlCharacters)
        }
        if name.count > maximumLength { return .failure(.tooLong(maximum: maximumLength)) }
        return .success(name)
    }

    /// How two names are compared: canonical form, case folded.
    static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }
}

extension TrainingRecords {
    /// The learner with this name (and organisation), created when new.
    public mutating func learner(named name: String, organisation: String?, now: Date, newID: () -> String = { UUID().uuidString }) -> Learner {
        let organisation = organisation.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
        if let existing = findLearner(named: name, organisation: organisation) { return existing }
        let learner = Learner(id: newID(), name: name, organisation: organisation, created: now)
        learners.append(learner)
        return learner
    }

    /// An empty organisation means none, as when the learner was created.
    public func findLearner(named name: String, organisation: String?) -> Learner? {
        let key = LearnerName.key(name)
        let trimmed = organisation?.trimmingCharacters(in: .whitespaces)
        let organisationKey = trimmed.flatMap { $0.isEmpty ? nil : LearnerName.key($0) }
        return learners.first { LearnerName.key($0.name) == key && $0.organisation.map(LearnerName.key) == organisationKey }
    }

    /// All learners with this name, whatever their organisation.
    public func learners(named name: String) -> [Learner] {
        let key = LearnerName.key(name)
        return learners.filter { LearnerName.key($0.name) == key }
    }

    public func enrolment(learnerID: String, moduleID: String) -> Enrolment? {
        enrolments.first { $0.learnerID == learnerID && $0.moduleID == moduleID }
    }

    public func enrolments(learnerID: String) -> [Enrolment] {
        enrolments.filter { $0.learnerID == learnerID }
    }

    /// Saves where a learner is; marks the first passing completion.
    public mutating func save(_ runner: ModuleRunner, learnerID: String, now: Date) {
        let index = enrolments.firstIndex { $0.learnerID == learnerID && $0.moduleID == runner.module.id }
        var enrolment = index.map { enrolments[$0] }
            ?? Enrolment(learnerID: learnerID, progress: runner.progress, started: now, updated: now)
        enrolment.progress = runner.progress
        enrolment.updated = now
        if runner.isCompleted {
            let score = runner.score.shownPercent
            // A later, better attempt raises the recorded score; the first date stays.
            if enrolment.completed == nil { enrolment.completed = now }
            enrolment.completedScore = max(enrolment.completedScore ?? 0, score)
        }
        if let index { enrolments[index] = enrolment } else { enrolments.append(enrolment) }
    }

    public func certificate(code: String) -> IssuedCertificate? {
        let wanted = code.uppercased()
        return certificates.first { $0.code == wanted }
    }

    /// A code not used by any certificate in these records.
    public func unusedCode(_ generate: () -> String) -> String {
        var code = generate()
        let used = Set(certificates.map(\.code))
        while used.contains(code) { code = generate() }
        return code
    }
}

extension TrainingRecords {
    /// The learner's certificate for a completed module: the one issued
    /// before, or a new one with an unused code. Nil when not completed.
    public mutating func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) -> IssuedCertificate? {
        guard let enrolment = enrolment(learnerID: learner.id, moduleID: module.id), enrolment.completed != nil else { return nil }
        if let existing = certificates.first(where: { $0.kind == .participant && $0.learnerID == learner.id && $0.moduleID == module.id
            && $0.scorePercent == enrolment.completedScore }) {
            return existing
        }
        let certificate = IssuedCertificate(
            code: unusedCode(newCode), kind: .participant, issuedOn: now, moduleID: module.id, recipient: learner.name,
            learnerID: learner.id, organisation: learner.organisation, scorePercent: enrolment.completedScore,
            staffCompleted: nil, staffRostered: nil, thresholdPercent: nil)
        certificates.append(certificate)
        return certificate
    }
}
