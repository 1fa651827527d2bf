import SignaalCore

/// Routes a key: first to an open overlay, then to the keys that work
/// everywhere, then to the current screen.
enum Update {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if let overlay = state.overlay {
            return OverlayKeys.handle(key, overlay, &state)
        }
        // A text field takes every printable key, so the one-letter keys
        // (Q, L, h) do not work there; F1, Esc and Ctrl-C still do.
        if state.screen == .learnerForm {
            return LearnerFormScreen.handle(key, &state)
        }
        if let effects = CaseNoteFormScreen.takesText(key, &state) { return effects }
        if state.screen == .learnerPick {
            return LearnerPickScreen.handle(key, &state)
        }
        switch key {
        case .character("Q"):
            if QuitGuard.hasUnsavedWork(state) {
                state.overlay = .confirmQuit
                return []
            }
            return [.quit]
        case .character("L"), .character("l"):
            state.language = state.language == .dutch ? .english : .dutch
            ScrollClamp.current(&state)
            return []
        case .function(1), .character("h"), .character("H"):
            state.overlay = .help
            state.helpScroll.reset()
            return []
        default:
            break
        }
        if ListMove.isBack(key), let parent = parent(of: state, key) {
            state.current = parent
            return []
        }
        switch state.screen {
        case .roles: return RolesScreen.handle(key, &state)
        case .activities: return ActivitiesScreen.handle(key, &state)
        case .checklist: return ChecklistScreen.handle(key, &state)
        case .context: return ContextScreen.handle(key, &state)
        case .result: return ResultScreen.handle(key, &state)
        case .learnerForm: return LearnerFormScreen.handle(key, &state)
        case .learnerPick: return LearnerPickScreen.handle(key, &state)
        case .learnerHome: return LearnerHomeScreen.handle(key, &state)
        case .training: return TrainingScreen.handle(key, &state)
        case .organisations: return OrganisationsScreen.handle(key, &state)
        case .organisationStatus: return OrganisationStatusScreen.handle(key, &state)
        case .reportingCode: return ReportingCodeScreen.handle(key, &state)
        case .caseNoteForm: return CaseNoteFormScreen.handle(key, &state)
        }
    }
}

extension Update {
    /// Where Esc, q, ← and Backspace lead on the screens that simply go back
    /// (nil where those keys do something else).
    static func parent(of state: AppState, _ key: Key) -> ScreenState? {
        switch state.screen {
        case .activities: .roles(cursor: state.content.roles.firstIndex { $0.id == state.role?.id } ?? 0)
        case .checklist, .learnerHome, .organisations: .activities
        // ← answers the question there.
        case .context: key == .left ? nil : .checklist
        case .result: .context
        case .reportingCode: .result
        case .organisationStatus:
            // Back on the list, on this organisation.
            .organisations(cursor: state.records.organisations.firstIndex { $0.id == OrganisationStatusScreen.shown(state)?.id } ?? 0)
        case .roles, .learnerForm, .learnerPick, .training, .caseNoteForm: nil
        }
    }
}

/// Movement keys shared by every list: arrows, j/k, page keys, home/end.
enum ListMove {
    /// The new cursor for `key`, or nil when the key is not a movement.
    static func cursor(after key: Key, cursor: Int, count: Int, page: Int = 10) -> Int? {
        guard count > 0 else { return nil }
        let last = count - 1
        switch key {
        case .up, .character("k"): return max(0, cursor - 1)
        case .down, .character("j"): return min(last, cursor + 1)
        case .pageUp: return max(0, cursor - page)
        case .pageDown: return min(last, cursor + page)
        case .home, .character("g"): return 0
        case .end, .character("G"): return last
        default: return nil
        }
    }

    /// What a key does on a menu: moves the cursor, or chooses an item (Enter,
    /// →, Space on the cursor; with `digits`, 1–9 on that item).
    enum Action: Equatable {
        case move(Int)
        case choose(Int)
    }

    static func action(_ key: Key, cursor: Int, count: Int, digits: Bool = false) -> Action? {
        if let next = self.cursor(after: key, cursor: cursor, count: count) { return .move(next) }
        if digits, let item = numbered(key, count: count) { return .choose(item) }
        if isSelect(key), (0..<count).contains(cursor) { return .choose(cursor) }
        return nil
    }

    /// The item a digit key names (1 is the first), or nil.
    static func numbered(_ key: Key, count: Int) -> Int? {
        guard case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= count else { return nil }
        return n - 1
    }

    static func isBack(_ key: Key) -> Bool {
        key == .escape || key == .character("q") || key == .left || key == .backspace
    }

    static func isSelect(_ key: Key) -> Bool {
        key == .enter || key == .right || key == .character(" ")
    }
}

enum OverlayKeys {
    static func handle(_ key: Key, _ overlay: Overlay, _ state: inout AppState) -> [Effect] {
        switch overlay {
        case .confirmQuit:
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"), .character("Q"):
                return [.quit]
            default:
                state.overlay = nil
            }
        case .help:
            let (content, viewport) = OverlayView.helpExtent(state)
            if !state.helpScroll.handle(key, content: content, viewport: viewport) {
                state.overlay = nil
            }
        case .signalInfo:
            state.overlay = nil
        }
        return []
    }
}
