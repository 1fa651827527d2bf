import Foundation
import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

/// What a case-note save wrote, in memory.
final class SavedNotes: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [(name: String, data: Data)] = []

    var all: [(name: String, data: Data)] { lock.lock(); defer { lock.unlock() }; return files }

    func services() -> AppServices {
        var services = AppServices.none
        services.saveCaseNote = { name, data in
            self.lock.lock()
            defer { self.lock.unlock() }
            self.files.append((name, data))
            return .success("/work/" + name)
        }
        services.workingFolder = "/work"
        services.appVersion = "0.1.0"
        services.now = { Date(timeIntervalSince1970: 1_741_944_600) }
        return services
    }
}

/// The meldcode steps screen and saving the case note from the TUI.
@Suite("Case note screens")
struct CaseNoteScreenTests {
    /// Teacher, criminal exploitation, two signals, a minor, on the result.
    static func result(_ language: Language = .english, size: Size = Size(width: 80, height: 24), saved: SavedNotes = SavedNotes()) -> Driver {
        var driver = Driver(language: language, size: size, services: saved.services())
        driver.press(.enter, .enter)
        driver.press(.down, .down, .character(" "), .down, .character(" "))
        driver.press(.enter, .right, .enter)
        return driver
    }

    /// The steps screen with step 1 ticked and noted, two questions answered.
    static func worked(_ language: Language, size: Size) -> Driver {
        var driver = result(language, size: size)
        driver.press(.character("m"), .character(" "), .character("e"))
        driver.type("Seen at the gate")
        driver.press(.enter, .down, .down, .down, .down, .character("y"), .down, .character("y"))
        return driver
    }

    @Test("the steps screen at 80x24 and 120x40, in Dutch and English", arguments: ScreenSnapshotTests.variants)
    func stepsSnapshot(size: Size, language: Language) {
        Snapshot.check(Self.worked(language, size: size).screen, ScreenSnapshotTests.name("meldcode", size, language))
    }

    @Test("the save form at 80x24, in Dutch and English, says: a dossier number, never a name", arguments: ScreenSnapshotTests.languages)
    func formSnapshot(language: Language) {
        var driver = Self.result(language)
        driver.press(.character("s"))
        Snapshot.check(driver.screen, ScreenSnapshotTests.name("casenote-form", Size(width: 80, height: 24), language))
    }

    @Test("the result's key hints offer s and m to a teacher")
    func hints() {
        let driver = Self.result()
        let help = driver.text.split(separator: "\n").last ?? ""
        #expect(help.contains("s save") && help.contains("m reporting code"))
    }

    @Test("ticks, dates, notes and answers change the progress and the framework's outcome")
    func working() throws {
        let driver = Self.worked(.english, size: Size(width: 80, height: 24))
        let progress = try #require(driver.state.caseWork.progress)
        #expect(progress.steps[0] == .init(done: true, date: "2025-03-14", note: "Seen at the gate"))
        #expect(progress.answers == [true, true, nil, nil, nil])
        #expect(driver.text.contains("Outcome by the framework: Report to Veilig Thuis"))
        #expect(driver.text.contains("Contact: Veilig Thuis: 0800-2000"))
    }

    @Test("a wrong date is refused and nothing changes")
    func badDate() {
        var driver = Self.result()
        driver.press(.character("m"), .character("d"))
        for _ in 0..<10 { driver.press(.backspace) }
        driver.type("2025-02-30")
        driver.press(.enter)
        #expect(driver.text.contains("Not a valid date"))
        #expect(driver.state.caseWork.progress?.steps[0].date == "")
        driver.press(.escape)
        #expect(driver.state.caseWork.editing == nil)
    }

