import Foundation

/// Why an organisation is not added.
public enum OrganisationProblem: Error, Equatable, Sendable {
    case name(NameProblem)
    case location(NameProblem)
    /// An organisation with this name (compared as names are) already exists.
    case alreadyExists(id: String)
}

extension TrainingRecords {
    public func organisation(id: String) -> Organisation? {
        organisations.first { $0.id == id }
    }

    /// The organisation with this id, or else with this name (case and Unicode form aside).
    public func organisation(idOrName: String) -> Organisation? {
        let trimmed = idOrName.trimmingCharacters(in: .whitespacesAndNewlines)
        if let found = organisation(id: trimmed) { return found }
        let key = PersonKey.name(trimmed)
        return organisations.first { PersonKey.name($0.name) == key }
    }

    /// Adds a new organisation with a unique id. Names are checked like learner names.
    public mutating func addOrganisation(name: String, location: String? = nil, moduleID: String = Organisation.defaultModuleID,
                                         now: Date) -> Result<Organisation, OrganisationProblem> {
        let checkedName: String
        switch LearnerName.validate(name) {
        case let .success(valid): checkedName = valid
        case let .failure(problem): return .failure(.name(problem))
        }
        var checkedLocation: String?
        if let location, !location.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            switch LearnerName.validate(location) {
            case let .success(valid): checkedLocation = valid
            case let .failure(problem): return .failure(.location(problem))
            }
        }
        let key = PersonKey.name(checkedName)
        if let existing = organisations.first(where: { PersonKey.name($0.name) == key }) {
            return .failure(.alreadyExists(id: existing.id))
        }
        let id = OrganisationID.unique(for: checkedName, taken: Set(organisations.map(\.id)))
        let organisation = Organisation(id: id, name: checkedName, location: checkedLocation, moduleID: moduleID, created: now)
        organisations.append(organisation)
        return .success(organisation)
    }

    /// Stores a changed organisation over the one with its id (appends when new).
    public mutating func save(_ organisation: Organisation) {
        if let index = organisations.firstIndex(where: { $0.id == organisation.id }) {
            organisations[index] = organisation
        } else {
            organisations.append(organisation)
        }
    }
}
