import Foundation

/// Something that hands statements to an LRS: the real HTTP client, or a
/// fake in tests.
public protocol StatementTransport: Sendable {
    /// Sends the statements; returns the ids the LRS now holds (accepted
    /// now, or already held from an earlier try) and, when some could not
    /// be delivered, why.
    func send(_ statements: [LRSOutbox.Pending]) -> (delivered: Set<String>, error: String?)
}

/// Empties the outbox into the LRS.
///
/// The outbox is read, then sent without holding its lock (a slow LRS must
/// not make a learner's next save wait), then what was delivered is
/// removed under the lock. Two programs sending the same statement at once
/// is harmless: the LRS keeps a statement id once.
public struct OutboxDelivery: Sendable {
    public struct Report: Equatable, Sendable {
        public var delivered = 0
        public var pending = 0
        public var error: String?
    }

    public let outbox: JSONFileStore<LRSOutbox>
    public let transport: any StatementTransport
    /// At most this many statements in one request.
    public var batchSize = 100

    public init(outbox: JSONFileStore<LRSOutbox>, transport: any StatementTransport) {
        self.outbox = outbox
        self.transport = transport
    }

    /// Sends everything pending, batch by batch, stopping at the first error.
    public func deliver(now: @Sendable () -> Date = { Date() }) throws -> Report {
        var report = Report()
        var tried: Set<String> = []
        while true {
            let (box, _): (LRSOutbox, [StoreNotice]) = try outbox.read()
            let batch = Array(box.pending.filter { !tried.contains($0.id) }.prefix(batchSize))
            guard !batch.isEmpty else {
                report.pending = box.pending.count
                return report
            }
            tried.formUnion(batch.map(\.id))
            let (delivered, error) = transport.send(batch)
            let (left, _): (Int, [StoreNotice]) = try outbox.update { box in
                box.record(delivered: delivered, error: error, now: now())
                return box.pending.count
            }
            report.delivered += delivered.count
            report.pending = left
            if let error {
                report.error = error
                return report
            }
        }
    }
}