    @Test("unsaved ticks ask before quitting; after saving, the note has them")
    func unsavedThenSaved() throws {
        let saved = SavedNotes()
        var driver = Self.result(saved: saved)
        driver.press(.character("m"), .character(" "))
        #expect(driver.state.caseWork.hasUnsaved)
        driver.press(.character("Q"))
        #expect(driver.state.overlay == .confirmQuit)
        driver.press(.character("n"))
        driver.press(.character("s"))
        driver.type("Jan Jansen")
        driver.press(.enter)
        #expect(driver.state.screen == .caseNoteForm, "a name is refused")
        #expect(driver.text.contains("looks like a name"))
        #expect(saved.all.isEmpty)
        for _ in 0..<10 { driver.press(.backspace) }
        driver.type("D-2024/118")
        driver.press(.enter)
        #expect(driver.state.screen == .reportingCode)
        #expect(!driver.state.caseWork.hasUnsaved)
        let names = saved.all.map(\.name)
        #expect(names == ["case-note-2025-03-14-0930-D-2024-118.md", "case-note-2025-03-14-0930-D-2024-118.pdf"])
        let markdown = String(decoding: try #require(saved.all.first).data, as: UTF8.self)
        #expect(markdown.contains("- [x] 1. Map the signals") && markdown.contains("D-2024/118") && markdown.contains("Veilig Thuis"))
        let status = try #require(driver.state.status)
        #expect(driver.state.t(status.key, status.arguments)
            == "Saved: case-note-2025-03-14-0930-D-2024-118 (.md, .pdf) in the folder /work")
    }

    @Test("leaving from the start screen with unsaved ticks asks too")
    func quitFromStart() {
        var driver = Self.result()
        driver.press(.character("m"), .character(" "), .escape, .escape, .escape, .escape, .escape)
        #expect(driver.state.screen == .roles)
        let effects = driver.press(.character("q"))
        #expect(!effects.contains(.quit) && driver.state.overlay == .confirmQuit)
    }

    @Test("hotel staff save a note but get no meldcode steps")
    func hotelStaff() throws {
        let saved = SavedNotes()
        var driver = Driver(language: .english, services: saved.services())
        let index = try #require(TestContent.bundle.roles.firstIndex { $0.id == "hotel-staff" })
        driver.press(.character(Character("\(index + 1)")))
        let activities = driver.state.role?.activities ?? []
        let checklist = try #require(activities.firstIndex { $0.kind == .checklist })
        driver.press(.character(Character("\(checklist + 1)")), .character(" "), .enter, .enter)
        #expect(driver.state.screen == .result)
        driver.press(.character("m"))
        #expect(driver.state.screen == .result)
        driver.press(.character("s"), .enter)
        #expect(saved.all.count == 2)
        let markdown = String(decoding: try #require(saved.all.first).data, as: UTF8.self)
        #expect(!markdown.contains("Working through the reporting code"))
        #expect(markdown.contains("- **Case reference:** none"))
    }

    @Test("nothing is written unless the user saves")
    func nothingWithoutAsking() {
        let saved = SavedNotes()
        var driver = Self.result(saved: saved)
        driver.press(.character("m"), .character(" "), .escape, .character("n"))
        #expect(saved.all.isEmpty)
        #expect(driver.state.caseWork == CaseWork(), "a new checklist forgets the meldcode too")
    }
}

@Suite("Case note fields")
struct CaseNoteFieldTests {
    @Test("escape and bidi characters typed into a field are dropped")
    func controlDropped() {
        var driver = CaseNoteScreenTests.result()
        driver.press(.character("s"), .character("\u{1B}"), .character("D"), .character("\u{202E}"), .character("7"), .character("\u{07}"))
        #expect(driver.state.caseWork.reference == "D7")
    }

    @Test("a reference pasted longer than the field keeps its first 40 characters and says so")
    func pastedTooLong() {
        var driver = CaseNoteScreenTests.result()
        driver.press(.character("s"))
        driver.type("D-2026-" + String(repeating: "7", count: 45))
        #expect(driver.state.caseWork.reference.count == CaseReference.maximumLength)
        #expect(driver.text.contains("A case reference is at most 40 characters."))
        driver.press(.backspace)
        #expect(!driver.text.contains("at most 40"), "the message goes once the reference fits again")
    }
}
