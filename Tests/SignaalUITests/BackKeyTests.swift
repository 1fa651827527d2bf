import Testing
@testable import SignaalCore
@testable import SignaalUI

/// Esc, q, ← and Backspace lead back along one map (`Update.parent`); digits
/// name list items (`ListMove.numbered`).
@Suite("Back keys and digits")
struct BackKeyTests {
    @Test("q, ← and Backspace go back like Esc, from the result to the role list", arguments: [Key.character("q"), .left, .backspace])
    func everyBackKey(_ back: Key) {
        var d = Driver()
        d.press(.enter, .enter, .enter, .enter)
        #expect(d.state.screen == .result)
        d.press(back)
        #expect(d.state.screen == .context)
        // On the context screen ← answers the question: Esc leaves it instead.
        d.press(back == .left ? .escape : back)
        #expect(d.state.screen == .checklist)
        for expected in [Screen.activities, .roles] {
            d.press(back)
            #expect(d.state.screen == expected)
        }
    }

    @Test("← on the context screen changes the age and stays")
    func leftAnswers() throws {
        var d = Driver()
        d.press(.enter, .enter, .enter)
        let before = try #require(d.state.session).input.age
        d.press(.left)
        #expect(d.state.screen == .context)
        #expect(try #require(d.state.session).input.age != before)
    }

    @Test("back from the activities puts the cursor on the role chosen")
    func backToRole() {
        var d = Driver()
        d.type("3")
        #expect(d.state.screen == .activities)
        d.press(.escape)
        #expect(d.state.current == .roles(cursor: 2))
    }

    @Test("a digit picks only an item that exists")
    func digits() {
        #expect(ListMove.numbered(.character("1"), count: 0) == nil)
        #expect(ListMove.numbered(.character("0"), count: 5) == nil)
        #expect(ListMove.numbered(.character("5"), count: 5) == 4)
        #expect(ListMove.numbered(.character("6"), count: 5) == nil)
        #expect(ListMove.numbered(.enter, count: 5) == nil)
        var d = Driver()
        d.type("9")
        #expect(d.state.screen == .roles)
    }

    @Test("a menu key moves the cursor or chooses; digits only where a menu numbers its items")
    func menuActions() {
        #expect(ListMove.action(.down, cursor: 0, count: 3) == .move(1))
        #expect(ListMove.action(.enter, cursor: 2, count: 3) == .choose(2))
        #expect(ListMove.action(.enter, cursor: 0, count: 0) == nil, "nothing to choose in an empty list")
        #expect(ListMove.action(.character("2"), cursor: 0, count: 3) == nil)
        #expect(ListMove.action(.character("2"), cursor: 0, count: 3, digits: true) == .choose(1))
        #expect(ListMove.action(.character("n"), cursor: 0, count: 3, digits: true) == nil)
    }
}
