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
        return try indexed(name, locked: locked) { RecordFormats.learner(indexLine: $0, key: key) }
    }

    /// Learners whose name has the same `NameKey`: "Stefan Popescu" finds
    /// "Ștefan Popescu" and "Popescu, Stefan", all in one bucket.
    public func learners(sameNameAs name: String) throws -> [Learner] {
        try migrateIfNeeded()
        let key = NameKey.of(name)
        return try indexed(name, locked: .none) { line in
            let entry = RecordFormats.learner(indexLine: line, key: nil)
            if case .learner(let learner) = entry, NameKey.of(learner.name) != key { return .other }
            return entry
        }
    }

    /// The entries `match` takes from the name's `indexBuckets`: its
    /// `NameKey` bucket and, when another file, its exact spelling's bucket.
    private func indexed(_ name: String, locked: LockHeld, _ match: (Substring) -> RecordFormats.IndexEntry) throws -> [Learner] {
        var found: [Learner] = []
        for bucket in layout.indexBuckets(name: name) {
            let learners = try readLog(bucket, locked: locked) { line in
                switch match(line) {
                case .learner(let learner): .record(learner)
                case .other: .skip
                case .damaged: .damaged
                }
            }.records
            for learner in learners where !found.contains(where: { $0.id == learner.id }) { found.append(learner) }
        }
        return found
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
            try addToIndex(learner)
            return learner
        }
    }

    /// A new learner's line in each of their `indexBuckets` (under the exclusive lock).
    func addToIndex(_ learner: Learner) throws {
        for bucket in layout.indexBuckets(name: learner.name) { _ = try RecordLog.append(RecordFormats.indexLine(learner), to: bucket.path) }
    }

    /// `TrainingRecords.findLearner` over a few learners.
    static func find(_ name: String, _ organisation: String?, in learners: [Learner]) -> Learner? {
        var records = TrainingRecords()
        records.learners = learners
        return records.findLearner(named: name, organisation: organisation)
    }

    public func enrolments(learnerID: String) throws -> [Enrolment] {
        try migrateIfNeeded()
        return try progress(learnerID, locked: .none)
    }

    /// A learner's log holds a line per save; the last line of each module
    /// counts. Only those are decoded. A last line that cannot be decoded is
    /// damage: the log is kept aside and rewritten with, for each module,
    /// its last good line (so the learner goes on from the save before).
    func progress(_ id: String, locked: LockHeld) throws -> [Enrolment] {
        let file = layout.learnerLog(id)
        guard let data = try RecordFileIO.readIfPresent(file.path) else { return [] }
        var modules: [Substring] = []
        var lines: [Substring: [Substring]] = [:]  // module → its JSON lines, oldest first
        var damaged = false
        for line in RecordLines.completeLines(data) {
            guard let (module, json) = RecordFormats.progressParts(line) else { damaged = true; continue }
            if lines[module] == nil { modules.append(module) }
            lines[module, default: []].append(json)
        }
        var enrolments: [Enrolment] = []
        for module in modules {
            let candidates = lines[module] ?? []
            if let latest = candidates.last.flatMap(RecordFormats.enrolment) {
                enrolments.append(latest)
                continue
            }
            damaged = true
            guard case .exclusive = locked else { continue }
            // The save before, if any line of this module can still be read.
            if let earlier = candidates.reversed().lazy.compactMap(RecordFormats.enrolment).first { enrolments.append(earlier) }
        }
        // A file of another id is a rare name clash of long ids (`RecordLines.fileName`): not this learner's.
        enrolments = enrolments.filter { $0.learnerID == id }
        guard damaged else { return enrolments }
        switch locked {
        case .none: return try exclusive { try progress(id, locked: .exclusive) }
        case .shared: throw DamageFound()
        case .exclusive: break
        }
        let keptAt = try CorruptRecordQuarantine.moveAside(file, now: now(), keepOriginal: true)
        try replace(file, with: Data(try enrolments.map { enrolment throws(StoreError) in try RecordFormats.progressLine(enrolment) }.joined().utf8))
        report(.corruptFileMovedAside(original: file, movedTo: keptAt, recovered: true))
        return enrolments
    }

    /// Under the learner's own lock, beside other learners' saves; only
    /// after a writer died mid-line on the completions log under the
    /// folder's exclusive lock, which cuts that line off.
    public func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws {
        let save = { (alongsideOthers: Bool) in
            var records = try self.learnerRecords(learner)
            let before = records.enrolments
            records.save(runner, learnerID: learner.id, now: now)
            try self.writeLearner(learner, records: records, before: before, alongsideOthers: alongsideOthers)
        }
        do {
            try learnerWrite(learner.id) { try save(true) }
        } catch is RecordLog.TornTail {
            try exclusive { try save(false) }
        }
    }

    /// One learner's enrolments as records, to change with `TrainingRecords`' own methods.
    func learnerRecords(_ learner: Learner) throws -> TrainingRecords {
        var records = TrainingRecords()
        records.learners = [learner]
        records.enrolments = try progress(learner.id, locked: .exclusive)
        return records
    }

    /// A log grown past this is rewritten with one line per module.
    static let compactAbove = 256 * 1024

    /// Appends the enrolments that changed to the learner's log (one
    /// `fdatasync`, no rename: the cheapest durable write there is). A new or
    /// better completion goes on the completions log first, so `org status`
    /// never misses one the learner's log shows.
    func writeLearner(_ learner: Learner, records: TrainingRecords, before: [Enrolment], alongsideOthers: Bool = false) throws {
        let changed = records.enrolments.filter { enrolment in
            enrolment.learnerID == learner.id && before.first { $0.moduleID == enrolment.moduleID } != enrolment
        }
        var completions = ""
        var progress = ""
        for enrolment in changed {
            progress += try RecordFormats.progressLine(enrolment)
            guard let completed = enrolment.completed else { continue }
            let old = before.first { $0.moduleID == enrolment.moduleID }
            if old?.completed == completed, old?.completedScore == enrolment.completedScore { continue }
            completions += RecordFormats.completionLine(LearnerCompletion(learner: learner, moduleID: enrolment.moduleID,
                                                                         completed: completed, score: enrolment.completedScore ?? 0))
        }
        if !completions.isEmpty { _ = try RecordLog.append(completions, to: layout.completions.path, alongsideOthers: alongsideOthers) }
        guard !progress.isEmpty else { return }
        let file = layout.learnerLog(learner.id)
        let size = try RecordLog.append(progress, to: file.path)  // its own lock is held: a torn tail is cut
        if size > Self.compactAbove {
            let all = records.enrolments.filter { $0.learnerID == learner.id }
            try replace(file, with: Data(try all.map { enrolment throws(StoreError) in try RecordFormats.progressLine(enrolment) }.joined().utf8))
        }
    }

    public func participantCertificate(learner: Learner, module: TrainingModule, now: Date, newCode: () -> String) throws -> IssuedCertificate? {
        try exclusive {
            var records = try learnerRecords(learner)
            records.certificates = try certificates(locked: .exclusive)
            let known = records.certificates.count
            let certificate = records.participantCertificate(learner: learner, module: module, now: now, newCode: newCode)
            if records.certificates.count > known, let certificate {
                _ = try RecordLog.append(try RecordFormats.certificateLine(certificate), to: layout.certificates.path)
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

    /// Decodes only the lines that hold the learner's id.
    public func certificates(learnerID: String) throws -> [IssuedCertificate] {
        guard !learnerID.isEmpty else { return [] }
        try migrateIfNeeded()
        return try readLog(layout.certificates, locked: .none) { line in
            guard line.contains(learnerID) else { return .skip }
            return RecordFormats.certificate(line).map { .record($0) } ?? .damaged
        }.records.filter { $0.learnerID == learnerID }
    }
}
