/// Ids that one file mentions and another must define. They are collected
/// while reading, with their location, and resolved once everything is read.
struct ReferenceTable: Sendable {
    enum Kind: String, Sendable {
        case source, contact, role, level, checklist, module
        /// A signal or a context question of any checklist (named by referral rules).
        case signal, question = "context question"
    }

    struct Reference {
        let kind: Kind
        let id: String
        let file: String
        let line: Int
    }

    private(set) var items: [Reference] = []

    /// Adds the references another table collected (a file read on another thread).
    mutating func merge(_ other: ReferenceTable) { items += other.items }

    mutating func add(_ kind: Kind, _ ids: [String], in reader: ObjectReader, line: Int? = nil) {
        for id in ids {
            items.append(Reference(kind: kind, id: id, file: reader.file, line: line ?? reader.line))
        }
    }

    /// The id or ids in `reader`'s field `key` (a string or a list of
    /// strings), each at the line where it is written, so that a problem
    /// points at the id rather than at the start of its object.
    mutating func add(_ kind: Kind, field key: String, in reader: ObjectReader) {
        guard let value = reader.node[key] else { return }
        for node in value.array ?? [value] {
            if let id = node.string {
                items.append(Reference(kind: kind, id: id, file: reader.file, line: node.line))
            }
        }
    }

    func check(against known: KnownIDs, log: ProblemLog) {
        for reference in items {
            // nil: the defining file could not be read. Its own problem says
            // so; checking against nothing would call every reference unknown.
            guard let ids = known.ids(of: reference.kind), !ids.contains(reference.id) else { continue }
            let choices = ids.sorted()
            let hint = choices.isEmpty ? "" : " (known: \(choices.prefix(12).joined(separator: ", "))\(choices.count > 12 ? ", …" : ""))"
            log.report(reference.file, line: reference.line, "unknown \(reference.kind.rawValue) id \"\(reference.id)\"\(hint)")
        }
    }
}

/// The ids each kind of file defines; nil when that file could not be read.
struct KnownIDs {
    let sources: Set<String>?
    let contacts: Set<String>?
    let roles: Set<String>?
    let levels: Set<String>?
    let checklists: Set<String>?
    let modules: Set<String>?
    var signals: Set<String>? = nil
    var questions: Set<String>? = nil

    func ids(of kind: ReferenceTable.Kind) -> Set<String>? {
        switch kind {
        case .source: return sources
        case .contact: return contacts
        case .role: return roles
        case .level: return levels
        case .checklist: return checklists
        case .module: return modules
        case .signal: return signals
        case .question: return questions
        }
    }
}

/// Reports ids that occur more than once in one list.
func reportDuplicateIDs(_ ids: [(id: String, line: Int)], what: String, in reader: ObjectReader) {
    var seen: Set<String> = []
    for entry in ids where !seen.insert(entry.id).inserted {
        reader.log.report(reader.file, line: entry.line, path: reader.path, "duplicate \(what) id \"\(entry.id)\"")
    }
}
