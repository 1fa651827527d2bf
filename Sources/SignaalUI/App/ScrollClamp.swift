/// Keeps the scroll of what is on screen within its text after the text or
/// the window changed without a scroll key: a resize, another language, the
/// facilitator notes, reloaded records. Scroll keys clamp as they move.
enum ScrollClamp {
    static func current(_ state: inout AppState) {
        if state.overlay == .help {
            let (content, viewport) = OverlayView.helpExtent(state)
            state.helpScroll.clamp(content: content, viewport: viewport)
        }
        switch state.screen {
        case .result: ResultScreen.clampScroll(&state)
        case .organisationStatus: OrganisationStatusScreen.clampScroll(&state)
        case .training:
            guard var training = state.training, let (content, viewport) = TrainingView.scrollExtent(state, training) else { return }
            training.scroll.clamp(content: content, viewport: viewport)
            state.training = training
        default: break
        }
    }
}
