import SignaalCore

/// The app as a `Program`: messages in, grids out. The terminal runner and
/// the tests drive it the same way.
public struct SignaalApp: Program {
    public private(set) var state: AppState

    public init(content: ContentBundle, language: Language) {
        state = AppState(content: content, language: language)
    }

    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let size):
            state.size = size
            ResultScreen.clampScroll(&state)
            return []
        case .interrupt:
            return [.quit]  // Ctrl-C always leaves at once; nothing is stored anyway
        case .key(let key):
            state.status = nil
            return Update.handle(key, &state)
        }
    }

    public func view(size: Size) -> Grid {
        Frame.render(state, size: size)
    }

    /// Feeds keys one after another (tests and `--keys` scripting).
    public mutating func send(_ keys: [Key]) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            effects += update(.key(key))
            if effects.contains(.quit) { break }
        }
        return effects
    }
}
