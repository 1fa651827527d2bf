import Foundation
import Testing
@testable import SignaalCore

/// Ids that one file names and another must define, and ids that must be
/// unique. A problem points at the line where the offending id is written.
@Suite struct ContentLoaderReferenceTests {
    /// One edit that makes a file name an id nobody defines.
    struct BrokenReference: Sendable, CustomTestStringConvertible {
        let what: String
        let file: String
        let old: String
        let new: String
        let message: String
        var testDescription: String { what }
    }

    static let unknownReferences: [BrokenReference] = [
        BrokenReference(what: "signal source", file: "checklists/test-checklist.json",
                        old: #""sources": ["src-law"]"#, new: #""sources": ["src-lawx"]"#,
                        message: #"unknown source id "src-lawx" (known: src-guide, src-law)"#),
        BrokenReference(what: "step contact", file: "referral/steps.json",
                        old: #""contacts": ["helpline"]"#, new: #""contacts": ["helpline", "hotline"]"#,
                        message: #"unknown contact id "hotline" (known: emergency, helpline)"#),
        BrokenReference(what: "contact source", file: "referral/directory.json",
                        old: #""sources": ["src-guide", "src-law"]"#, new: #""sources": ["src-guide", "src-laws"]"#,
                        message: #"unknown source id "src-laws""#),
        BrokenReference(what: "rule role", file: "referral/steps.json",
                        old: #""roles": ["teacher"]"#, new: #""roles": ["teachers"]"#,
                        message: #"unknown role id "teachers" (known: manager, teacher)"#),
        BrokenReference(what: "rule minLevel", file: "referral/steps.json",
                        old: #""minLevel": "attention""#, new: #""minLevel": "alert""#,
                        message: #"unknown level id "alert" (known: acute, attention, none, serious)"#),
        BrokenReference(what: "level in scoring thresholds", file: "scoring.json",
                        old: #""serious": 50"#, new: #""severe": 50"#,
                        message: #"unknown level id "severe""#),
        BrokenReference(what: "level of a combination", file: "scoring.json",
                        old: #""level": "attention""#, new: #""level": "attentive""#,
                        message: #"unknown level id "attentive""#),
        BrokenReference(what: "scoring source", file: "scoring.json",
                        old: #""sources": ["src-guide"]"#, new: #""sources": ["src-guid"]"#,
                        message: #"unknown source id "src-guid""#),
        BrokenReference(what: "checklist ref in roles.json", file: "roles.json",
                        old: #""ref": "test-checklist""#, new: #""ref": "test-list""#,
                        message: #"unknown checklist id "test-list" (known: test-checklist)"#),
    ]

    @Test(arguments: unknownReferences)
    func unknownIDIsReportedWhereItIsWritten(_ broken: BrokenReference) throws {
        let content = try ContentCopy()
        let line = try content.replace(broken.old, with: broken.new, in: broken.file)
        expectOnlyProblem(content.load(), in: broken.file, line: line, broken.message)
    }

    @Test func unknownIDInAListWrittenOverSeveralLinesIsReportedOnItsOwnLine() throws {
        // The shipped content writes lists one item a line.
        let content = try ContentCopy()
        let file = "referral/directory.json"
        let line = try content.replace(#""sources": ["src-guide", "src-law"]"#,
                                       with: "\"sources\": [\n        \"src-guide\",\n        \"src-lost\"\n      ]", in: file)
        expectOnlyProblem(content.load(), in: file, line: line + 2, #"unknown source id "src-lost""#)
    }

    @Test func unknownChecklistIsNotReportedForAComingActivity() throws {
        // An activity that is announced but not there yet may name a
        // checklist that does not exist yet.
        let content = try ContentCopy()
        try content.replace(#""kind": "training","#, with: #""kind": "checklist", "ref": "later","#, in: "roles.json")
        let result = content.load()
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
    }

    @Test func checklistActivityWithoutRef() throws {
        let content = try ContentCopy()
        let activityLine = try content.line(of: #""id": "teacher-checklist""#, in: "roles.json") - 1
        try content.replace("\"ref\": \"test-checklist\",\n", with: "", in: "roles.json")
        expectOnlyProblem(content.load(), in: "roles.json", line: activityLine,
                          #"a checklist activity needs "ref""#)
    }

    // MARK: Duplicates

    @Test func duplicateSignalID() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        let line = try content.replace(#""id": "tc-debt""#, with: #""id": "tc-small-jobs""#, in: file)
        // Reported at the second signal's "{", the line before its id.
        expectOnlyProblem(content.load(), in: file, line: line - 1, #"duplicate signal id "tc-small-jobs""#)
    }

    @Test func duplicateContactID() throws {
        let content = try ContentCopy()
        let file = "referral/directory.json"
        let line = try content.replace(#""id": "helpline""#, with: #""id": "emergency""#, in: file)
        let result = content.load()
        // Renaming the contact also leaves the step that calls "helpline" without it.
        #expect(result.problems.count == 2, "\(listing(result.problems))")
        expectProblem(result, in: file, line: line - 1, #"duplicate contact id "emergency""#)
        expectProblem(result, in: "referral/steps.json",
                      line: try content.line(of: #""contacts": ["helpline"]"#, in: "referral/steps.json"),
                      #"unknown contact id "helpline""#)
    }

    @Test func duplicateStepID() throws {
        let content = try ContentCopy()
        let file = "referral/steps.json"
        let line = try content.replace(#""id": "keep-watching""#, with: #""id": "consult""#, in: file)
        expectOnlyProblem(content.load(), in: file, line: line - 1, #"duplicate step id "consult""#)
    }

    @Test func duplicateRoleID() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""id": "manager""#, with: #""id": "teacher""#, in: "roles.json")
        expectOnlyProblem(content.load(), in: "roles.json", line: line - 1, #"duplicate role id "teacher""#)
    }

    @Test func duplicateGroupID() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        let line = try content.replace(#"{"id": "money", "title""#, with: #"{"id": "recruitment", "title""#, in: file)
        let result = content.load()
        // The money signals now sit in a group nobody defines.
        #expect(result.problems.count == 3, "\(listing(result.problems))")
        expectProblem(result, in: file, line: line, #"duplicate group id "recruitment""#)
        expectProblem(result, in: file, line: try content.line(of: #""group": "money",\#n      "strength": "strong",\#n      "kind": "control","#, in: file),
                      #"unknown group id "money""#)
    }

    @Test func twoChecklistsWithTheSameID() throws {
        let content = try ContentCopy()
        try content.write("checklists/copy.json", content.text("checklists/test-checklist.json"))
        expectOnlyProblem(content.load(), in: "checklists", line: nil, #"two checklists have the id "test-checklist""#)
    }

    // MARK: Follow-on problems

    /// When the file that defines ids cannot be read, the ids it would
    /// define are not reported as unknown everywhere else: only the file's
    /// own problem is.
    @Test(arguments: ["sources.json", "roles.json", "scoring.json", "referral/directory.json",
                      "checklists/test-checklist.json"])
    func unreadableDefiningFileGivesOneProblem(_ file: String) throws {
        let content = try ContentCopy()
        try content.write(file, "{\n  \"languages\": [\"nl\", \"en\"],\n  oops\n}\n")
        expectOnlyProblem(content.load(), in: file, line: 3, #"object key 'oops' must be in double quotes"#)
    }
}
