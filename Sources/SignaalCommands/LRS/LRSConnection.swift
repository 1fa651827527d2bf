import Foundation
import Synchronization
import SignaalCore

/// An LRS that is configured, with the outbox in the data folder that feeds it.
struct LRSConnection: Sendable {
    let settings: LRSSettings
    let outbox: JSONFileStore<LRSOutbox>
    var helper = HTTPHelper.nextToThisProgram

    /// Seconds to wait for the LRS while a learner is training (in the
    /// background) and for `lrs sync`, `verify` and `org status --lrs`.
    static let backgroundTimeout: TimeInterval = 3
    static let commandTimeout: TimeInterval = 10

    func client(timeout: TimeInterval = LRSConnection.commandTimeout) -> LRSClient {
        LRSClient(settings: settings, timeout: timeout, helper: helper)
    }

    /// The LRS from `--lrs`, the environment and `SIGNAAL_LRS_CONFIG`; nil
    /// when none is configured. A setting that is wrong is said on stderr
    /// and thrown, so the command fails (exit 2): training must not
    /// silently stop reaching the organisation's record.
    static func resolve(_ arguments: Arguments, environment: [String: String], console: Console) throws(LRSSettingsProblem) -> LRSConnection? {
        switch LRSSettings.resolve(explicit: arguments.value("lrs"), environment: environment) {
        case .failure(let problem):
            console.err("signaal: \(problem)\n")
            throw problem
        case .success(nil):
            return nil
        case .success(let settings?):
            let folder = DataDirectory.resolve(explicit: arguments.value("data"), environment: environment)
            return LRSConnection(settings: settings, outbox: LRSOutboxFile.store(in: folder))
        }
    }

    /// The records keeper that also queues statements and sends them in the background.
    func keeper(wrapping records: any RecordKeeper, content: ContentBundle, language: Language) -> LRSRecordKeeper {
        let modules = content.modules
        let changes = RecordChangeStatements(factory: StatementFactory(settings: settings, language: language.code),
                                             module: { id in modules.first { $0.id == id } })
        let delivery = BackgroundDelivery(OutboxDelivery(outbox: outbox, transport: client(timeout: Self.backgroundTimeout)))
        return LRSRecordKeeper(inner: records, outbox: outbox, changes: changes, delivery: delivery)
    }
}

/// Sends the outbox on a background queue, one delivery at a time, so a
/// slow or absent LRS never holds up the screen or the next question.
final class BackgroundDelivery: Sendable {
    private let delivery: OutboxDelivery
    private let queue = DispatchQueue(label: "signaal.lrs.delivery")
    private let group = DispatchGroup()
    private let scheduled = Mutex(false)

    init(_ delivery: OutboxDelivery) { self.delivery = delivery }

    /// Starts a delivery unless one is already waiting to start.
    func kick() {
        scheduled.withLock { scheduled in
            guard !scheduled else { return }
            scheduled = true
            group.enter()
            queue.async { [self] in
                self.scheduled.withLock { $0 = false }
                // Failures stay in the outbox with their reason (`lrs status`).
                _ = try? delivery.deliver()
                group.leave()
            }
        }
    }

    /// Waits for deliveries under way, at most `seconds` (on the way out of
    /// a command; what is not sent stays pending for next time).
    func finish(within seconds: TimeInterval) {
        _ = group.wait(timeout: .now() + seconds)
    }
}
