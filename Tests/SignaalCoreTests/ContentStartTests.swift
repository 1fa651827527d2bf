import Foundation
import Synchronization
import Testing
@testable import SignaalCore

/// The app's start: a note in the cache folder that this very content was
/// found valid lets a start read only what the first screens need; any
/// change, or any doubt about the note, means a full load.
@Suite struct ContentStartTests {
    /// What `whenDamaged` was given, if it was called.
    final class Reported: Sendable {
        let problems = Mutex<[ContentProblem]?>(nil)
        var value: [ContentProblem]? { problems.withLock { $0 } }
    }

    /// A copy of the shipped content and a cache folder of its own.
    final class Start {
        let content: ContentCopy
        let cache: URL
        let damage = Reported()

        init() throws {
            content = try ContentCopy(of: Fixtures.shipped)
            cache = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-cache-\(UUID().uuidString)")
            try settle()
        }

        /// Waits until the file clock has moved past the content's last
        /// change, so that a note taken now is not "racily clean" (see
        /// `ValidatedContentNote`): a tick is a few milliseconds.
        func settle() throws {
            let latest = try #require(ValidatedContentNote.look(at: content.root.path)).latest
            while FileTime.now <= latest { usleep(1000) }
        }

        deinit { try? FileManager.default.removeItem(at: cache) }

        var environment: [String: String] { ["XDG_CACHE_HOME": cache.path] }

        func load() -> ContentLoadResult {
            let damage = self.damage
            return ContentLoader.loadForStart(from: content.root, displayRoot: ContentCopy.displayRoot, environment: environment) { problems in
                damage.problems.withLock { $0 = problems }
            }
        }

        /// Loads, and says whether the catalogue was left for first use.
        func loadIsLazy() throws -> Bool {
            let bundle = try #require(load().bundle)
            return !bundle.catalogue.isLoaded
        }

        var note: URL {
            get throws { try #require(ValidatedContentNote(root: content.root, environment: environment)).file }
        }
    }

    @Test func aValidNoteGivesTheSameContentAsAFullLoad() throws {
        let start = try Start()
        #expect(try !start.loadIsLazy(), "the first start has no note: a full load")
        let lazy = try #require(start.load().bundle)
        #expect(!lazy.catalogue.isLoaded)
        let full = try #require(ContentLoader.load(from: start.content.root, displayRoot: ContentCopy.displayRoot).bundle)
        #expect(lazy.strings.values == full.strings.values)
        #expect(lazy.roles == full.roles)
        #expect(lazy.scoring == full.scoring)
        #expect(lazy.certification == full.certification)
        #expect(lazy.folder == full.folder)
        #expect(!lazy.catalogue.isLoaded, "the first screens' parts are read without the catalogue")
        #expect(lazy.sources == full.sources)
        #expect(lazy.catalogue.isLoaded)
        #expect(lazy.contacts == full.contacts)
        #expect(lazy.steps == full.steps)
        #expect(lazy.reportingCode != nil)
        #expect(lazy.reportingCode == full.reportingCode)
        #expect(lazy.checklists == full.checklists)
        #expect(lazy.modules == full.modules)
        #expect(!full.modules.isEmpty && !full.checklists.isEmpty)
        #expect(start.damage.value == nil)
    }

    @Test(arguments: ["edit a module", "edit a translation", "add a file", "remove a file", "another binary"])
    func anyChangeMeansAFullLoad(_ change: String) throws {
        let start = try Start()
        _ = start.load()
        #expect(try start.loadIsLazy())
        switch change {
        case "edit a module":
            let text = try start.content.text("modules/no-room-hotel.json")
            try start.content.write("modules/no-room-hotel.json", text.replacingOccurrences(of: "\"minutes\": ", with: "\"minutes\":  "))
        case "edit a translation":
            try start.content.write("translations/pl.json", try start.content.text("translations/pl.json") + "\n")
        case "add a file":
            try start.content.write("cases/extra.json", "{}")
        case "remove a file":
            try start.content.remove("meldcode.json")
        default:
            // A note taken by another signaal binary.
            let note = try String(contentsOf: start.note, encoding: .utf8)
            let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
            let other = lines.map { $0.hasPrefix("binary ") ? "binary 1 2.3 4.5 6" : String($0) }.joined(separator: "\n")
            #expect(other != note)
            try Data(other.utf8).write(to: start.note)
        }
        try start.settle()
        let result = start.load()
        let bundle = try #require(result.bundle, "\(result.problems)")
        #expect(bundle.catalogue.isLoaded, "\(change): a full load")
        #expect(try start.loadIsLazy(), "\(change): the full load noted the content as it is now")
    }

