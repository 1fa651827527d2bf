import Foundation
import SignaalCore
import SignaalUI

/// The interface's only way to the training records: every `RecordKeeper`
/// call the full-screen app makes is in this file.
///
/// Each effect uses the store's targeted operations and answers with what
/// the screen shows: the organisations, one organisation's status, the
/// learners with one name, one learner's work. Nothing here reads or
/// rewrites the whole records (`read`/`update`), so what a screen costs
/// does not grow with the other learners in the folder (README.md, "The
/// records store"). A failed read says nothing and changes nothing: the
/// screen shows what it had.
struct RecordEffects {
    let content: ContentBundle
    let services: AppServices

    var threshold: Int { content.certification.organisationThreshold }

    /// The organisations without their rosters; `counted`: with each one's
    /// counts, for the manager's list (kept by the store while nothing changed).
    func organisations(counted: Bool) -> [Message] {
        guard let keeper = services.records, let organisations = try? keeper.organisationHeaders() else { return [] }
        var tallies: [String: OrganisationTally] = [:]
        if counted {
            for organisation in organisations {
                tallies[organisation.id] = (try? keeper.organisationTally(organisation, threshold: threshold)) ?? nil
            }
        }
        return [.organisationsLoaded(organisations, tallies: tallies, notices: keeper.takeNotices())]
    }

    /// One organisation with its roster, for the learner form.
    func roster(organisationID: String) -> [Message] {
        guard let keeper = services.records, let found = try? keeper.organisation(idOrName: organisationID), found.id == organisationID else { return [] }
        return [.organisationLoaded(found, status: nil, notices: keeper.takeNotices())]
    }

    /// One organisation read afresh, and its status counted.
    func organisation(id: String) -> [Message] {
        guard let keeper = services.records, let found = try? keeper.organisation(idOrName: id), found.id == id,
              let status = try? keeper.organisationStatus(found, threshold: threshold) else { return [] }
        return [.organisationLoaded(found, status: status, notices: keeper.takeNotices())]
    }

    /// The learners whose name has the same `NameKey` as the one typed, and
    /// their work: "Stefan Popescu" finds "Ștefan Popescu" and "Popescu, Stefan".
    func learners(name: String, organisation: String?) -> [Message] {
        guard let keeper = services.records else { return [] }
        do {
            let found = try keeper.learners(sameNameAs: name).sorted { ($0.created, $0.id) < ($1.created, $1.id) }
            let enrolments = try found.flatMap { try keeper.enrolments(learnerID: $0.id) }
            return [.learnersFound(name: name, organisation: organisation, learners: found, enrolments: enrolments, notices: keeper.takeNotices())]
        } catch {
            return [.failed(.records(RecordsError(error)))]
        }
    }

    /// A learner's work and certificates, for their overview.
    func learner(_ learner: Learner) -> [Message] {
        guard let keeper = services.records, let enrolments = try? keeper.enrolments(learnerID: learner.id),
              let certificates = try? keeper.certificates(learnerID: learner.id) else { return [] }
        return [.learnerLoaded(learner, enrolments: enrolments, certificates: certificates, notices: keeper.takeNotices())]
    }

    /// Makes one change and says what it gave.
    func change(_ change: RecordChange) -> [Message] {
        guard let keeper = services.records else { return [] }
        do {
            let outcome = try apply(change, keeper: keeper, now: services.now(), newCode: services.newCode)
            return [.recordChanged(outcome, notices: keeper.takeNotices())]
        } catch {
            return [.failed(.records(RecordsError(error)))]
        }
    }

    func apply(_ change: RecordChange, keeper: any RecordKeeper, now: Date, newCode: () -> String) throws -> RecordOutcome {
        switch change {
        case .saveProgress(let learner, let runner):
            try keeper.saveProgress(runner, learner: learner, now: now)
            return .progressSaved(learnerID: learner.id, runner: runner, at: now)
        case .createLearner(let name, let organisation):
            return .learnerCreated(try keeper.learner(named: name, organisation: organisation, now: now))
        case .link(let organisationID, let learnerID, let learnerName, let staffName):
            let result = try keeper.link(organisationID: organisationID, learner: learnerID, staffName: staffName, now: now)
            return .linked(result, organisationID: organisationID, learnerName: learnerName)
        case .unlink(let organisationID, let learnerID):
            let result = try keeper.unlink(organisationID: organisationID, learner: learnerID, now: now)
            // Only to say who: the learner's name as their completion logged it.
            let name = (try? keeper.completions().first { $0.learner.id == learnerID }?.learner.name) ?? nil
            return .unlinked(result, organisationID: organisationID, learnerName: name ?? "")
        case .participantCertificate(let learner, let moduleID):
            guard let module = content.module(moduleID) else { return .participantCertificate(nil, moduleID: moduleID) }
            let issued = try keeper.participantCertificate(learner: learner, module: module, now: now, newCode: newCode)
            return .participantCertificate(issued, moduleID: moduleID)
        case .organisationCertificate(let organisationID, let moduleID):
            let outcome = try keeper.organisationCertificate(idOrName: organisationID, threshold: threshold, module: content.module,
                                                             now: now, newCode: newCode)
            return .organisationCertificate(outcome?.certificate, moduleID: moduleID)
        }
    }
}
