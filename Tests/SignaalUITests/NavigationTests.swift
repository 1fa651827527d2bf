import Testing
@testable import SignaalCore
@testable import SignaalUI

/// The state machine: keys in, state and screen out.
@Suite("Navigation")
struct NavigationTests {
    @Test("role, activity, checklist, context and result in order; Esc walks back")
    func forwardAndBack() {
        var d = Driver()
        #expect(d.state.screen == .roles)
        d.press(.enter)
        #expect(d.state.screen == .activities)
        #expect(d.state.role?.id == "teacher")
        d.press(.enter)
        #expect(d.state.screen == .checklist)
        d.press(.enter)
        #expect(d.state.screen == .context)
        d.press(.enter)
        #expect(d.state.screen == .result)
        for expected in [Screen.context, .checklist, .activities, .roles] {
            d.press(.escape)
            #expect(d.state.screen == expected)
        }
        #expect(d.press(.escape) == [.quit], "Esc on the start screen leaves")
    }

    @Test("a number picks a role directly")
    func numberPicksRole() {
        var d = Driver()
        d.type("2")
        #expect(d.state.role?.id == "youth-worker")
        #expect(d.state.screen == .activities)
    }

    @Test("Space toggles the signal under the cursor and the counter follows")
    func toggle() {
        var d = Driver()
        d.press(.enter, .enter, .down, .character(" "))
        let second = TestContent.bundle.checklist("criminal-exploitation")?.signals[1].id ?? ""
        #expect(d.state.session?.input.checked == [second])
        #expect(d.text.contains("1 van"))
        d.press(.character(" "))
        #expect(d.state.session?.input.checked.isEmpty == true)
    }

    @Test("the cursor stays within the list")
    func cursorBounds() {
        var d = Driver()
        d.press(.enter, .enter, .up, .up)
        #expect(d.state.session?.cursor == 0)
        d.press(.end, .down, .down)
        let count = d.state.session?.checklist.signals.count ?? 0
        #expect(d.state.session?.cursor == count - 1)
        #expect(d.text.contains("\(count) van \(count)"))
    }

    @Test("going back to the same checklist keeps the checks")
    func resumeChecklist() {
        var d = Driver()
        d.press(.enter, .enter, .character(" "), .escape, .enter)
        #expect(d.state.screen == .checklist)
        #expect(d.state.session?.input.checked.count == 1)
    }

    @Test("an activity announced as coming cannot be opened and says so")
    func comingActivity() throws {
        var d = Driver()
        d.press(.enter)
        var role = try #require(d.state.role, "Enter on the first role opens its activities")
        let coming = Activity(id: "later", kind: .training, ref: nil, label: .same("Later"), description: .same("Soon"), coming: true)
        role = Role(id: role.id, label: role.label, description: role.description, activities: [coming])
        var state = d.state
        state.role = role
        state.activityCursor = 0
        #expect(!ActivitiesScreen.isAvailable(coming))
        ActivitiesScreen.open(&state)
        #expect(state.screen == .activities)
        #expect(state.status?.key == "status.coming")
    }

    @Test("Q quits at once when nothing was filled in")
    func quitWithoutWork() {
        var d = Driver()
        #expect(d.press(.character("Q")) == [.quit])
    }

    @Test("Q asks first when work would be lost; n keeps it, j quits")
    func quitWithWork() {
        var d = Driver()
        d.press(.enter, .enter, .character(" "))
        #expect(d.press(.character("Q")).isEmpty)
        #expect(d.state.overlay == .confirmQuit)
        d.press(.character("n"))
        #expect(d.state.overlay == nil)
        #expect(d.state.session?.input.checked.count == 1)
        d.press(.character("Q"))
        #expect(d.press(.character("j")) == [.quit])
    }

    @Test("Ctrl-C with nothing filled in quits at once (the Ctrl-C warning: QuitGuardTests)")
    func interrupt() {
        var d = Driver()
        d.press(.enter, .enter, .down)
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("L switches the language of everything on screen")
    func language() {
        var d = Driver()
        #expect(d.text.contains("Wie ben je?"))
        d.press(.character("L"))
        #expect(d.state.language == .english)
        #expect(d.text.contains("Who are you?"))
        #expect(d.text.contains("[EN]"))
    }

    @Test("context answers change the result: acute gives the highest level and 112")
    func acuteResult() {
        var d = Driver()
        d.press(.enter, .enter, .enter, .down, .character(" "), .enter)
        #expect(d.state.session?.input.acute == true)
        #expect(d.text.contains("ACUUT GEVAAR"))
        var found112 = d.text.contains("112")
        for _ in 0..<20 where !found112 {
            d.press(.pageDown)
            found112 = d.text.contains("112")
        }
        #expect(found112)
    }

    @Test("the age question cycles through minor, adult and unknown")
    func ageCycle() {
        var d = Driver()
        d.press(.enter, .enter, .enter)
        #expect(d.state.session?.input.age == .unknown)
        d.press(.right)
        #expect(d.state.session?.input.age == .minor)
        d.press(.right)
        #expect(d.state.session?.input.age == .adult)
        d.press(.left, .left)
        #expect(d.state.session?.input.age == .unknown)
    }

    @Test("result scrolling stops at the end of the document")
    func scrollClamped() {
        var d = Driver()
        d.press(.enter, .enter, .enter, .enter)
        d.press(.end)
        let end = d.state.session?.resultScroll.offset ?? 0
        #expect(end > 0)
        d.press(.down, .down)
        #expect(d.state.session?.resultScroll.offset == end)
        d.press(.up)
        #expect(d.state.session?.resultScroll.offset == end - 1)
    }

    @Test("n on the result starts a new, empty checklist")
    func newChecklist() {
        var d = Driver()
        d.press(.enter, .enter, .character(" "), .enter, .enter, .character("n"))
        #expect(d.state.screen == .checklist)
        #expect(d.state.session?.input.checked.isEmpty == true)
    }

    @Test("too small a window says so and recovers when enlarged")
    func tooSmall() {
        var d = Driver()
        d.press(.enter, .enter, .character(" "))
        d.resize(Size(width: 79, height: 24))
        #expect(d.text.contains("minstens 80x24"))
        #expect(d.text.contains("79x24"))
        d.resize(Size(width: 80, height: 23))
        #expect(d.text.contains("minstens 80x24"))
        d.resize(Size(width: 80, height: 24))
        #expect(!d.text.contains("minstens"))
        #expect(d.text.contains("1 van"))
    }

    @Test("every screen has a help line and help opens and closes", arguments: [0, 1, 2, 3, 4])
    func helpEverywhere(depth: Int) {
        var d = Driver()
        for _ in 0..<depth { d.press(.enter) }
        let lastRow = d.screen.lines.last ?? ""
        #expect(lastRow.contains("hulp"))
        d.press(.character("h"))
        #expect(d.state.overlay == .help)
        #expect(d.text.contains("Hulp"))
        d.press(.escape)
        #expect(d.state.overlay == nil)
    }
}
