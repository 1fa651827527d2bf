import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Moves a records file that cannot be read out of the way, unchanged, so
/// that it is never overwritten and a person can still look at it.
///
/// The new name is `<fileName>.corrupt-<YYYYMMDD-HHMMSS>` (UTC) in the same
/// folder; when that name is taken, `-1`, `-2`, … is added. The caller holds
/// the exclusive lock, so no other Signaal process picks the same free name
/// between the check and the rename.
enum CorruptRecordQuarantine {
    /// `keepOriginal`: the damaged file stays where it is too (a hard link
    /// aside), for a log that is then rewritten with its good lines.
    static func moveAside(_ file: URL, now: Date, keepOriginal: Bool = false) throws(StoreError) -> URL {
        let folder = file.deletingLastPathComponent()
        let base = "\(file.lastPathComponent).corrupt-\(timestamp(now))"
        var suffix = 0
        while true {
            let name = suffix == 0 ? base : "\(base)-\(suffix)"
            let destination = folder.appendingPathComponent(name)
            var info = stat()
            if lstat(destination.path, &info) == 0 {
                suffix += 1
                continue
            }
            if (keepOriginal ? link(file.path, destination.path) : rename(file.path, destination.path)) != 0 {
                let code = errno
                throw StoreError(.cannotMoveAside, path: file.path, reason: StoreError.text(code), code: code)
            }
            return destination
        }
    }

    /// `YYYYMMDD-HHMMSS` in UTC.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }
}
