import Synchronization

/// The parts of the content the first screens do not show, held for a
/// `ContentBundle`: either given at once, or read by `load` the first time
/// anyone asks (once, whichever thread asks first; the others wait).
final class ContentCatalogue: Sendable {
    struct Parts: Sendable {
        var sources: [Source] = []
        var contacts: [Contact] = []
        var steps: [ReferralStep] = []
        var reportingCode: ReportingCode? = nil
        var checklists: [Checklist] = []
        var modules: [TrainingModule] = []
    }

    private let state: Mutex<Parts?>
    private let load: @Sendable () -> Parts
    /// `validate`'s modules, which it does not keep: read again if asked for.
    private let modulesRead = Mutex<[TrainingModule]?>(nil)
    private let loadModules: (@Sendable () -> [TrainingModule])?

    init(_ parts: Parts, modulesOnFirstUse: (@Sendable () -> [TrainingModule])? = nil) {
        state = Mutex(parts)
        load = { parts }
        loadModules = modulesOnFirstUse
    }

    init(onFirstUse load: @escaping @Sendable () -> Parts) {
        state = Mutex(nil)
        self.load = load
        loadModules = nil
    }

    /// Whether the parts have been read (for tests).
    var isLoaded: Bool { state.withLock { $0 != nil } }

    var parts: Parts {
        state.withLock { parts in
            if let parts { return parts }
            let loaded = load()
            parts = loaded
            return loaded
        }
    }

    /// Whether modules not kept have been read again (for tests).
    var areModulesReadAgain: Bool { modulesRead.withLock { $0 != nil } }

    var modules: [TrainingModule] {
        guard let loadModules else { return parts.modules }
        return modulesRead.withLock { modules in
            if let modules { return modules }
            let loaded = loadModules()
            modules = loaded
            return loaded
        }
    }
}
