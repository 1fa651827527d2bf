import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

/// Every scrolling screen: ↓ stops at the end of the text, so after any
/// number of extra ↓ a single ↑ moves the view (it used to take every extra ↓ undone).
@Suite("Scroll state")
struct ScrollStateTests {
    /// The rows the text scrolls in, without the status line: on the result
    /// it shows the position, which changed even when the text did not move.
    static func text(_ driver: Driver) -> ArraySlice<String> {
        driver.screen.lines[2..<(driver.size.height - 2)]
    }

    /// Scrolls to the end, presses ↓ 60 times more, then ↑ once, comparing what is drawn.
    static func upMovesAfterOverscroll(_ driver: inout Driver, sourceLocation: SourceLocation = #_sourceLocation) {
        let top = text(driver)
        var previous = top
        for _ in 0..<500 {
            driver.press(.down)
            if text(driver) == previous { break }
            previous = text(driver)
        }
        for _ in 0..<60 { driver.press(.down) }
        let bottom = text(driver)
        let scrolled = bottom != top
        #expect(scrolled, "the text is longer than its window, so ↓ scrolls", sourceLocation: sourceLocation)
        driver.press(.up)
        let oneUp = text(driver)
        let moved = oneUp != bottom
        #expect(moved, "one ↑ after 60 ↓ moves the view", sourceLocation: sourceLocation)
        driver.press(.down)
        let back = text(driver) == bottom
        #expect(back, "and one ↓ brings the end back", sourceLocation: sourceLocation)
    }

    /// Whether the text the arrows scroll in the module is longer than its window.
    static func overflows(_ driver: Driver) -> Bool {
        guard let training = driver.state.training, let extent = TrainingView.scrollExtent(driver.state, training) else { return false }
        return extent.content > extent.viewport
    }

    @Test("ScrollState keeps its offset between the first line and the last screenful")
    func clamps() {
        var scroll = ScrollState()
        scroll.move(by: -3, content: 30, viewport: 10)
        #expect(scroll.offset == 0)
        for _ in 0..<60 { scroll.move(by: 1, content: 30, viewport: 10) }
        #expect(scroll.offset == 20)
        scroll.move(by: -1, content: 30, viewport: 10)
        #expect(scroll.offset == 19)
        scroll.clamp(content: 30, viewport: 25)
        #expect(scroll.offset == 5, "a taller window shows more, so the end comes sooner")
        scroll.move(by: 4, content: 5, viewport: 10)
        #expect(scroll.offset == 0, "text that fits does not scroll")
        let end = scroll.handle(.end, content: 30, viewport: 10)
        #expect(end && scroll.offset == 20)
        let home = scroll.handle(.home, content: 30, viewport: 10)
        #expect(home && scroll.offset == 0)
        let enter = scroll.handle(.enter, content: 30, viewport: 10)
        #expect(!enter)
    }

    @Test("result")
    func result() {
        var driver = Driver()
        driver.press(.enter, .enter, .enter, .enter)
        #expect(driver.state.screen == .result)
        Self.upMovesAfterOverscroll(&driver)
    }

    @Test("a taller window clamps the scroll, so ↑ still moves at once")
    func resize() throws {
        var driver = try Self.longOrganisation()
        for _ in 0..<60 { driver.press(.down) }
        driver.resize(Size(width: 80, height: 30))
        let end = Self.text(driver)
        driver.press(.up)
        let moved = Self.text(driver) != end
        #expect(moved)
    }

    @Test("help window")
    func help() {
        // The second role's second checklist: its introduction makes the help longer than 80x24.
        var driver = Driver()
        driver.press(.down, .enter, .down, .enter)
        #expect(driver.state.screen == .checklist)
        driver.press(.character("h"))
        #expect(driver.state.overlay == .help)
        Self.upMovesAfterOverscroll(&driver)
        #expect(driver.state.overlay == .help)
    }

    /// Thirty staff still to do the module: a list longer than 80x24.
    static func longOrganisation() throws -> Driver {
        var records = TrainingRecords()
        let hotel = try records.addOrganisation(name: "Hotel De Zeemeeuw", location: "Zandvoort", now: HotelRecords.now).get()
        let rows = (1...30).map { RosterRow(line: $0 + 1, name: "Medewerker \($0)", department: "Receptie") }
        records.save(RosterImport.merge(hotel, rows: rows, now: HotelRecords.now).0)
        var driver = Driver(services: TrainingDriver.services(MemoryRecordKeeper(records)))
        driver.type("4")
        driver.press(.enter, .enter)
        return driver
    }

    @Test("organisation status")
    func organisation() throws {
        var driver = try Self.longOrganisation()
        try #require(driver.state.screen == .organisationStatus)
        Self.upMovesAfterOverscroll(&driver)
    }

    /// The youth module run by a class: pages with room to talk, and a summary at the end.
    static func classroom() throws -> Driver {
        var driver = Driver()
        let module = try #require(TestContent.bundle.modules.first { $0.id == "buit-youth" })
        driver.app = SignaalApp(classroom: module, content: TestContent.bundle, language: .dutch)
        driver.resize(driver.size)
        return driver
    }

    @Test("lesson page")
    func lesson() throws {
        var driver = try Self.classroom()
        for _ in 0..<100 {
            guard let unit = driver.state.training?.runner.unit else { break }
            if case .lesson = unit.content, Self.overflows(driver) { break }
            switch unit.content {
            case .lesson: driver.press(.enter)
            case .chat: driver.press(.character("1"), .enter, .enter, .enter)
            case .question: driver.press(.character("1"), .enter, .enter)
            }
        }
        try #require(driver.state.training?.runner.page != nil && Self.overflows(driver), "a lesson page longer than 80x24")
        Self.upMovesAfterOverscroll(&driver)
    }

    @Test("answered question")
    func answered() throws {
        var driver = TrainingDriver.youthModule()
        for _ in 0..<30 {
            TrainingDriver.advance(&driver, untilQuestion: true)
            driver.press(.character("1"), .enter)
            if Self.overflows(driver) { break }
            driver.press(.enter)
        }
        try #require(driver.state.training?.runner.answer != nil && Self.overflows(driver), "an answer with feedback longer than 80x24")
        Self.upMovesAfterOverscroll(&driver)
    }

    @Test("module completed")
    func completed() throws {
        var driver = try Self.classroom()
        TrainingDriver.advance(&driver, oneEverywhere: true)
        try #require(driver.state.training?.runner.progress.finished == true && Self.overflows(driver), "a completion longer than 80x24")
        Self.upMovesAfterOverscroll(&driver)
    }
}
