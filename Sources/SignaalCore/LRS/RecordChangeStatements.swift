import Foundation

/// Which statements a change to the training records stands for, found by
/// comparing the records before and after one update. So every way of
/// training (full screen, `train --plain`, `certificate`) reports the same
/// events without each screen knowing about xAPI:
///
/// - an enrolment that is new, or whose attempt number went up: `initialized`;
/// - one that existed before and is saved for the first time in this
///   session (`session` remembers which): `resumed`;
/// - a scored question whose answer is new or changed: `answered`;
/// - `finished` turning true: `completed` and `passed`/`failed`;
/// - a certificate code that was not there before: `earned`.
public struct RecordChangeStatements: Sendable {
    public let factory: StatementFactory
    public let module: @Sendable (String) -> TrainingModule?

    public init(factory: StatementFactory, module: @escaping @Sendable (String) -> TrainingModule?) {
        self.factory = factory
        self.module = module
    }

    /// The statements, in the order the events happened. `session` holds
    /// the "learnerID moduleID" pairs already reported in this session.
    public func statements(before: TrainingRecords, after: TrainingRecords, now: Date, session: inout Set<String>,
                           newID: () -> String) -> [XAPIStatement] {
        var out: [XAPIStatement] = []
        var learners: [String: Learner] = [:]
        for learner in after.learners { learners[learner.id] = learner }
        for enrolment in after.enrolments {
            guard let learner = learners[enrolment.learnerID], let module = module(enrolment.moduleID) else { continue }
            let old = before.enrolment(learnerID: enrolment.learnerID, moduleID: enrolment.moduleID)
            if old == enrolment { continue }
            let key = enrolment.learnerID + " " + enrolment.moduleID
            let newAttempt = old == nil || old!.progress.attempt != enrolment.progress.attempt
            if newAttempt || session.insert(key).inserted {
                session.insert(key)
                out.append(factory.started(learner, module, resumed: !newAttempt, at: now, id: newID()))
            }
            let oldAnswers = newAttempt ? [:] : old?.progress.answers ?? [:]
            for unit in module.units {
                guard unit.question?.scored == true, let chosen = enrolment.progress.answers[unit.id], oldAnswers[unit.id] != chosen,
                      let statement = factory.answered(learner, module, unit: unit, chosen: chosen, at: now, id: newID()) else { continue }
                out.append(statement)
            }
            let wasFinished = !newAttempt && old?.progress.finished == true
            if enrolment.progress.finished && !wasFinished {
                let score = ModuleScore(module: module, answers: enrolment.progress.answers)
                out += factory.finished(learner, module, score: score, at: now, ids: (newID(), newID()))
            }
        }
        let known = Set(before.certificates.map(\.code))
        for certificate in after.certificates where !known.contains(certificate.code) {
            let learner = certificate.learnerID.flatMap { learners[$0] }
            out.append(factory.certificate(certificate, learner: learner, module: module(certificate.moduleID), id: newID()))
        }
        return out
    }
}
