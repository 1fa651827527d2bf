import Foundation
import SignaalCore
import SignaalUI

/// The interface's only way to the training records: every `RecordKeeper`
/// call the full-screen app makes is in this file, through `read()` and
/// `update {}`, so a faster store needs changing here alone.
struct RecordEffects {
    let content: ContentBundle
    let services: AppServices

    /// The records as they are now. A failed read says nothing and changes
    /// nothing: the screen shows the records it had (as before effects).
    func load() -> [Message] {
        guard let keeper = services.records, let (records, notices) = try? keeper.read() else { return [] }
        return [.recordsLoaded(records, notices: notices)]
    }

    /// Makes one change under the store's lock and sends back the records as
    /// written, so the screens show what was saved without reading again.
    func change(_ change: RecordChange) -> [Message] {
        guard let keeper = services.records else { return [] }
        let now = services.now(), newCode = services.newCode
        do {
            let ((outcome, records), notices) = try keeper.update { records -> (RecordOutcome, TrainingRecords) in
                let outcome = apply(change, to: &records, now: now, newCode: newCode)
                return (outcome, records)
            }
            return [.recordsChanged(records, notices: notices, outcome: outcome)]
        } catch {
            return [.failed(.records(RecordsError(error)))]
        }
    }

    /// What each change does to the records (pure: the lock is the caller's).
    func apply(_ change: RecordChange, to records: inout TrainingRecords, now: Date, newCode: () -> String) -> RecordOutcome {
        switch change {
        case .saveProgress(let learnerID, let runner):
            records.save(runner, learnerID: learnerID, now: now)
            return .progressSaved
        case .createLearner(let name, let organisation):
            return .learnerCreated(records.learner(named: name, organisation: organisation, now: now))
        case .link(let organisationID, let learnerID, let learnerName, let staffName):
            return .linked(records.link(organisationID: organisationID, learner: learnerID, staffName: staffName, now: now), learnerName: learnerName)
        case .unlink(let organisationID, let learnerID, let learnerName):
            return .unlinked(records.unlink(organisationID: organisationID, learner: learnerID, now: now), learnerName: learnerName)
        case .participantCertificate(let learner, let moduleID):
            let issued = content.module(moduleID).flatMap { records.participantCertificate(learner: learner, module: $0, now: now, newCode: newCode) }
            return .participantCertificate(issued, moduleID: moduleID)
        case .organisationCertificate(let organisation, let status, let moduleID):
            let issued = content.module(moduleID).flatMap {
                records.organisationCertificate(for: organisation, status: status, module: $0, now: now, newCode: newCode)
            }
            return .organisationCertificate(issued, moduleID: moduleID)
        }
    }
}
