import SignaalCore

/// A lesson page: its keys turn and scroll the page.
extension TrainingScreen {
    /// Returns whether progress changed (and must be saved).
    static func lesson(_ key: Key, _ training: inout TrainingState, _ extent: (content: Int, viewport: Int)) -> Bool {
        switch key {
        case .enter, .right, .character(" "), .character("n"), .pageDown:
            training.runner.nextPage()
            training.scroll.reset()
            enterUnit(&training)
            return true
        case .left, .backspace, .character("p"), .pageUp:
            training.runner.previousPage()
            training.scroll.reset()
            return true
        case .down, .character("j"), .up, .character("k"):
            _ = training.scroll.handle(key, content: extent.content, viewport: extent.viewport)
        default: break
        }
        return false
    }
}

enum LessonView {
    static func lines(_ state: AppState, _ training: TrainingState, width: Int) -> [StyledLine] {
        guard let page = training.runner.page else { return [] }
        let language = training.language(state)
        let w = width - 2
        var out: [StyledLine] = []
        let gap = training.classMode
        for paragraph in page.text(language).components(separatedBy: "\n") {
            out += TrainingView.paragraph(paragraph, width: w)
            if gap { out.append(StyledLine()) }
        }
        if !page.keyPoints.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine(state.t("training.keyPoints"), .heading))
            for point in page.keyPoints {
                out += DocumentView.hanging(point(language), first: "• ", rest: "  ", width: w)
            }
        }
        if training.classMode, !page.discuss.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine(state.t("training.discuss"), .heading))
            for question in page.discuss {
                out += DocumentView.hanging(question(language), first: "? ", rest: "  ", width: w)
            }
        }
        if training.showFacilitator, let notes = page.facilitator {
            out.append(StyledLine())
            out.append(StyledLine(state.t("training.facilitator"), .accent))
            out += TrainingView.paragraph(notes(language), width: w, role: .dim, indent: "│ ")
        }
        out.append(StyledLine())
        out.append(StyledLine(state.t("training.page", ["n": "\(training.runner.progress.pageIndex + 1)", "total": "\(training.runner.pageCount)"]), .dim))
        return out
    }
}
