import Foundation
import Testing
@testable import SignaalCore

/// Files that are missing, empty, cut short, not text, not files at all or
/// not readable, and a content folder that is not there.
@Suite struct ContentLoaderFileTests {
    static let requiredFiles = ["ui.json", "roles.json", "sources.json", "scoring.json",
                                "referral/directory.json", "referral/steps.json", "version.json"]

    @Test(arguments: requiredFiles)
    func missingRequiredFile(_ file: String) throws {
        let content = try ContentCopy()
        try content.remove(file)
        expectOnlyProblem(content.load(), in: file, line: nil, "file is missing")
    }

    @Test func missingChecklistFolder() throws {
        let content = try ContentCopy()
        try content.remove("checklists")
        expectNoChecklist(content)
    }

    @Test func checklistFolderWithoutJSONFiles() throws {
        let content = try ContentCopy()
        try content.remove("checklists/test-checklist.json")
        try content.write("checklists/README.md", "# notes\n")
        expectNoChecklist(content)
    }

    /// With no checklist at all, the role that opens one names a missing id.
    private func expectNoChecklist(_ content: ContentCopy, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = content.load()
        #expect(result.problems.count == 2, "\(listing(result.problems))", sourceLocation: sourceLocation)
        expectProblem(result, in: "checklists", line: nil, "no checklist found", sourceLocation: sourceLocation)
        expectProblem(result, in: "roles.json", line: try? content.line(of: #""ref": "test-checklist""#, in: "roles.json"),
                      #"unknown checklist id "test-checklist""#, sourceLocation: sourceLocation)
    }

    @Test func filesOtherThanJSONInTheChecklistFolderAreIgnored() throws {
        let content = try ContentCopy()
        try content.write("checklists/notes.txt", "not JSON at all {")
        let result = content.load()
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
        #expect(result.bundle != nil)
    }

    @Test(arguments: Fixtures.goodFiles)
    func emptyFile(_ file: String) throws {
        let content = try ContentCopy()
        try content.write(file, "")
        expectOnlyProblem(content.load(), in: file, line: 1, "empty file")
    }

    @Test func fileWithOnlyWhitespace() throws {
        let content = try ContentCopy()
        try content.write("scoring.json", "  \n\t\n")
        expectOnlyProblem(content.load(), in: "scoring.json", line: 1, "empty file")
    }

    @Test func fileCutOffBetweenMembers() throws {
        let content = try ContentCopy()
        let text = try content.text("roles.json")
        let cut = try #require(text.range(of: "\"kind\": \"checklist\",\n"))
        let truncated = String(text[..<cut.upperBound])
        try content.write("roles.json", truncated)
        let activityLine = try content.line(of: #""id": "teacher-checklist""#, in: "roles.json") - 1
        // The end of the file is on the line after the last line break.
        let endLine = truncated.count(where: { $0 == "\n" }) + 1
        expectOnlyProblem(content.load(), in: "roles.json", line: endLine,
                          "unexpected end of file: the object opened on line \(activityLine) is not closed")
    }

    @Test func checkedInFileCutOffInsideAString() throws {
        let content = try ContentCopy()
        try content.install(broken: "steps-truncated.json", as: "referral/steps.json")
        // Line 18 is `"detail": {"nl": "Bespreek wat je` with no closing quote.
        expectOnlyProblem(content.load(), in: "referral/steps.json", line: 18, "unterminated string")
    }

    @Test func randomBytes() throws {
        var generator = SplitMix64(seed: 0x5167_4E41_414C)
        let garbage = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(String(validating: garbage, as: UTF8.self) == nil, "the bytes must not be text")
        let content = try ContentCopy()
        try content.write("ui.json", bytes: garbage)
        let result = content.load()
        #expect(result.bundle == nil)
        #expect(result.problems.count == 1, "\(listing(result.problems))")
        let problem = try #require(result.problems.first)
        #expect(problem.file == "content/ui.json")
        #expect((problem.line ?? 0) >= 1)
        #expect(!problem.description.contains("\n"))
    }

    @Test func invalidUTF8InsideAString() throws {
        let content = try ContentCopy()
        let line = try content.line(of: #""en": "Who are you?""#, in: "ui.json")
        var bytes = Array(try content.text("ui.json").utf8)
        let needle = Array(#""en": "Who"#.utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: needle) })
        // A lone continuation byte where "W" was, and an overlong "/" (C0 AF).
        bytes.replaceSubrange(start + 7..<start + 8, with: [0x80])
        try content.write("ui.json", bytes: bytes)
        expectOnlyProblem(content.load(), in: "ui.json", line: line, "not valid UTF-8 (save the file as UTF-8)")

        bytes.replaceSubrange(start + 7..<start + 8, with: [0xC0, 0xAF])
        try content.write("ui.json", bytes: bytes)
        expectOnlyProblem(content.load(), in: "ui.json", line: line, "not valid UTF-8")
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let content = try ContentCopy()
        try content.write("ui.json", bytes: [0xEF, 0xBB, 0xBF] + Array(try content.text("ui.json").utf8))
        let result = content.load()
        #expect(result.problems.isEmpty, "\(listing(result.problems))")
    }

    @Test func directoryNamedLikeARequiredFile() throws {
        let content = try ContentCopy()
        try content.remove("ui.json")
        try FileManager.default.createDirectory(at: content.url("ui.json"), withIntermediateDirectories: false)
        expectOnlyProblem(content.load(), in: "ui.json", line: nil, "is a folder, expected a JSON file")
    }

    @Test func directoryNamedLikeAChecklist() throws {
        let content = try ContentCopy()
        try FileManager.default.createDirectory(at: content.url("checklists/extra.json"), withIntermediateDirectories: false)
        expectOnlyProblem(content.load(), in: "checklists/extra.json", line: nil, "is a folder, expected a JSON file")
    }

    // Root can read any file whatever its mode, so chmod 000 proves nothing
    // there and the test is skipped.
    @Test(.disabled(if: geteuid() == 0, "running as root, which can read a chmod 000 file"))
    func unreadableFile() throws {
        let content = try ContentCopy()
        let path = content.url("sources.json").path
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        expectOnlyProblem(content.load(), in: "sources.json", line: nil, "cannot be read (check its permissions)")
    }

    @Test func contentRootMissing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-missing-\(UUID().uuidString)")
        let result = ContentLoader.load(from: root, displayRoot: ContentCopy.displayRoot)
        expectOnlyProblem(result, in: "", line: nil, "not a folder of content")
        #expect(result.fileCount == 0)
    }

    @Test func contentRootIsAFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-file-\(UUID().uuidString)")
        try Data("{}".utf8).write(to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        expectOnlyProblem(ContentLoader.load(from: root, displayRoot: ContentCopy.displayRoot),
                          in: "", line: nil, "not a folder of content")
    }

    @Test func displayRootWithATrailingSlash() throws {
        let content = try ContentCopy()
        try content.remove("ui.json")
        let result = ContentLoader.load(from: content.root, displayRoot: "content/")
        #expect(result.problems.map(\.description) == ["content/ui.json: file is missing"])
    }

    @Test func displayRootDefaultsToThePath() throws {
        let content = try ContentCopy()
        try content.remove("ui.json")
        let result = ContentLoader.load(from: content.root)
        #expect(result.problems.map(\.file) == [content.root.path + "/ui.json"])
    }
}

/// The content's version file is checked like any other.
@Suite struct ContentVersionFileTests {
    @Test func aVersionThatIsNotADateIsAProblemWithItsLine() throws {
        let content = try ContentCopy()
        try content.write("version.json", "{\n  \"languages\": [\"nl\", \"en\"],\n  \"version\": \"next\"\n}\n")
        let result = content.load()
        #expect(result.bundle == nil)
        #expect(result.problems.map(\.description) == [
            "content/version.json:3: \"version\" is a date as YYYY.MM.DD (optionally .N for a second release that day), not \"next\"",
        ])
    }
}
