import Foundation

/// Learners, their progress and their certificates: each operation reads
/// or writes one learner's file, one name bucket, or one line of a log.
extension FolderRecordStore {
    public func learners(named name: String) throws -> [Learner] {
        try migrateIfNeeded()
        return try learners(named: name, locked: .none)
    }

    func learners(named name: String, locked: LockHeld) throws -> [Learner] {
        let key = LearnerName.key(name)
        return try readLog(layout.nameBucket(key: key), locked: locked) { line in
            switch RecordFormats.learner(indexLine: line, key: key) {
            case .learner(let learner): .record(learner)
            case .other: .skip
            case .damaged: .damaged
            }
        }.records
    }

    public func learner(named name: String, organisation: String?, now: Date) throws -> Learner {
        if let found = Self.find(name, organisation, in: try learners(named: name)) { return found }
        return try exclusive {
            // Another program may have added them meanwhile: look again under the lock.
            let named = try learners(named: name, locked: .exclusive)
            if let found = Self.find(name, organisation, in: named) { return found }
            var records = TrainingRecords()
            records.learners = named
            let learner = records.learner(named: name, organisation: organisation, now: now)
            try RecordLog.append(RecordFormats.indexLine(learner), to: layout.nameBucket(key: LearnerName.key(name)).path)
            return learner
        }
    }

    /// `TrainingRecords.findLearner` over a few learners.
    static func find(_ name: String, _ organisation: String?, in learners: [Learner]) -> Learner? {
        var records = TrainingRecords()
        records.learners = learners
        return records.findLearner(named: name, organisation: organisation)
    }

    public func enrolments(learnerID: String) throws -> [Enrolment] {
        try migrateIfNeeded()
        return try learnerFile(learnerID, locked: .none)?.enrolments ?? []
    }

    func learnerFile(_ id: String, locked: LockHeld) throws -> LearnerFile? {
        // A file for another id is a rare name clash of long ids (`RecordLines.fileName`): not this learner's.
        try load(LearnerFile.self, layout.learnerFile(id), locked: locked).flatMap { $0.learner.id == id ? $0 : nil }
    }

    public func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws {
        try exclusive {
            var records = try learnerRecords(learner)
            let before = records.enrolment(learnerID: learner.id, moduleID: runner.module.id)
            records.save(runner, learnerID: learner.id, now: now)
            try writeLearner(learner, records: records, before: before.map { [$0] } ?? [])
        }
    }

    /// One learner's file as records, to change with `TrainingRecords`' own methods.
    func learnerRecords(_ learner: Learner) throws -> TrainingRecords {
        var records = TrainingRecords()
        records.learners = [learner]
        records.enrolments = try learnerFile(learner.id, locked: .exclusive)?.enrolments ?? []
        return records
    }

    /// Writes the learner's file; a new or better completion goes on the log
    /// first, so `org status` never misses one the learner's file shows.
    func writeLearner(_ learner: Learner, records: TrainingRecords, before: [Enrolment]) throws {
        let enrolments = records.enrolments.filter { $0.learnerID == learner.id }
        var lines = ""
        for enrolment in enrolments {
            guard let completed = enrolment.completed else { continue }
            let old = before.first { $0.moduleID == enrolment.moduleID }
            if old?.completed == completed, old?.completedScore == enrolment.completedScore { continue }
            lines += RecordFormats.completionLine(LearnerCompletion(learner: learner, moduleID: enrolment.moduleID,
                                                                   completed: completed, score: enrolment.completedScore ?? 0))
        }
        if !lines.isEmpty { try RecordLog.append(lines, to: layout.completions.path) }
        try replace(layout.learnerFile(learner.id), with: RecordCoding.encode(LearnerFile(learner: learner, enrolments: enrolments),
                                                                              path: layout.learnerFile(learner.id).path))
    }

    public func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate? {
        try exclusive {
            var records = try learnerRecords(learner)
            records.certificates = try certificates(locked: .exclusive)
            let known = records.certificates.count
            let certificate = records.participantCertificate(learner: learner, module: module, now: now, newCode: newCode)
            if records.certificates.count > known, let certificate {
                try RecordLog.append(try RecordFormats.certificateLine(certificate), to: layout.certificates.path)
            }
            return certificate
        }
    }

    /// Every certificate issued, in order.
    func certificates(locked: LockHeld) throws -> [IssuedCertificate] {
        try readLog(layout.certificates, locked: locked) { line in
            RecordFormats.certificate(line).map { .record($0) } ?? .damaged
        }.records
    }

    /// Decodes only the lines that hold the code.
    public func certificate(code: String) throws -> IssuedCertificate? {
        let wanted = code.uppercased()
        guard !wanted.isEmpty else { return nil }
        try migrateIfNeeded()
        return try readLog(layout.certificates, locked: .none) { line in
            guard line.contains(wanted) else { return .skip }
            return RecordFormats.certificate(line).map { .record($0) } ?? .damaged
        }.records.first { $0.code == wanted }
    }
}
