import Foundation
import Testing
@testable import SignaalCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Data folder

@Suite struct JSONFileStoreDataDirectoryTests {
    let home = ["HOME": "/home/ana"]

    @Test func explicitFolderComesFirst() {
        let environment = home.merging(["SIGNAAL_DATA": "/env", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(DataDirectory.resolve(explicit: "/chosen", environment: environment).path == "/chosen")
    }

    @Test func thenSignaalData() {
        let environment = home.merging(["SIGNAAL_DATA": "/env", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/env")
        #expect(DataDirectory.resolve(explicit: "", environment: environment).path == "/env")
    }

    @Test func thenXDGDataHome() {
        let environment = home.merging(["SIGNAAL_DATA": "", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/xdg/signaal")
    }

    @Test func thenHome() {
        #expect(DataDirectory.resolve(explicit: nil, environment: home).path == "/home/ana/.local/share/signaal")
        // XDG_DATA_HOME must be absolute to count; empty does not count.
        for xdg in ["", "relative/data"] {
            let environment = home.merging(["XDG_DATA_HOME": xdg]) { $1 }
            #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/home/ana/.local/share/signaal")
        }
    }

    @Test func withoutHOMETheAccountsHomeFolderIsUsed() {
        let path = DataDirectory.resolve(explicit: nil, environment: [:]).path
        #expect(path.hasSuffix("/.local/share/signaal"))
        #expect(path.hasPrefix("/"))
    }

    @Test func tildeIsExpandedAndPathsAreCleanedUp() {
        #expect(DataDirectory.resolve(explicit: "~/klas", environment: home).path == "/home/ana/klas")
        #expect(DataDirectory.resolve(explicit: nil, environment: home.merging(["SIGNAAL_DATA": "~"]) { $1 }).path == "/home/ana")
        #expect(DataDirectory.resolve(explicit: "/a/b/../c/", environment: home).path == "/a/c")
    }

    @Test func relativePathsAreTakenFromTheCurrentFolder() {
        let current = FileManager.default.currentDirectoryPath
        let resolved = DataDirectory.resolve(explicit: "records", environment: home)
        #expect(resolved.path == URL(fileURLWithPath: current).appendingPathComponent("records").standardizedFileURL.path)
    }
}

// MARK: - Reading and writing

@Suite struct JSONFileStoreTests {
    @Test func roundTrip() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        let (count, notices) = try store.update { roster -> Int in
            roster.items.append("Ana")
            roster.items.append("Ümit")
            roster.updated = when
            return roster.items.count
        }
        #expect(count == 2)
        #expect(notices.isEmpty)

        let (read, readNotices) = try folder.store().read()
        #expect(read == StoreDocument(items: ["Ana", "Ümit"], updated: when))
        #expect(readNotices.isEmpty)
    }

    @Test func fileIsSortedPrettyISO8601AndEndsWithANewline() throws {
        let folder = try StoreFolder()
        _ = try folder.store().update { roster in
            roster.updated = Date(timeIntervalSince1970: 1_700_000_000)
            roster.items = ["a/b"]
        }
        let text = try String(contentsOf: folder.file, encoding: .utf8)
        let expected = """
        {
          "items" : [
            "a/b"
          ],
          "updated" : "2023-11-14T22:13:20Z"
        }

        """
        #expect(text == expected)
    }

    @Test func datesAreKeptToTheSecond() throws {
        let folder = try StoreFolder()
        let written = Date(timeIntervalSince1970: 1_700_000_000.75)
        _ = try folder.store().update { $0.updated = written }
        let read = try #require(try folder.store().read().0.updated)
        #expect(abs(read.timeIntervalSince(written)) < 1)
        #expect(read.timeIntervalSince1970 == read.timeIntervalSince1970.rounded())
    }

    @Test func readingWithoutAFileGivesTheEmptyDocumentAndCreatesNothing() throws {
        let folder = try StoreFolder()
        let (roster, notices) = try folder.store().read()
        #expect(roster == StoreDocument())
        #expect(notices.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.records.path))
    }

    @Test func aFailingChangeWritesNothing() throws {
        struct Refused: Error {}
        let folder = try StoreFolder()
        let store = folder.store()
        _ = try store.update { $0.items = ["kept"] }
        let before = try Data(contentsOf: folder.file)
        #expect(throws: Refused.self) {
            _ = try store.update { roster in
                roster.items = ["lost"]
                throw Refused()
            }
        }
        #expect(try Data(contentsOf: folder.file) == before)
        // The lock was given back.
        _ = try store.update { $0.items.append("next") }
        #expect(try store.read().0.items == ["kept", "next"])
    }

    @Test func usingTheStoreInsideAnUpdateThrowsInsteadOfWaitingForever() throws {
        let folder = try StoreFolder()
        let store = folder.store()
        let other = folder.store()
        do {
            _ = try store.update { _ in _ = try other.read() }
            Issue.record("expected a lock error")
        } catch let error as StoreError {
            #expect(error.kind == .lockFailed)
            #expect(error.description.contains("inside an update"))
        }
    }
}
