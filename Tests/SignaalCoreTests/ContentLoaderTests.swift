import Foundation
import Testing
@testable import SignaalCore

/// Loading good content, and the schema rules of single fields: syntax,
/// required fields, types, unknown fields, choices, and all problems at once.
/// Each broken case copies `Fixtures/good/` and changes one thing.
@Suite struct ContentLoaderTests {
    // MARK: Good content

    @Test func shippedContentLoadsWithoutProblems() throws {
        let result = ContentLoader.load(from: Fixtures.shipped, displayRoot: "Content")
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        let bundle = try #require(result.bundle)
        #expect(!bundle.checklists.isEmpty)
        #expect(!bundle.roles.isEmpty)
        #expect(bundle.scoring.levels.count >= 4)
    }

    @Test func goodFixtureLoadsCompletely() throws {
        let result = ContentLoader.load(from: Fixtures.good, displayRoot: "content")
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        #expect(result.fileCount == Fixtures.goodFiles.count)
        let bundle = try #require(result.bundle)

        #expect(bundle.roles.map(\.id) == ["teacher", "manager"])
        #expect(bundle.role("teacher")?.activities.first?.ref == "test-checklist")
        #expect(bundle.role("manager")?.activities.first?.coming == true)
        #expect(bundle.sources.map(\.id) == ["src-guide", "src-law"])
        #expect(bundle.source("src-guide")?.year == 2024)
        #expect(bundle.source("src-law")?.year == nil)

        #expect(bundle.scoring.levels.map(\.id) == ["none", "attention", "serious", "acute"])
        #expect(bundle.scoring.weights == [.strong: 25, .medium: 12, .weak: 5])
        #expect(bundle.scoring.scoreThresholds == ["attention": 10, "serious": 50])
        #expect(bundle.scoring.combinations.count == 2)
        #expect(bundle.scoring.combinations.last?.minorOnly == true)
        #expect(bundle.scoring.acuteLevel == "acute")

        let checklist = try #require(bundle.checklist("test-checklist"))
        #expect(checklist.form == .criminal)
        #expect(checklist.groups.map(\.id) == ["recruitment", "money"])
        #expect(checklist.signals.count == 4)
        #expect(checklist.signals.map(\.strength) == [.medium, .weak, .strong, .strong])
        #expect(checklist.intro(.english) == "A short list.\nFor testing only.")

        #expect(bundle.contacts.map(\.id) == ["emergency", "helpline"])
        #expect(bundle.contact("emergency")?.hours == nil)
        #expect(bundle.contact("helpline")?.hours?(.dutch) == "dag en nacht")

        #expect(bundle.steps.map(\.id) == ["call-emergency", "consult", "keep-watching"])
        let consult = try #require(bundle.steps.first { $0.id == "consult" })
        #expect(consult.questions.count == 1)
        #expect(consult.when == [ReferralCondition(minLevel: "attention", maxLevel: "serious", forms: [.criminal],
                                                   age: .minor, roles: ["teacher"], acute: false)])
        #expect(bundle.strings("help.keys", .english) == "Arrows: choose\nEnter: open")
    }

    // MARK: JSON syntax

    @Test func missingCommaIsReportedOnTheLineWhereTheNextMemberStarts() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""id": "teacher","#, with: #""id": "teacher""#, in: "roles.json")
        // The parser notices at the next key, one line further down.
        expectOnlyProblem(content.load(), in: "roles.json", line: line + 1,
                          #"expected ',' or '}' after object member, found '"' (missing comma?)"#)
    }

    @Test func trailingCommaInCheckedInFileIsReportedOnItsLine() throws {
        let content = try ContentCopy()
        try content.install(broken: "sources-trailing-comma.json", as: "sources.json")
        // Line 9 of that file ends with the comma before the closing brace.
        expectOnlyProblem(content.load(), in: "sources.json", line: 9, "trailing comma before '}' (column 41)")
    }

    @Test func syntaxErrorInSourcesDoesNotFloodOtherFilesWithUnknownIDs() throws {
        // Every other file cites sources. Checking those citations against
        // a file that could not be read would report each one as unknown.
        let content = try ContentCopy()
        let line = try content.replace(#""year": 2024,"#, with: #""year": 2024"#, in: "sources.json")
        expectOnlyProblem(content.load(), in: "sources.json", line: line + 1, "missing comma?")
    }

    @Test func topLevelMustBeAnObject() throws {
        let content = try ContentCopy()
        try content.write("ui.json", "[\"nl\", \"en\"]\n")
        expectOnlyProblem(content.load(), in: "ui.json", line: 1, "expected an object at the top, found array")
    }

    // MARK: Fields

    @Test func missingRequiredFieldIsReportedAtItsObject() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        // The signal's "{" is on the line before its id.
        let signalLine = try content.line(of: #""id": "tc-new-friends""#, in: file) - 1
        try content.replace("\"strength\": \"weak\",\n", with: "", in: file)
        let result = content.load()
        expectOnlyProblem(result, in: file, line: signalLine, #"missing required field "strength""#)
        #expect(result.problems.first?.jsonPath == "$.signals[1]")
    }

    @Test func missingRequiredTopLevelField() throws {
        let content = try ContentCopy()
        try content.replace("  \"groupCap\": 40,\n", with: "", in: "scoring.json")
        expectOnlyProblem(content.load(), in: "scoring.json", line: 1, #"missing required field "groupCap""#)
    }

    @Test func stringWhereAListIsExpected() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""contacts": ["helpline"],"#, with: #""contacts": "helpline","#,
                                       in: "referral/steps.json")
        expectOnlyProblem(content.load(), in: "referral/steps.json", line: line,
                          #""contacts" must be a list, found string"#)
    }

    @Test func numberWhereATextObjectIsExpected() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""hours": {"nl": "dag en nacht", "en": "day and night"},"#,
                                       with: #""hours": 24,"#, in: "referral/directory.json")
        expectOnlyProblem(content.load(), in: "referral/directory.json", line: line,
                          #"expected a text object like {"nl": …, "en": …}, found number"#)
    }

    @Test func numberWhereAWholeNumberIsNotGiven() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""order": 10,"#, with: #""order": 10.5,"#, in: "referral/steps.json")
        expectOnlyProblem(content.load(), in: "referral/steps.json", line: line,
                          #""order" must be a whole number, found number"#)
    }

    @Test func numberOutOfRange() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""rank": 3,"#, with: #""rank": 12,"#, in: "scoring.json")
        let result = content.load()
        expectProblem(result, in: "scoring.json", line: line, #""rank" must be between 0 and 9, found 12"#)
    }

    @Test func unknownFieldTypoIsReportedOnItsOwnLine() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        let signalLine = try content.line(of: #""id": "tc-new-friends""#, in: file) - 1
        let line = try content.replace(#""strength": "weak""#, with: #""strenght": "weak""#, in: file)
        let result = content.load()
        // The typo is unknown, and so the real field is missing.
        #expect(result.problems.count == 2, "\(listing(result.problems))")
        expectProblem(result, in: file, line: line, #"unknown field "strenght""#)
        expectProblem(result, in: file, line: signalLine, #"missing required field "strength""#)
    }

    @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
        let content = try ContentCopy()
        let line = try content.replace("\"groupCap\": 40,\n", with: "\"groupCap\": 40,\n  \"groupCap\": 30,\n",
                                       in: "scoring.json")
        expectOnlyProblem(content.load(), in: "scoring.json", line: line + 1, #"duplicate key "groupCap""#)
    }

    @Test func invalidStrengthListsTheAllowedValues() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        let line = try content.replace(#""strength": "weak""#, with: #""strength": "very strong""#, in: file)
        expectOnlyProblem(content.load(), in: file, line: line,
                          #""strength" is "very strong"; expected one of "strong", "medium", "weak""#)
    }

    @Test func invalidIDIsReportedOnItsLine() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""id": "keep-watching","#, with: #""id": "Keep_Watching","#,
                                       in: "referral/steps.json")
        expectOnlyProblem(content.load(), in: "referral/steps.json", line: line,
                          #""Keep_Watching" is not a valid id"#)
    }

    @Test func languagesMustIncludeEnglish() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""languages": ["nl", "en"],"#, with: #""languages": ["nl"],"#,
                                       in: "sources.json")
        expectOnlyProblem(content.load(), in: "sources.json", line: line, #""languages" must include "en""#)
    }

    // MARK: Rules across a file

    @Test func scoringModelNeedsFourLevels() throws {
        let content = try ContentCopy()
        let levelsLine = try content.line(of: #""levels": ["#, in: "scoring.json")
        let acuteLine = try content.line(of: #""acuteLevel": "acute""#, in: "scoring.json")
        try content.replace(
            "},\n    {\n      \"id\": \"acute\",\n      \"rank\": 3,\n"
                + "      \"label\": {\"nl\": \"Acuut gevaar\", \"en\": \"Acute danger\"},\n"
                + "      \"meaning\": {\"nl\": \"Bel 112.\", \"en\": \"Call 112.\"}\n    }\n",
            with: "}\n", in: "scoring.json")
        let result = content.load()
        #expect(result.problems.count == 2, "\(listing(result.problems))")
        expectProblem(result, in: "scoring.json", line: levelsLine, "the model needs at least four levels")
        // Removing the top level took out 6 lines above "acuteLevel".
        expectProblem(result, in: "scoring.json", line: acuteLine - 6, #""acuteLevel" must be the highest level ("serious")"#)
    }

    @Test func signalInAnUnknownGroup() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        let line = try content.replace(#""group": "money",\#n      "strength": "strong",\#n      "kind": "control","#,
                                       with: #""group": "debts",\#n      "strength": "strong",\#n      "kind": "control","#,
                                       in: file)
        expectOnlyProblem(content.load(), in: file, line: line, #"unknown group id "debts" (known: recruitment, money)"#)
    }

    @Test func emptyRolesListIsAProblem() throws {
        // Without a role nobody can start; the loader must say so rather
        // than fail without a word.
        let content = try ContentCopy()
        let text = try content.text("roles.json")
        let start = try #require(text.range(of: "\"roles\": ["))
        try content.write("roles.json", String(text[..<start.lowerBound]) + "\"roles\": []\n}\n")
        expectOnlyProblem(content.load(), in: "roles.json", line: 3, "at least one role")
    }

    // MARK: Messages

    @Test func controlCharactersFromTheContentAreEscapedInMessages() throws {
        // Ids and keys are quoted in messages. Written as JSON escapes they
        // can hold a line break or a terminal escape sequence, which would
        // split `validate`'s one-problem-a-line output or repaint the screen.
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        let sourceLine = try content.replace(#""sources": ["src-law"]"#, with: #""sources": ["src-\nx:1: fake\u001B[2J"]"#, in: file)
        let keyLine = try content.replace(#""id": "tc-debt","#, with: #""id": "tc-debt", "no\rte": 1,"#, in: file)
        let result = content.load()
        #expect(result.problems.count == 2, "\(listing(result.problems))")
        expectProblem(result, in: file, line: sourceLine, #"unknown source id "src-\nx:1: fake\u001B[2J""#)
        expectProblem(result, in: file, line: keyLine, #"unknown field "no\rte""#)
        for problem in result.problems {
            #expect(!problem.description.unicodeScalars.contains { $0.properties.generalCategory == .control },
                    "\(problem)")
        }
    }

    // MARK: All at once

    @Test func allProblemsOfAFileAreReportedAtOnce() throws {
        let content = try ContentCopy()
        let file = "checklists/test-checklist.json"
        try content.install(broken: "checklist-three-problems.json", as: file)
        let result = content.load()
        #expect(result.bundle == nil)
        #expect(result.problems.count == 3, "\(listing(result.problems))")
        expectProblem(result, in: file, line: try content.line(of: #""strength": "average""#, in: file),
                      #""strength" is "average"; expected one of"#)
        expectProblem(result, in: file, line: try content.line(of: #""text": {"nl": "Heeft nieuwe"#, in: file),
                      #"missing the "en" text"#)
        expectProblem(result, in: file, line: try content.line(of: #""note": "ask the mentor""#, in: file),
                      #"unknown field "note""#)
    }

    @Test func problemsInSeveralFilesAreAllReported() throws {
        let content = try ContentCopy()
        let uiLine = try content.replace(#""en": "Who are you?""#, with: #""en": """#, in: "ui.json")
        let stepLine = try content.replace(#""order": 20,"#, with: #""order": -1,"#, in: "referral/steps.json")
        let sourceLine = try content.replace(#""url": "https://example.org/guide""#, with: #""url": "example.org""#,
                                             in: "sources.json")
        let result = content.load()
        #expect(result.problems.count == 3, "\(listing(result.problems))")
        // A text object reports a missing translation at its own start line.
        expectProblem(result, in: "ui.json", line: uiLine - 2, #"missing the "en" text"#)
        expectProblem(result, in: "referral/steps.json", line: stepLine, #""order" must be between 0 and 1000"#)
        expectProblem(result, in: "sources.json", line: sourceLine, #""url" must start with https://"#)
    }
}
