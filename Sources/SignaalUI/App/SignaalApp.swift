import SignaalCore

/// The app as a `Program`: messages in, grids out. The terminal runner and
/// the tests drive it the same way.
public struct SignaalApp: Program {
    public private(set) var state: AppState

    public init(content: ContentBundle, language: Language, environment: AppEnvironment = .none) {
        state = AppState(content: content, language: language, environment: environment)
    }

    /// Starts straight in a module run by a class (`signaal class MODULE`).
    public init(classroom module: TrainingModule, content: ContentBundle, language: Language) {
        state = AppState(content: content, language: language)
        state.training = TrainingState(runner: ModuleRunner(module: module, order: .run(state.environment.runSeed())), learnerID: nil, classMode: true)
        state.current = .training
    }

    public var tickInterval: Int? {
        // Chat messages appear one by one, as if typed.
        state.screen == .training && (state.training?.pendingLines ?? 0) > 0 ? 900 : nil
    }

    public mutating func update(_ message: Message) -> [Effect] {
        let effects = handle(message)
        // The view finds the long documents laid out for what it shows.
        ResultLayout.refresh(&state)
        OrganisationStatusLayout.refresh(&state)
        return effects
    }

    mutating func handle(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let size):
            state.size = size
            ScrollClamp.current(&state)
            return []
        case .interrupt:
            return QuitGuard.interrupt(&state)
        case .tick:
            if state.screen == .training, var training = state.training, training.pendingLines > 0 {
                training.revealed += 1
                state.training = training
            }
            return []
        case .key(let key):
            // While the window is too small only "make it bigger" is shown:
            // a key pressed then must not act on a screen nobody can see.
            guard Frame.fits(state.size) else { return [] }
            state.status = nil
            return Update.handle(key, &state)
        default:
            return EffectResults.apply(message, &state)
        }
    }

    public func view(size: Size) -> Grid {
        Frame.render(state, size: size)
    }

    /// Feeds keys one after another, each effect performed by `perform` and
    /// its answer fed back in as the terminal runner does (tests). Returns
    /// every effect asked for, up to a `.quit`.
    public mutating func send(_ keys: [Key], perform: (Effect) -> [Message] = { _ in [] }) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            effects += process(.key(key), perform: perform)
            if effects.last == .quit { break }
        }
        return effects
    }
}