    @Test(arguments: ["garbage", "empty", "a folder"])
    func aCorruptOrUnreadableNoteMeansAFullLoad(_ damage: String) throws {
        let start = try Start()
        _ = start.load()
        let note = try start.note
        try FileManager.default.removeItem(at: note)
        switch damage {
        case "garbage": try Data([0xFF, 0x00, 0x41]).write(to: note)
        case "empty": try Data().write(to: note)
        default: try FileManager.default.createDirectory(at: note, withIntermediateDirectories: false)
        }
        #expect(try !start.loadIsLazy())
        // A note that could be replaced is current again; a folder in its way stays.
        #expect(try start.loadIsLazy() == (damage != "a folder"))
    }

    @Test func aNoteTakenInTheTickOfAChangeIsNotSaved() throws {
        let start = try Start()
        let note = try #require(ValidatedContentNote(root: start.content.root, environment: start.environment))
        #expect(!note.isRacy, "the copy settled")
        let racy = try #require(ValidatedContentNote(root: start.content.root, environment: start.environment, takenAt: note.latestChange))
        #expect(racy.isRacy)
        racy.save()
        #expect(!FileManager.default.fileExists(atPath: racy.file.path), "a file could still change unseen in that tick")
        note.save()
        #expect(note.isCurrent)
    }

    @Test func withoutAWritableCacheEveryStartIsAFullOneAndWorks() throws {
        let start = try Start()
        // A file where the cache folder should be: nothing can be written under it.
        try Data("not a folder".utf8).write(to: start.cache)
        #expect(try !start.loadIsLazy())
        #expect(try !start.loadIsLazy())
        #expect(try #require(start.load().bundle).modules.count > 0)
        let home = ContentLoader.loadForStart(from: start.content.root, environment: [:]) { _ in }
        #expect(home.bundle?.catalogue.isLoaded == true, "no cache folder at all: a full load")
    }

    @Test func badContentIsReportedAsAFullLoadReportsIt() throws {
        let start = try Start()
        _ = start.load()
        try start.content.write("modules/no-room-hotel.json", "{\"id\": ")
        try start.content.write("ui.json", try start.content.text("ui.json").replacingOccurrences(of: "\"nl\"", with: "\"nl\" "))
        let result = start.load()
        #expect(result.bundle == nil)
        #expect(!result.problems.isEmpty)
        #expect(result.problems == start.content.load().problems)
    }

    @Test func contentDamagedAfterTheStartIsReportedOnFirstUse() throws {
        let start = try Start()
        _ = start.load()
        let bundle = try #require(start.load().bundle)
        #expect(!bundle.catalogue.isLoaded)
        try start.content.write("checklists/hotel.json", "[")
        #expect(bundle.checklists.isEmpty, "nothing unchecked is shown")
        let reported = try #require(start.damage.value)
        #expect(reported == start.content.load().problems)
        #expect(reported.contains { $0.file == "content/checklists/hotel.json" })
    }

    @Test func contentEditedAfterTheStartIsCheckedAndUsed() throws {
        let start = try Start()
        _ = start.load()
        let bundle = try #require(start.load().bundle)
        let text = try start.content.text("modules/no-room-hotel.json")
        let title = try #require(ContentLoader.load(from: start.content.root).bundle?.module("no-room-hotel")?.title(.english))
        try start.content.write("modules/no-room-hotel.json", text.replacingOccurrences(of: title, with: title + " (edited)"))
        try start.settle()
        #expect(bundle.module("no-room-hotel")?.title(.english) == title + " (edited)")
        #expect(start.damage.value == nil)
        #expect(try start.loadIsLazy(), "the edited content was checked in full and noted")
    }
}
