import Foundation
import SignaalCore

/// Training records that also report to the LRS: every update is compared
/// before and after (`RecordChangeStatements`), the statements it stands
/// for go to the outbox, and a background delivery is started.
final class LRSRecordKeeper: ForwardingRecordKeeper, @unchecked Sendable {
    // @unchecked: `session` is only touched under `lock`.
    let inner: any RecordKeeper
    let outbox: JSONFileStore<LRSOutbox>
    let changes: RecordChangeStatements
    let delivery: BackgroundDelivery
    /// For the full-screen interface: completions from the LRS, so the
    /// manager's view counts staff who trained on other computers.
    var fetched: LRSCompletionCache?
    private let lock = NSLock()
    private var session: Set<String> = []

    init(inner: any RecordKeeper, outbox: JSONFileStore<LRSOutbox>, changes: RecordChangeStatements, delivery: BackgroundDelivery) {
        self.inner = inner
        self.outbox = outbox
        self.changes = changes
        self.delivery = delivery
    }

    func read() throws -> (TrainingRecords, [StoreNotice]) {
        let (records, notices) = try inner.read()
        guard let fetched else { return (records, notices) }
        fetched.refresh(modules: Set(records.organisations.map(\.moduleID)))
        return (fetched.merged(records), notices)
    }

    func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        var before = TrainingRecords(), after = TrainingRecords()
        let fetched = self.fetched
        let result = try inner.update { records in
            before = records
            // The change sees what read() showed (an organisation
            // certificate counts the same staff as the manager's view); what
            // came from the LRS is taken out again before saving.
            if let fetched { records = fetched.merged(records) }
            let value = try change(&records)
            if fetched != nil { records = LRSCompletions.stripped(records) }
            after = records
            return value
        }
        report(before: before, after: after)
        return result
    }

    /// A saved answer: the store's own targeted save, and the statements for
    /// what changed in this learner's enrolments (the same comparison as
    /// `update`'s, over one learner), so training with an LRS set costs the
    /// same at any size.
    func saveProgress(_ runner: ModuleRunner, learner: Learner, now: Date) throws {
        let before = try ownRecords(learner)
        try inner.saveProgress(runner, learner: learner, now: now)
        report(before: before, after: try ownRecords(learner))
    }

    /// One learner and their enrolments, as records to compare.
    private func ownRecords(_ learner: Learner) throws -> TrainingRecords {
        var records = TrainingRecords()
        records.learners = [learner]
        records.enrolments = try inner.enrolments(learnerID: learner.id)
        return records
    }

    /// Queues what changed between two versions of the records and starts sending.
    func report(before: TrainingRecords, after: TrainingRecords) {
        let now = Date()
        lock.lock()
        let statements = changes.statements(before: before, after: after, now: now, session: &session, newID: { UUID().uuidString.lowercased() })
        lock.unlock()
        guard !statements.isEmpty else { return }
        // The records are saved already; if the outbox cannot be written
        // these statements are lost to the LRS, never the training itself.
        _ = try? outbox.update { $0.enqueue(statements, now: now) } as (Void, [StoreNotice])
        delivery.kick()
    }
}

/// The `passed` statements of the organisations' modules in the LRS,
/// fetched in the background (at most every 30 seconds) so that reading the
/// records never waits for the network: a view shows what was fetched last.
final class LRSCompletionCache: @unchecked Sendable {
    // @unchecked: the mutable state is only touched under `lock`.
    let connection: LRSConnection
    private let queue = DispatchQueue(label: "signaal.lrs.completions")
    private let lock = NSLock()
    private var passes: [String: [String: Date]] = [:]  // module id → account name → earliest pass
    private var fetched: Date?
    private var fetching = false

    init(connection: LRSConnection) { self.connection = connection }

    /// The records with the completions known so far (see `LRSCompletions.merged`).
    func merged(_ records: TrainingRecords) -> TrainingRecords {
        lock.lock()
        let known = passes
        lock.unlock()
        var out = records
        for organisation in records.organisations {
            guard let modulePasses = known[organisation.moduleID], !modulePasses.isEmpty else { continue }
            out = LRSCompletions.merged(out, organisation: organisation, passes: modulePasses, pseudonym: connection.settings.pseudonym)
        }
        return out
    }

    /// The passes of this module fetched so far (account name → earliest pass).
    func passes(moduleID: String) -> [String: Date] {
        lock.lock()
        defer { lock.unlock() }
        return passes[moduleID] ?? [:]
    }

    /// Starts fetching unless a fetch is under way or recent.
    func refresh(modules: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        guard !modules.isEmpty, !fetching, fetched.map({ Date().timeIntervalSince($0) > 30 }) ?? true else { return }
        fetching = true
        queue.async { [self] in
            let client = connection.client(timeout: LRSConnection.backgroundTimeout)
            var found: [String: [String: Date]] = [:]
            for module in modules {
                let answer = client.statements([URLQueryItem(name: "verb", value: XAPIVocabulary.Verb.passed.id),
                                                URLQueryItem(name: "activity", value: XAPIVocabulary.module(module))])
                if case .success(let statements) = answer { found[module] = LRSCompletions.passes(moduleID: module, in: statements) }
            }
            remember(found)
        }
    }

    /// Keeps what a fetch found; the next 30 seconds fetch nothing.
    func remember(_ found: [String: [String: Date]]) {
        lock.lock()
        defer { lock.unlock() }
        passes.merge(found) { _, new in new }
        fetched = Date()
        fetching = false
    }
}
