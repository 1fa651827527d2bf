import Foundation

/// A learner's passing completion of a module, as `completions.log` holds
/// it: with the learner's name and organisation, so that `org status`
/// streams one file and opens no learner's.
public struct LearnerCompletion: Equatable, Sendable {
    public let learner: Learner
    public let moduleID: String
    public let completed: Date
    public let score: Int

    public init(learner: Learner, moduleID: String, completed: Date, score: Int) {
        self.learner = learner
        self.moduleID = moduleID
        self.completed = completed
        self.score = score
    }
}

/// The line formats (see `RecordLines`). Each decoder returns nil for a
/// line that is not one of its records: damage, reported by the reader.
enum RecordFormats {
    // MARK: names/<bucket>.log: name key, id, created, name, organisation

    static func indexLine(_ learner: Learner) -> String {
        RecordLines.line([RecordLines.field(LearnerName.key(learner.name)), RecordLines.field(learner.id),
                          RecordLines.field(learner.created), RecordLines.field(learner.name), RecordLines.field(learner.organisation)])
    }

    /// The learner on an index line, only when its key is `key` (nil key: any).
    static func learner(indexLine line: Substring, key: String?) -> IndexEntry {
        let fields = RecordLines.fields(line)
        guard fields.count == 5 else { return .damaged }
        if let key, RecordLines.text(fields[0]) != key { return .other }
        guard let id = RecordLines.text(fields[1]), let created = RecordLines.date(fields[2]),
              let name = RecordLines.text(fields[3]) else { return .damaged }
        return .learner(Learner(id: id, name: name, organisation: RecordLines.text(fields[4]), created: created))
    }

    enum IndexEntry {
        case learner(Learner)
        case other
        case damaged
    }

    // MARK: learners/<id>.log: module id, then the enrolment as JSON; the last line per module counts

    static func progressLine(_ enrolment: Enrolment) throws(StoreError) -> String {
        RecordLines.field(enrolment.moduleID) + "\t" + (try jsonLine(enrolment))
    }

    /// The module id and the JSON of a progress line; nil without a tab.
    static func progressParts(_ line: Substring) -> (module: Substring, json: Substring)? {
        guard let tab = line.utf8.firstIndex(of: RecordLines.tab) else { return nil }
        return (line[..<tab], line[line.utf8.index(after: tab)...])
    }

    static func enrolment(_ json: Substring) -> Enrolment? {
        RecordCoding.decode(Enrolment.self, from: Data(json.utf8))
    }

    /// One value as JSON on one line, ending with a line feed.
    static func jsonLine<T: Encodable>(_ value: T) throws(StoreError) -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            throw StoreError(.cannotEncode, path: String(describing: T.self), reason: String(describing: error))
        }
    }

    // MARK: completions.log: learner id, module, completed, score, created, name, organisation

    static func completionLine(_ completion: LearnerCompletion) -> String {
        let learner = completion.learner
        return RecordLines.line([RecordLines.field(learner.id), RecordLines.field(completion.moduleID),
                                 RecordLines.field(completion.completed), String(completion.score), RecordLines.field(learner.created),
                                 RecordLines.field(learner.name), RecordLines.field(learner.organisation)])
    }

    static func completion(_ line: Substring) -> LearnerCompletion? {
        completion(fields: RecordLines.fields(line))
    }

    static func completion(fields: [Substring]) -> LearnerCompletion? {
        guard fields.count == 7, let id = RecordLines.text(fields[0]), let module = RecordLines.text(fields[1]),
              let completed = RecordLines.date(fields[2]), let score = Int(fields[3]), let created = RecordLines.date(fields[4]),
              let name = RecordLines.text(fields[5]) else { return nil }
        return LearnerCompletion(learner: Learner(id: id, name: name, organisation: RecordLines.text(fields[6]), created: created),
                                 moduleID: module, completed: completed, score: score)
    }

    // MARK: certificates.log: one certificate as JSON a line (few, read whole)

    static func certificateLine(_ certificate: IssuedCertificate) throws(StoreError) -> String {
        try jsonLine(certificate)
    }

    static func certificate(_ line: Substring) -> IssuedCertificate? {
        RecordCoding.decode(IssuedCertificate.self, from: Data(line.utf8))
    }

    // MARK: organisations/<id>.roster: the header as JSON, then one member a line

    /// Everything about an organisation but its staff.
    struct Header: Codable {
        let id: String
        let name: String
        let location: String?
        let moduleID: String
        let created: Date
        let links: [RosterLink]?
    }

    static func roster(_ organisation: Organisation) throws(StoreError) -> Data {
        let header = Header(id: organisation.id, name: organisation.name, location: organisation.location,
                            moduleID: organisation.moduleID, created: organisation.created, links: organisation.links)
        var text = try jsonLine(header)
        text.reserveCapacity(text.utf8.count + organisation.staff.count * 80)
        for member in organisation.staff {
            text += RecordLines.line([RecordLines.field(member.name), RecordLines.field(member.department), RecordLines.field(member.email),
                                      RecordLines.field(member.staffNumber), RecordLines.field(member.added), RecordLines.field(member.left)])
        }
        return Data(text.utf8)
    }

    static func header(_ line: Substring) -> Header? {
        RecordCoding.decode(Header.self, from: Data(line.utf8))
    }

    /// The whole organisation, or nil when any line is damaged.
    static func organisation(_ data: Data, headerOnly: Bool = false) -> Organisation? {
        // A roster is only ever replaced whole: a last line without its line
        // feed is damage, not a torn append to leave out (that staff member would be lost).
        if !headerOnly, data.last != RecordLines.newline { return nil }
        let lines = headerOnly
            ? data.firstIndex(of: RecordLines.newline).map { RecordLines.completeLines(data[...$0]) } ?? []
            : RecordLines.completeLines(data)
        guard let first = lines.first, let header = header(first) else { return nil }
        var organisation = Organisation(id: header.id, name: header.name, location: header.location, moduleID: header.moduleID,
                                        created: header.created)
        organisation.links = header.links
        guard !headerOnly else { return organisation }
        var staff: [StaffMember] = []
        staff.reserveCapacity(lines.count - 1)
        for line in lines.dropFirst() {
            let fields = RecordLines.fields(line)
            guard fields.count == 6, let name = RecordLines.text(fields[0]), let added = RecordLines.date(fields[4]) else { return nil }
            let left = RecordLines.text(fields[5]).map { _ in RecordLines.date(fields[5]) }
            if let left, left == nil { return nil }
            staff.append(StaffMember(name: name, department: RecordLines.text(fields[1]), email: RecordLines.text(fields[2]),
                                     staffNumber: RecordLines.text(fields[3]), added: added, left: left ?? nil))
        }
        organisation.staff = staff
        return organisation
    }
}
