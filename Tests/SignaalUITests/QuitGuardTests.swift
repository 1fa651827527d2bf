import Testing
@testable import SignaalCore
@testable import SignaalUI

/// Ctrl-C with answers filled in: nothing about the assessed person is
/// stored, so the first Ctrl-C warns on the status line and a second quits.
@Suite("Ctrl-C with unsaved work")
struct QuitGuardTests {
    static let warning: [Language: String] = [
        .dutch: "Druk nog eens op Ctrl-C om te stoppen — je antwoorden worden niet bewaard",
        .english: "Press Ctrl-C again to quit — your answers will not be kept",
    ]

    /// Teacher, criminal exploitation, the first signal ticked.
    static func ticked(_ language: Language = .dutch) -> Driver {
        var d = Driver(language: language)
        d.press(.enter, .enter, .character(" "))
        return d
    }

    @Test("a ticked signal: the first Ctrl-C warns in the user's language, the second quits", arguments: [Language.dutch, .english])
    func twice(language: Language) throws {
        var d = Self.ticked(language)
        #expect(d.app.update(.interrupt).isEmpty)
        #expect(d.text.contains(try #require(Self.warning[language])))
        #expect(d.state.session?.input.checked.count == 1, "nothing is thrown away yet")
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("any other key takes the warning away and does its own work")
    func otherKeyDismisses() {
        var d = Self.ticked()
        _ = d.app.update(.interrupt)
        d.press(.character(" "))
        #expect(d.state.status == nil && !d.text.contains("Ctrl-C"))
        #expect(d.state.session?.input.checked.isEmpty == true, "Space unticked the signal")
        // Nothing is filled in any more: Ctrl-C leaves at once.
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("after a dismissed warning the next Ctrl-C warns again")
    func warnsAgain() {
        var d = Self.ticked()
        _ = d.app.update(.interrupt)
        d.press(.down)
        #expect(d.app.update(.interrupt).isEmpty)
        #expect(d.text.contains(Self.warning[.dutch] ?? "?"))
    }

    @Test("a resize or a timer tick does not take the warning away")
    func resizeKeepsIt() {
        var d = Self.ticked()
        _ = d.app.update(.interrupt)
        d.resize(Size(width: 100, height: 30))
        _ = d.app.update(.tick)
        #expect(d.text.contains(Self.warning[.dutch] ?? "?"))
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("context answers alone count as work")
    func contextAnswers() {
        var d = Driver()
        d.press(.enter, .enter, .enter, .right)
        #expect(d.state.session?.input.checked.isEmpty == true && d.state.session?.hasWork == true)
        #expect(d.app.update(.interrupt).isEmpty)
    }

    @Test("a case reference being typed counts as work, even on an empty checklist")
    func caseNoteForm() {
        var d = Driver()
        d.press(.enter, .enter, .enter, .enter, .character("s"))
        #expect(d.state.screen == .caseNoteForm && d.state.session?.hasWork == false)
        d.type("D-1")
        #expect(d.app.update(.interrupt).isEmpty)
        #expect(d.text.contains(Self.warning[.dutch] ?? "?"))
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("a ticked meldcode step counts as work, even on an empty checklist")
    func meldcodeStep() {
        var d = Driver()
        d.press(.enter, .enter, .enter, .enter, .character("m"), .character(" "))
        #expect(d.state.screen == .reportingCode && d.state.caseWork.hasUnsaved)
        #expect(d.app.update(.interrupt).isEmpty)
    }

    @Test("with the quit window open Ctrl-C quits at once")
    func confirmOpen() {
        var d = Self.ticked()
        d.press(.character("Q"))
        #expect(d.state.overlay == .confirmQuit)
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("over the help window the warning shows on the status line")
    func overHelp() {
        var d = Self.ticked()
        d.press(.character("h"))
        #expect(d.app.update(.interrupt).isEmpty)
        #expect(d.state.overlay == .help)
        #expect(d.text.contains(Self.warning[.dutch] ?? "?"))
    }

    @Test("in a window too small for the screens the warning is shown too, and a second Ctrl-C quits")
    func tooSmall() {
        var d = Self.ticked(.english)
        d.resize(Size(width: 40, height: 10))
        #expect(d.app.update(.interrupt).isEmpty)
        let text = d.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("Press Ctrl-C again to quit") && text.contains("will not be kept"))
        #expect(d.app.update(.interrupt) == [.quit])
    }

    @Test("a class's answers count as work; a learner's training is saved, so Ctrl-C leaves at once")
    func training() {
        var classroom = Driver(services: TrainingDriver.services())
        classroom.press(.enter)
        classroom.type("2")
        classroom.press(.enter, .enter, .enter)
        #expect(classroom.state.training?.classMode == true)
        #expect(classroom.app.update(.interrupt).isEmpty)

        var learner = TrainingDriver.home()
        #expect(learner.state.screen == .learnerHome)
        #expect(learner.app.update(.interrupt) == [.quit])
    }

    @Test("Esc or q back to the first screen and once more: ticked signals ask first, as Q does", arguments: [Key.escape, .character("q")])
    func backFromFirstScreen(key: Key) {
        var d = Self.ticked()
        d.press(.escape, .escape)
        #expect(d.state.screen == .roles)
        #expect(d.state.session?.input.checked.count == 1, "the ticks are kept for coming back")
        #expect(d.app.update(.key(key)).isEmpty, "not quit at once")
        #expect(d.state.overlay == .confirmQuit)
        #expect(d.app.update(.key(.character("j"))) == [.quit])
    }
}
