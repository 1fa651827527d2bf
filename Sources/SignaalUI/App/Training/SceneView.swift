import SignaalCore

/// The scene of a "spot the signals" question: the situation, line by line,
/// shown before the short labels to pick from (issue 14 §2).
enum SceneView {
    static func lines(_ question: Question, _ state: AppState, language: Language, width: Int) -> [StyledLine] {
        guard !question.scene.isEmpty else { return [] }
        var out = [StyledLine(state.t("training.scene"), .dim)]
        for line in question.scene {
            out += DocumentView.hanging(line(language), first: "│ ", rest: "│ ", width: width)
        }
        return out
    }
}
