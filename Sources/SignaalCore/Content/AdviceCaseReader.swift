import Foundation

/// What reading `Content/cases/` gave: the cases, and every problem found.
public struct AdviceCaseLoadResult: Sendable {
    public let cases: [AdviceCase]
    public let problems: [ContentProblem]
    public let fileCount: Int
}

/// Reads `Content/cases/*.json` (each `{"cases": [ … ]}`) and checks every id
/// a case names against the loaded content. Kept apart from `ContentLoader`:
/// the app runs without cases, and a broken case must not stop it.
public enum AdviceCaseReader {
    public static let folder = "cases"

    public static func load(from root: URL, displayRoot: String? = nil, content: ContentBundle) -> AdviceCaseLoadResult {
        let log = ProblemLog()
        var cases: [AdviceCase] = []
        var seen: [String: String] = [:]
        let fileCount = ContentFolderFiles.each(in: folder, root: root, displayRoot: displayRoot, log: log) { file, node in
            guard var top = ObjectReader(node, file: file, path: "$", languages: [], log: log) else { return }
            let read = top.objects("cases") { item in readCase(&item, content: content) }
            top.finish()
            for item in read {
                if let first = seen[item.id] {
                    log.report(file, line: lineNumber(item.location), "duplicate case id \"\(item.id)\" (first at \(first))")
                } else {
                    seen[item.id] = item.location
                }
            }
            cases += read
        }
        return AdviceCaseLoadResult(cases: log.isEmpty ? cases : [], problems: log.problems, fileCount: fileCount)
    }

    static func lineNumber(_ location: String) -> Int? { location.split(separator: ":").last.flatMap { Int($0) } }

    static func readCase(_ item: inout ObjectReader, content: ContentBundle) -> AdviceCase? {
        let id = item.id()
        let note = item.string("note")
        let checklistID = item.string("checklist")
        let role = item.string("role")
        let age = item.choice("age", AgeGroup.self)
        let acute = item.bool("acute", required: false) ?? false
        let signals = item.strings("signals") ?? []
        let answers = item.object("answers", required: false) { answers -> [String: Bool]? in
            var values: [String: Bool] = [:]
            for member in answers.members {
                answers.allow(member.key)
                if let flag = answers.bool(member.key) { values[member.key] = flag }
            }
            return values
        } ?? [:]
        let level = item.object("level", required: false) { level -> (String?, String?) in
            (level.string("min", required: false), level.string("max", required: false))
        }
        let firstStep = item.string("firstStep", required: false)
        let include = item.strings("includeInOrder", required: false) ?? []
        let exclude = item.strings("exclude", required: false) ?? []

        let checklist = checklistID.flatMap(content.checklist)
        if let checklistID, checklist == nil {
            item.problem(unknown("checklist", checklistID, known: content.checklists.map(\.id)), at: item.node["checklist"])
        }
        if let role, content.role(role) == nil {
            item.problem(unknown("role", role, known: content.roles.map(\.id)), at: item.node["role"])
        }
        if let checklist {
            for signal in signals where checklist.signal(signal) == nil {
                item.problem("unknown signal id \"\(signal)\" in checklist \"\(checklist.id)\"", at: node(of: signal, in: "signals", item))
            }
            for key in answers.keys.sorted() where checklist.question(key) == nil {
                item.problem("checklist \"\(checklist.id)\" has no context question \"\(key)\"", at: item.node["answers"])
            }
        }
        if Set(signals).count != signals.count { item.problem("a signal is listed twice", at: item.node["signals"]) }
        let levels = content.scoring.levels
        for bound in [level?.0, level?.1].compactMap({ $0 }) where content.scoring.level(bound) == nil {
            item.problem(unknown("level", bound, known: levels.map(\.id)), at: item.node["level"])
        }
        if let min = level?.0.flatMap(content.scoring.level), let max = level?.1.flatMap(content.scoring.level), min.rank > max.rank {
            item.problem("level \"min\" (\(min.id)) is above \"max\" (\(max.id))", at: item.node["level"])
        }
        let stepIDs = content.steps.map(\.id)
        for (key, ids) in [("firstStep", firstStep.map { [$0] } ?? []), ("includeInOrder", include), ("exclude", exclude)] {
            for step in ids where !stepIDs.contains(step) {
                item.problem(unknown("step", step, known: stepIDs), at: node(of: step, in: key, item))
            }
        }
        if Set(include).count != include.count { item.problem("a step is listed twice", at: item.node["includeInOrder"]) }
        for step in exclude where include.contains(step) || step == firstStep {
            item.problem("step \"\(step)\" is both expected and excluded", at: item.node["exclude"])
        }
        guard let id, let note, let checklistID, let role, let age else { return nil }
        return AdviceCase(id: id, note: note, checklist: checklistID, role: role, age: age, acute: acute, signals: signals,
                          answers: answers, minLevel: level?.0, maxLevel: level?.1, firstStep: firstStep,
                          includeInOrder: include, exclude: exclude, location: "\(item.file):\(item.line)")
    }

    /// The node of `id` in the field `key` (a string or a list), so that a
    /// problem points at the line where the id is written.
    static func node(of id: String, in key: String, _ item: ObjectReader) -> JSONNode? {
        guard let value = item.node[key] else { return nil }
        return (value.array ?? [value]).first { $0.string == id } ?? value
    }

    static func unknown(_ what: String, _ id: String, known: [String]) -> String {
        let sorted = known.sorted()
        return "unknown \(what) id \"\(id)\" (known: \(sorted.prefix(12).joined(separator: ", "))\(sorted.count > 12 ? ", …" : ""))"
    }
}
