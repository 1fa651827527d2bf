import Foundation

/// Statements waiting for the LRS, kept in the data folder with the same
/// care as the training records (one `JSONFileStore`: atomic writes, fsync,
/// a file lock, owner-only 0600), so nothing is lost when the LRS is down
/// or the program ends. Each statement is kept as the exact bytes first
/// made, under its UUID: a resend is the same statement, and an LRS keeps
/// it once.
public struct LRSOutbox: Codable, Equatable, Sendable {
    public struct Pending: Codable, Equatable, Sendable {
        /// The statement's UUID.
        public let id: String
        /// The statement's JSON, as sent.
        public let json: String
        public let queued: Date
    }

    public var version = 1
    public var pending: [Pending] = []
    /// How many statements the LRS has accepted from this data folder.
    public var sent = 0
    public var lastAttempt: Date?
    public var lastDelivery: Date?
    /// Why the last attempt failed; nil after a good one.
    public var lastError: String?

    public init() {}

    public mutating func enqueue(_ statements: [XAPIStatement], now: Date) {
        let known = Set(pending.map(\.id))
        for statement in statements where !known.contains(statement.id) {
            pending.append(Pending(id: statement.id, json: String(decoding: statement.encoded(), as: UTF8.self), queued: now))
        }
    }

    /// Records one attempt: removes what was delivered and keeps the error, if any.
    public mutating func record(delivered: Set<String>, error: String?, now: Date) {
        let before = pending.count
        pending.removeAll { delivered.contains($0.id) }
        sent += before - pending.count
        lastAttempt = now
        if before > pending.count { lastDelivery = now }
        lastError = error
    }
}

public enum LRSOutboxFile {
    public static let name = "lrs-outbox.json"

    public static func store(in directory: URL) -> JSONFileStore<LRSOutbox> {
        JSONFileStore(directory: directory, fileName: name, empty: { LRSOutbox() })
    }
}
