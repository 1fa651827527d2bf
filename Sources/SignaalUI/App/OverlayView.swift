import Foundation
import SignaalCore

enum OverlayView {
    static func hints(for overlay: Overlay, _ state: AppState) -> [(key: String, label: String)] {
        switch overlay {
        case .help: return [("↑↓", state.t("key.scroll")), ("Esc", state.t("key.close"))]
        case .signalInfo: return [("Esc", state.t("key.close"))]
        case .confirmQuit: return [("j/y", state.t("key.yes")), ("n/Esc", state.t("key.no"))]
        }
    }

    static func draw(_ overlay: Overlay, _ state: AppState, into grid: inout Grid) {
        switch overlay {
        case .help:
            let inner = Box.centred(width: 76, height: grid.size.height - 4, title: state.t("help.title"), into: &grid)
            let lines = helpLines(state, width: inner.width).map { StyledLine($0) }
            grid.render(ScrollView(lines: lines, showsMarkers: false), in: inner, state: state.helpScroll)
        case .signalInfo(let id):
            guard let signal = state.session?.checklist.signal(id) else { return }
            var text = signal.why(state.language) + "\n\n"
            text += state.t("info.strength", ["strength": state.t("strength.\(signal.strength.rawValue)")]) + "\n"
            text += state.t("info.sources") + "\n"
            for source in signal.sources.compactMap({ state.content.source($0) }) {
                text += "- " + SourceText.line(source) + "\n"
            }
            message(Paragraph(text: text.trimmingCharacters(in: .newlines)), width: 66, title: signal.text(state.language), into: &grid)
        case .confirmQuit:
            message(Paragraph(text: state.t("quit.confirm"), role: .accent), width: 50, title: state.t("quit.title"), into: &grid)
        }
    }

    /// A box as tall as `text` wrapped to `width`, centred on the screen.
    static func message(_ text: Paragraph, width: Int, title: String, into grid: inout Grid) {
        let inner = Box.centred(width: width + 6, height: text.lineCount(width: width) + 2, title: title, into: &grid)
        grid.render(text, in: inner.columns([.length(width)])[0])
    }

    /// The help text for the current screen, wrapped to `width`.
    static func helpLines(_ state: AppState, width: Int) -> [String] {
        // A class run saves nothing and Esc ends it: its help must not promise otherwise.
        let classRun = state.screen == .training && state.training?.classMode == true
        var body = (classRun ? state.t("help.class") : state.t("help.\(helpKey(state.screen))")) + "\n\n" + state.t("help.general")
        if state.screen == .checklist, let intro = state.session?.checklist.intro(state.language) {
            body = intro + "\n\n" + body
        }
        return TextWrap.lines(body, width: width)
    }

    /// The help's length and the rows of its window at the current size.
    static func helpExtent(_ state: AppState) -> (content: Int, viewport: Int) {
        let inner = Box.inner(width: 76, height: state.size.height - 4, in: state.size)
        return (helpLines(state, width: inner.width).count, inner.height)
    }

    static func helpKey(_ screen: Screen) -> String {
        switch screen {
        case .roles: return "roles"
        case .activities: return "activities"
        case .checklist: return "checklist"
        case .context: return "context"
        case .result: return "result"
        case .learnerForm: return "learner"
        case .learnerPick: return "pick"
        case .learnerHome: return "home"
        case .training: return "training"
        case .organisations, .organisationStatus: return "manager"
        case .reportingCode: return "meldcode"
        case .caseNoteForm: return "casenote"
        }
    }
}

