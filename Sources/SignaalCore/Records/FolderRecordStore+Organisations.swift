import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Organisations, their status and certificate: one roster file each, the
/// completions streamed from their log, and a tally so that the certificate
/// of a chain of 100,000 staff reads two small files, not the roster.
extension FolderRecordStore {
    /// Every organisation with its roster, oldest first.
    public func organisations() throws -> [Organisation] {
        try migrateIfNeeded()
        return try organisations(headerOnly: false, locked: .none)
    }

    /// Only the first line of each roster file is decoded.
    public func organisationHeaders() throws -> [Organisation] {
        try migrateIfNeeded()
        return try organisations(headerOnly: true, locked: .none)
    }

    func organisations(headerOnly: Bool, locked: LockHeld) throws -> [Organisation] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.organisations.path)) ?? []
        var out: [Organisation] = []
        for name in names.sorted() where name.hasSuffix(".roster") && !name.hasPrefix(".") {
            let file = layout.organisations.appendingPathComponent(name)
            if let organisation = try loadData(file, locked: locked, { RecordFormats.organisation($0, headerOnly: headerOnly) }) {
                out.append(organisation)
            }
        }
        return out.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
    }

    /// By id, else by name (case and Unicode form aside), as `TrainingRecords.organisation(idOrName:)`.
    public func organisation(idOrName: String) throws -> Organisation? {
        try migrateIfNeeded()
        return try organisation(idOrName: idOrName, headerOnly: false, locked: .none)
    }

    func organisation(idOrName: String, headerOnly: Bool, locked: LockHeld) throws -> Organisation? {
        let trimmed = idOrName.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty, let found = try organisation(id: trimmed, headerOnly: headerOnly, locked: locked) { return found }
        var records = TrainingRecords()
        records.organisations = try organisations(headerOnly: true, locked: locked)
        guard let found = records.organisation(idOrName: trimmed) else { return nil }
        return headerOnly ? found : try organisation(id: found.id, headerOnly: false, locked: locked)
    }

    func organisation(id: String, headerOnly: Bool, locked: LockHeld) throws -> Organisation? {
        let stamp = rosterStamp(id)
        let found = try loadData(layout.rosterFile(id), locked: locked) { RecordFormats.organisation($0, headerOnly: headerOnly) }
            .flatMap { $0.id == id ? $0 : nil }
        // Taken before reading: if the file was replaced meanwhile, the stamp is already stale.
        if let found, !headerOnly, let stamp { loadedStamps.withLock { $0[found.id] = stamp } }
        return found
    }

    public func addOrganisation(name: String, location: String?, moduleID: String, now: Date) throws -> Result<Organisation, OrganisationProblem> {
        try exclusive {
            var records = TrainingRecords()
            records.organisations = try organisations(headerOnly: true, locked: .exclusive)
            let result = records.addOrganisation(name: name, location: location, moduleID: moduleID, now: now)
            if case .success(let organisation) = result { try write(organisation) }
            return result
        }
    }

    /// Changes one organisation under the lock; nil when there is none with this id.
    public func updateOrganisation<T>(id: String, _ change: (inout Organisation) throws -> T) throws -> T? {
        try exclusive {
            guard var organisation = try organisation(id: id, headerOnly: false, locked: .exclusive) else { return nil }
            let before = organisation
            let result = try change(&organisation)
            if organisation != before { try write(organisation) }
            return result
        }
    }

    func write(_ organisation: Organisation) throws {
        try replace(layout.rosterFile(organisation.id), with: RecordFormats.roster(organisation))
    }

    /// Every completion on the log, in order; with the bytes read.
    public func completions() throws -> [LearnerCompletion] {
        try migrateIfNeeded()
        return try completionsWithSize().records
    }

    func completionsWithSize(locked: LockHeld = .none) throws -> (records: [LearnerCompletion], size: Int) {
        try readLog(layout.completions, locked: locked) { line in
            RecordFormats.completion(line).map { .record($0) } ?? .damaged
        }
    }

    /// The completions that can count for the organisation: of its module,
    /// by learners who typed it (or nearly, or nothing) or are linked to it.
    /// A chain's other hotels' completions are skipped before they are
    /// decoded; the status would ignore them anyway (`OrganisationRelation.other`).
    func completions(countingFor organisation: Organisation) throws -> (records: [LearnerCompletion], size: Int) {
        let linked = Set((organisation.links ?? []).map(\.learnerID))
        var counts: [Substring: Bool] = [:]  // organisation as typed → not `.other`
        return try readLog(layout.completions, locked: .none) { line in
            let fields = RecordLines.fields(line)
            guard fields.count == 7 else { return .damaged }
            guard RecordLines.text(fields[1]) == organisation.moduleID else { return .skip }
            let typed = fields[6]
            let relevant = counts[typed] ?? {
                let relevant = OrganisationRelation(typed: RecordLines.text(typed), organisation: organisation) != .other
                counts[typed] = relevant
                return relevant
            }()
            if !relevant, let id = RecordLines.text(fields[0]), !linked.contains(id) { return .skip }
            return RecordFormats.completion(fields: fields).map { .record($0) } ?? .damaged
        }
    }

    /// Streams the completions once; remembers the counts for the certificate.
    public func organisationStatus(_ organisation: Organisation, threshold: Int) throws -> OrganisationStatus {
        try migrateIfNeeded()
        let stamp = loadedStamps.withLock { $0[organisation.id] }
        let (completions, size) = try completions(countingFor: organisation)
        let status = OrganisationStatus(organisation: organisation, completions: completions, threshold: threshold)
        if let stamp, stamp == rosterStamp(organisation.id) {
            // Only a cache: if it cannot be written the next certificate counts again.
            let tally = SavedTally(tally: status.tally, completionsSize: size, roster: stamp)
            if let data = try? RecordCoding.encode(tally, path: layout.tallyFile(organisation.id).path) {
                try? AtomicRecordWriter.replace(layout.tallyFile(organisation.id), with: data, temporaryFolder: layout.temporary.path, durable: false)
            }
        }
        return status
    }

    /// From the tally while it is current (two small files), else from the
    /// roster and the completions, which saves the tally for next time.
    public func organisationTally(_ organisation: Organisation, threshold: Int) throws -> OrganisationTally? {
        try migrateIfNeeded()
        if let saved = savedTally(organisation.id, threshold: threshold) { return saved }
        guard let found = try self.organisation(id: organisation.id, headerOnly: false, locked: .none) else { return nil }
        return try organisationStatus(found, threshold: threshold).tally
    }

    /// The certificate for the organisation named, from its tally when no
    /// completion was logged and the roster did not change since it was
    /// counted, else counted again. Nil when there is no such organisation
    /// or its module is unknown (`module` finds it).
    public func organisationCertificate(idOrName: String, threshold: Int, module: (String) -> TrainingModule?, now: Date,
                                        newCode: () -> String) throws -> OrganisationCertificateOutcome? {
        try migrateIfNeeded()
        guard let header = try organisation(idOrName: idOrName, headerOnly: true, locked: .none),
              let module = module(header.moduleID) else { return nil }
        let tally: OrganisationTally
        if let saved = savedTally(header.id, threshold: threshold) {
            tally = saved
        } else {
            guard let organisation = try organisation(id: header.id, headerOnly: false, locked: .none) else { return nil }
            tally = try organisationStatus(organisation, threshold: threshold).tally
        }
        let certificate = try organisationCertificate(for: header, tally: tally, module: module, now: now, newCode: newCode)
        return OrganisationCertificateOutcome(organisation: header, tally: tally, certificate: certificate)
    }

    /// Appends the certificate to its log when it is new; reads no roster and no completion.
    public func organisationCertificate(for organisation: Organisation, tally: OrganisationTally, module: TrainingModule, now: Date,
                                        newCode: () -> String) throws -> IssuedCertificate? {
        try migrateIfNeeded()
        return try exclusive {
            var records = TrainingRecords()
            records.certificates = try certificates(locked: .exclusive)
            let known = records.certificates.count
            let certificate = records.organisationCertificate(for: organisation, tally: tally, module: module, now: now, newCode: newCode)
            if records.certificates.count > known, let certificate {
                try RecordLog.append(try RecordFormats.certificateLine(certificate), to: layout.certificates.path)
            }
            return certificate
        }
    }

    struct SavedTally: Codable {
        let tally: OrganisationTally
        let completionsSize: Int
        let roster: String
    }

    func savedTally(_ id: String, threshold: Int) -> OrganisationTally? {
        guard let data = try? RecordFileIO.readIfPresent(layout.tallyFile(id).path),
              let saved = RecordCoding.decode(SavedTally.self, from: data),
              saved.tally.threshold == threshold, saved.roster == rosterStamp(id) else { return nil }
        var info = stat()
        let size = stat(layout.completions.path, &info) == 0 ? Int(info.st_size) : 0
        return saved.completionsSize == size ? saved.tally : nil
    }

    /// Changes whenever the roster file is replaced (a new file each time).
    func rosterStamp(_ id: String) -> String? {
        var info = stat()
        guard stat(layout.rosterFile(id).path, &info) == 0 else { return nil }
        return "\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}

/// What `org certificate` needs: the organisation (without its roster), the counts, and the certificate when eligible.
public struct OrganisationCertificateOutcome: Sendable {
    public let organisation: Organisation
    public let tally: OrganisationTally
    public let certificate: IssuedCertificate?

    public init(organisation: Organisation, tally: OrganisationTally, certificate: IssuedCertificate?) {
        self.organisation = organisation
        self.tally = tally
        self.certificate = certificate
    }
}
