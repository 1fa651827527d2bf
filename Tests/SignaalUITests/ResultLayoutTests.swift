import Testing
import SignaalCore
@testable import SignaalUI

/// The result document is laid out by update, once per (size, language,
/// answers), and the view draws those same lines.
@Suite("Result layout")
struct ResultLayoutTests {
    static func result() -> Driver {
        var driver = Driver()
        driver.press(.enter, .enter, .character(" "), .down, .character(" "), .enter, .enter)
        return driver
    }

    @Test("kept for the current width, language and answers; laid out again when one of them changes")
    func keptAndRenewed() throws {
        var driver = Self.result()
        #expect(driver.state.screen == .result)
        let kept = try #require(driver.state.resultLayout)
        let width = ResultLayout.width(Frame.layout(driver.size).body)
        #expect(kept.key.width == width)
        #expect(kept.lines == ResultView.lines(driver.state, width: width), "the same lines as a fresh layout")

        driver.press(.down, .down)
        #expect(driver.state.resultLayout?.key == kept.key, "scrolling lays nothing out again")

        driver.press(.character("L"))
        #expect(driver.state.resultLayout?.key.language == .english)
        #expect(driver.state.resultLayout?.lines != kept.lines)

        driver.resize(Size(width: 120, height: 40))
        let wide = try #require(driver.state.resultLayout)
        #expect(wide.key.width == ResultLayout.width(Frame.layout(Size(width: 120, height: 40)).body))
        #expect(wide.lines.count < kept.lines.count, "wider lines, fewer of them")
        #expect(driver.text.contains("van \(wide.lines.count)") || driver.text.contains("of \(wide.lines.count)"),
                "the position counts the kept lines")
    }

    @Test("a view at another size than the state's lays out for that size")
    func otherSize() throws {
        let driver = Self.result()
        let big = Size(width: 120, height: 40)
        let grid = driver.app.view(size: big)
        let lines = ResultView.lines(driver.state, width: ResultLayout.width(Frame.layout(big).body))
        #expect(grid.text.contains("van \(lines.count)"), "the position counts lines laid out at 120 columns")
        #expect(driver.state.resultLayout?.key.width == ResultLayout.width(Frame.layout(driver.size).body))
    }
}

/// The manager's status of one organisation: a line per staff member still
/// to train, laid out once per (size, language, organisation, records).
@Suite("Organisation status layout")
struct OrganisationStatusLayoutTests {
    @Test("kept while scrolling; laid out again after a link changes the records")
    func keptAndRenewed() throws {
        var driver = Driver(language: .english, services: RecordEffectsTests.services(try CountingKeeper(ManagerLinkTests.keeper().read().0)))
        driver.type("4")
        driver.press(.enter, .enter)
        #expect(driver.state.screen == .organisationStatus)
        let kept = try #require(driver.state.statusLayout)
        let width = Frame.layout(driver.size).body.width - 2
        #expect(kept.key.width == width)
        #expect(kept.lines == OrganisationStatusView.lines(driver.state, width: width), "the same lines as a fresh layout")

        driver.press(.down, .down, .pageDown)
        #expect(driver.state.statusLayout?.key == kept.key, "scrolling lays nothing out again")

        driver.press(.character("m"))
        #expect(driver.text.contains("3 of 5 staff have completed"), "the view shows the records after the link")
        #expect(driver.state.statusLayout?.key != kept.key)
        #expect(driver.state.statusLayout?.lines != kept.lines)
    }
}
