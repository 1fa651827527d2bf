import Foundation

/// Where a command reads and writes. The real one uses the process's
/// standard streams; tests pass one that records.
public struct Console {
    public var out: (String) -> Void
    public var err: (String) -> Void
    public var readLine: () -> String?

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, readLine: @escaping () -> String?) {
        self.out = out
        self.err = err
        self.readLine = readLine
    }

    public static var standard: Console { Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) },
        readLine: { Swift.readLine(strippingNewline: true) }
    ) }
}

/// Exit codes, as documented in `signaal --help` and the README.
public enum ExitCode: Int32, Sendable {
    case ok = 0
    /// Invalid content, or a check that failed.
    case failure = 1
    /// The command line was wrong.
    case usage = 2
}
