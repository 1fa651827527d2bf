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

    init(_ parts: Parts) {
        state = Mutex(parts)
        load = { parts }
    }

    init(onFirstUse load: @escaping @Sendable () -> Parts) {
        state = Mutex(nil)
        self.load = load
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
}
