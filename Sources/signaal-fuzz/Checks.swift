import Foundation
import SignaalCore

/// What must hold for every input, whatever its bytes: each problem is
/// reported as `path:line: message` (or `path: message`) about the file
/// read, on a line it has, on one line and without a raw control or
/// direction character; a roster lets in only names that follow the rules.
struct Checker: Speaks {
    let content: ContentBundle
    let language: Language
    /// The roster that imports merge into: people a sample roster matches.
    let organisation = Organisation(id: "hotel", name: "Hotel", created: Date(timeIntervalSince1970: 0), staff: [
        StaffMember(name: "Bob Jansen", department: "Keuken", added: Date(timeIntervalSince1970: 0)),
        StaffMember(name: "Anna", email: "anna@zee.nl", added: Date(timeIntervalSince1970: 0)),
        StaffMember(name: "Ł. Wójcik", staffNumber: "102", added: Date(timeIntervalSince1970: 0), left: Date(timeIntervalSince1970: 1)),
    ])

    /// nil when all is well, else what is wrong.
    func content(_ bytes: [UInt8], as relative: String) -> String? {
        let file = "content/\(relative)"
        let problems = ContentLoader.check(Data(bytes), as: relative, displayRoot: "content")
        let lines = bytes.count { $0 == 0x0A } + 1
        for problem in problems {
            let text = problem.description
            if problem.file != file { return "a problem about another file: \(SafeText.escaped(text))" }
            if let line = problem.line, !(1...lines).contains(line) { return "line \(line) of \(lines): \(text)" }
            if let problem = badlyWritten(text, file: file) { return problem }
        }
        return nil
    }

    func roster(_ bytes: [UInt8], as name: String) -> String? {
        let parsed = RosterCSV.parse(bytes)
        for row in parsed.rows {
            let fields = [row.name, row.department ?? "", row.email ?? "", row.staffNumber ?? ""]
            if fields.contains(where: { !SafeText.isSafe($0) }) { return "an unsafe field was let in: \(SafeText.escaped(fields.joined(separator: ";")))" }
            if row.name.isEmpty || row.name.count > LearnerName.maximumLength { return "a name against the rules: \(SafeText.escaped(row.name))" }
        }
        let (merged, change) = RosterImport.merge(organisation, parsed, now: Date(timeIntervalSince1970: 2))
        if merged.staff.count != organisation.staff.count + change.added.count { return "staff counted wrong after the merge" }
        // LF, CRLF and a lone CR each end a line; UTF-16 keeps those bytes too.
        let lines = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
        for problem in change.problems {
            let text = "\(name):\(problem.line): " + rosterProblem(problem)
            if !(1...lines).contains(problem.line) { return "line \(problem.line) of at most \(lines): \(text)" }
            if let problem = badlyWritten(text, file: name) { return problem }
        }
        return nil
    }

    func badlyWritten(_ text: String, file: String) -> String? {
        if !text.hasPrefix(file + ":") { return "not \"path:line: message\": \(SafeText.escaped(text))" }
        if text.contains("\n") || !SafeText.isSafe(text) { return "a raw control character in: \(SafeText.escaped(text))" }
        return nil
    }
}
