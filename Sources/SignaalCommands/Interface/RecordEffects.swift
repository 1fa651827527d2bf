import Foundation
import SignaalCore
import SignaalUI
import Synchronization

/// The interface's only way to the training records: every `RecordKeeper`
/// call the full-screen app makes is in this file.
///
/// Opening a screen that shows records reads them whole (`load`). The
/// changes a learner makes while training (a learner added, every answer
/// saved, their certificate) use the store's targeted operations, whose cost
/// does not grow with the folder, and are applied to the copy last read
/// (`RecordsSnapshot`), so the screens see what was saved without reading
/// everything again. A manager's rarer changes (links, the organisation
/// certificate) go through `update {}` and read the records afresh.
struct RecordEffects {
    let content: ContentBundle
    let services: AppServices
    let snapshot: RecordsSnapshot

    /// The records as they are now. A failed read says nothing and changes
    /// nothing: the screen shows the records it had (as before effects).
    func load() -> [Message] {
        guard let keeper = services.records, let (records, notices) = try? keeper.read() else { return [] }
        snapshot.replace(with: records)
        return [.recordsLoaded(records, notices: notices)]
    }

    /// Makes one change and sends back the records as the screens should now
    /// see them, and what the change gave.
    func change(_ change: RecordChange) -> [Message] {
        guard let keeper = services.records else { return [] }
        let now = services.now(), newCode = services.newCode
        do {
            if let (outcome, records) = try targeted(change, keeper: keeper, now: now, newCode: newCode) {
                return [.recordsChanged(records, notices: keeper.takeNotices(), outcome: outcome)]
            }
            let ((outcome, records), notices) = try keeper.update { records -> (RecordOutcome, TrainingRecords) in
                let outcome = apply(change, to: &records, now: now, newCode: newCode)
                return (outcome, records)
            }
            snapshot.replace(with: records)
            return [.recordsChanged(records, notices: notices, outcome: outcome)]
        } catch {
            return [.failed(.records(RecordsError(error)))]
        }
    }

    /// A learner's own changes, written by the store's targeted operations and
    /// applied to the snapshot; nil for the changes that read everything.
    func targeted(_ change: RecordChange, keeper: any RecordKeeper, now: Date,
                  newCode: () -> String) throws -> (RecordOutcome, TrainingRecords)? {
        switch change {
        case .saveProgress(let learnerID, let runner):
            guard let learner = snapshot.learner(id: learnerID) else { return nil }
            try keeper.saveProgress(runner, learner: learner, now: now)
            return (.progressSaved, snapshot.change { $0.save(runner, learnerID: learnerID, now: now) })
        case .createLearner(let name, let organisation):
            let learner = try keeper.learner(named: name, organisation: organisation, now: now)
            // Their earlier work, if any, comes with them (another session may have saved it).
            let enrolments = try keeper.enrolments(learnerID: learner.id)
            return (.learnerCreated(learner), snapshot.change { records in
                if !records.learners.contains(where: { $0.id == learner.id }) { records.learners.append(learner) }
                records.enrolments.removeAll { $0.learnerID == learner.id }
                records.enrolments += enrolments
            })
        case .participantCertificate(let learner, let moduleID):
            guard let module = content.module(moduleID) else { return (.participantCertificate(nil, moduleID: moduleID), snapshot.records) }
            let issued = try keeper.participantCertificate(learner: learner, module: module, now: now, newCode: newCode)
            return (.participantCertificate(issued, moduleID: moduleID), snapshot.change { records in
                if let issued, !records.certificates.contains(where: { $0.code == issued.code }) { records.certificates.append(issued) }
            })
        case .link, .unlink, .organisationCertificate:
            return nil
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

/// The records as the interface last read them, with the learner's own
/// changes applied: the effect runner's memory between effects.
final class RecordsSnapshot: Sendable {
    private let value = Mutex(TrainingRecords())

    var records: TrainingRecords { value.withLock { $0 } }

    func replace(with records: TrainingRecords) { value.withLock { $0 = records } }

    func learner(id: String) -> Learner? { value.withLock { records in records.learners.first { $0.id == id } } }

    /// Applies a change and returns the records after it.
    func change(_ body: (inout TrainingRecords) -> Void) -> TrainingRecords {
        value.withLock { records in
            body(&records)
            return records
        }
    }
}
