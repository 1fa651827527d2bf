import Foundation

/// A manager's decision that a learner's completion belongs to a roster row
/// whose name the learner did not type exactly (`org link`). Kept, with
/// dates, when it is undone (`org unlink`), so the record shows who counted
/// when.
public struct RosterLink: Codable, Equatable, Sendable {
    public let learnerID: String
    /// The roster row's name as it was when linked; matched by `NameKey`.
    public let staffName: String
    public let linked: Date
    public var unlinked: Date?

    public init(learnerID: String, staffName: String, linked: Date, unlinked: Date? = nil) {
        self.learnerID = learnerID
        self.staffName = staffName
        self.linked = linked
        self.unlinked = unlinked
    }

    public var isActive: Bool { unlinked == nil }
}

/// How a learner's organisation, as typed, relates to an organisation.
public enum OrganisationRelation: Equatable, Sendable {
    /// Its name, its id, or its name followed by its place ("Hotel De Duinen Zandvoort").
    case same
    /// One edit away, or its name with something else around it: offered, not counted.
    case near
    /// The learner left the organisation empty.
    case none
    case other

    public init(typed: String?, organisation: Organisation) {
        let key = NameKey.of(typed ?? "")
        guard !key.isEmpty else {
            self = .none
            return
        }
        let name = NameKey.of(organisation.name)
        // The id as `org create` printed it ("hotel-de-duinen"), and with spaces.
        var same: Set<String> = [name, NameKey.of(organisation.id), NameKey.of(organisation.id.replacingOccurrences(of: "-", with: " "))]
        if let location = organisation.location {
            same.insert(NameKey.of(organisation.name + " " + location))
            same.insert(NameKey.of(organisation.name + ", " + location).replacingOccurrences(of: ",", with: ""))
        }
        if same.contains(key) {
            self = .same
        } else if NameKey.near(key, name) || key.contains(name) || name.contains(key) && key.count >= 4 {
            self = .near
        } else {
            self = .other
        }
    }
}

/// A completion of an organisation's module that counts for nobody on its
/// roster yet: shown to the manager with the rows it most likely belongs to.
public struct UnmatchedCompletion: Equatable, Sendable {
    public let learnerID: String
    public let learnerName: String
    public let learnerOrganisation: String?
    public let completed: Date
    /// Likely roster rows, best first (same key, then near); may be empty.
    public let candidates: [StaffMember]
}

public enum LinkProblem: Error, Equatable, Sendable {
    case noOrganisation
    case noLearner
    /// Several learners have this name; `organisations` lists theirs ("" for none).
    case ambiguousLearner(organisations: [String])
    case noStaff
    case notLinked
}

extension TrainingRecords {
    /// Links the learner (by name, or by id) to the roster row `staffName`.
    public mutating func link(organisationID: String, learner: String, staffName: String, now: Date) -> Result<RosterLink, LinkProblem> {
        guard var organisation = organisation(id: organisationID) else { return .failure(.noOrganisation) }
        let found = learners.filter { $0.id == learner }.isEmpty ? learnersForLink(learner, organisation) : learners.filter { $0.id == learner }
        guard !found.isEmpty else { return .failure(.noLearner) }
        guard found.count == 1, let chosen = found.first else { return .failure(.ambiguousLearner(organisations: found.map { $0.organisation ?? "" })) }
        let key = NameKey.of(staffName)
        guard let member = organisation.activeStaff.first(where: { NameKey.of($0.name) == key }) else { return .failure(.noStaff) }
        var links = organisation.links ?? []
        for index in links.indices where links[index].learnerID == chosen.id && links[index].isActive { links[index].unlinked = now }
        let link = RosterLink(learnerID: chosen.id, staffName: member.name, linked: now)
        links.append(link)
        organisation.links = links
        save(organisation)
        return .success(link)
    }

    /// Undoes the learner's active link in the organisation.
    public mutating func unlink(organisationID: String, learner: String, now: Date) -> Result<RosterLink, LinkProblem> {
        guard var organisation = organisation(id: organisationID) else { return .failure(.noOrganisation) }
        var links = organisation.links ?? []
        let ids = Set(learners.filter { $0.id == learner || NameKey.of($0.name) == NameKey.of(learner) }.map(\.id))
        guard let index = links.lastIndex(where: { ids.contains($0.learnerID) && $0.isActive }) else { return .failure(.notLinked) }
        links[index].unlinked = now
        organisation.links = links
        save(organisation)
        return .success(links[index])
    }

    /// Learners with this name; when several, the ones whose completion is
    /// unmatched in this organisation, so "X" without an organisation and
    /// "X" at another hotel can still be told apart.
    func learnersForLink(_ name: String, _ organisation: Organisation) -> [Learner] {
        let key = NameKey.of(name)
        let named = learners.filter { NameKey.of($0.name) == key }
        guard named.count > 1 else { return named }
        let unmatched = Set(OrganisationStatus(organisation: organisation, records: self, threshold: 0).unmatched.map(\.learnerID))
        let waiting = named.filter { unmatched.contains($0.id) }
        if !waiting.isEmpty { return waiting }
        let relevant = named.filter { OrganisationRelation(typed: $0.organisation, organisation: organisation) != .other }
        return relevant.isEmpty ? named : relevant
    }
}
