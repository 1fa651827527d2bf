import Foundation
import Synchronization

/// Where training records are kept. The file store is the real one; tests
/// and class mode (which stores no names) use others.
public protocol RecordKeeper: Sendable {
    /// The records, and plain-language notices about anything recovered.
    func read() throws -> (TrainingRecords, [StoreNotice])
    /// Reads the latest records under a lock, changes them, writes them back.
    func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice])
}

/// Records in memory only: for tests.
public final class MemoryRecordKeeper: RecordKeeper {
    private let records: Mutex<TrainingRecords>

    public init(_ records: TrainingRecords = TrainingRecords()) { self.records = Mutex(records) }

    public func read() throws -> (TrainingRecords, [StoreNotice]) {
        (records.withLock { $0 }, [])
    }

    public func update<T>(_ change: (inout TrainingRecords) throws -> T) throws -> (T, [StoreNotice]) {
        try records.withLock { records in
            var copy = records
            let result = try change(&copy)
            records = copy
            return (result, [])
        }
    }
}

/// The file store's own `read` and `update` are the keeper's: its notices
/// (a damaged file moved aside) reach the user in their language.
extension JSONFileStore: RecordKeeper where Document == TrainingRecords {}

/// The training records file in a data folder.
public enum TrainingRecordsFile {
    public static let name = "training-records.json"

    public static func store(in directory: URL) -> JSONFileStore<TrainingRecords> {
        JSONFileStore(directory: directory, fileName: name, empty: { TrainingRecords() })
    }
}
