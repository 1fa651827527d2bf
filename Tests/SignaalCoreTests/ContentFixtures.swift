import Foundation
import Testing
@testable import SignaalCore

/// Where the content fixtures live. They are found from this file's path,
/// not as bundle resources: Package.swift excludes `Fixtures` from the target.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// A tiny content folder that satisfies every rule.
    static let good = folder.appendingPathComponent("good")
    /// Single broken files, each meant to replace one file of `good/`.
    static let broken = folder.appendingPathComponent("broken")
    /// The content the app ships: Tests/SignaalCoreTests/../../Content.
    static let shipped = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    /// Every file of `good/`, relative to it, sorted.
    static let goodFiles = [
        "checklists/test-checklist.json", "referral/directory.json", "referral/steps.json",
        "roles.json", "scoring.json", "sources.json", "ui.json", "certification.json", "version.json", "modules/mini.json",
    ]
}

/// A private copy of `good/` in a temporary folder, for one test to break.
/// Problems are reported under the display root `content`, so a test can
/// expect `content/roles.json` whatever the temporary path is.
final class ContentCopy {
    static let displayRoot = "content"
    let root: URL

    init(of source: URL = Fixtures.good) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("signaal-content-\(UUID().uuidString)")
        try Self.copyContents(of: source, to: root)
    }

    /// Copies files and folders by content only. `FileManager.copyItem`
    /// also copies the owner, which fails when the checkout belongs to
    /// another user than the one running the tests.
    private static func copyContents(of source: URL, to destination: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: source.path) {
            let from = source.appendingPathComponent(name)
            let to = destination.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try copyContents(of: from, to: to)
            } else {
                try Data(contentsOf: from).write(to: to)
            }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func load() -> ContentLoadResult {
        ContentLoader.load(from: root, displayRoot: Self.displayRoot)
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url(relative))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url(relative))
    }

    /// Replaces `relative` with a checked-in file from `Fixtures/broken/`.
    func install(broken name: String, as relative: String) throws {
        try remove(relative)
        try Data(contentsOf: Fixtures.broken.appendingPathComponent(name)).write(to: url(relative))
    }

    /// Replaces the one occurrence of `old` in `relative` with `new` and
    /// returns the line on which the replacement starts. Fails the test if
    /// `old` is not there exactly once, so a test never breaks the wrong spot.
    @discardableResult
    func replace(_ old: String, with new: String, in relative: String,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let text = try self.text(relative)
        let ranges = text.ranges(of: old)
        try #require(ranges.count == 1, "expected \(old) exactly once in \(relative), found it \(ranges.count) times",
                     sourceLocation: sourceLocation)
        try write(relative, text.replacingCharacters(in: ranges[0], with: new))
        return text[..<ranges[0].lowerBound].count(where: { $0 == "\n" }) + 1
    }

    /// The line of the one occurrence of `needle` in `relative`.
    func line(of needle: String, in relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let text = try self.text(relative)
        let ranges = text.ranges(of: needle)
        try #require(ranges.count == 1, "expected \(needle) exactly once in \(relative), found it \(ranges.count) times",
                     sourceLocation: sourceLocation)
        return text[..<ranges[0].lowerBound].count(where: { $0 == "\n" }) + 1
    }
}

/// The problems, one a line, for failure messages.
func listing(_ problems: [ContentProblem]) -> String {
    problems.isEmpty ? "(no problems)" : problems.map(\.description).joined(separator: "\n")
}

/// Expects a problem in `content/<file>` at `line` whose message contains `message`.
@discardableResult
func expectProblem(_ result: ContentLoadResult, in file: String, line: Int?, _ message: String,
                   sourceLocation: SourceLocation = #_sourceLocation) -> ContentProblem? {
    let path = file.isEmpty ? ContentCopy.displayRoot : "\(ContentCopy.displayRoot)/\(file)"
    let match = result.problems.first { $0.file == path && $0.line == line && $0.message.contains(message) }
    if match == nil {
        Issue.record("""
            expected \(path):\(line.map(String.init) ?? "-"): …\(message)…
            got:
            \(listing(result.problems))
            """, sourceLocation: sourceLocation)
    }
    return match
}

/// Expects that loading failed with exactly this one problem: the test broke
/// one thing and the loader reports that thing, and nothing else.
func expectOnlyProblem(_ result: ContentLoadResult, in file: String, line: Int?, _ message: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.bundle == nil, "a broken folder must not give a bundle", sourceLocation: sourceLocation)
    #expect(result.problems.count == 1, "expected one problem, got:\n\(listing(result.problems))",
            sourceLocation: sourceLocation)
    expectProblem(result, in: file, line: line, message, sourceLocation: sourceLocation)
}
