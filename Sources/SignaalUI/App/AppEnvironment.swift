import Foundation
import SignaalCore

/// What the interface is told about the world it runs in, as values and pure
/// clocks: no records, no files (those are effects, see `Effect`). Injected,
/// so tests fix the time and the option order.
public struct AppEnvironment: Sendable {
    /// Whether training records can be kept; if not, training is refused with a message.
    public var keepsRecords: Bool
    /// Where case notes and certificates go, as shown to the user; and which Signaal writes them.
    public var workingFolder: String
    public var appVersion: String
    /// Today's date on the meldcode's steps and the time a case note is made.
    public var now: @Sendable () -> Date
    /// Seeds the option order of one class-mode run (see `OptionOrder`).
    public var runSeed: @Sendable () -> UInt64

    public init(keepsRecords: Bool, workingFolder: String = "", appVersion: String = "",
                now: @escaping @Sendable () -> Date = { Date() },
                runSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }) {
        self.keepsRecords = keepsRecords
        self.workingFolder = workingFolder
        self.appVersion = appVersion
        self.now = now
        self.runSeed = runSeed
    }

    /// No records, no files: the checklist works, training says it cannot save.
    public static let none = AppEnvironment(keepsRecords: false)
}
