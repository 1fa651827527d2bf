import Foundation
import SignaalCore

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

    /// The real streams. Each command makes what it prints from files safe
    /// where it builds it; this is the last line of defence: nothing the
    /// commands write reaches a terminal with a raw control or direction
    /// character (see `SafeText`).
    public static var standard: Console { Console(
        out: { FileHandle.standardOutput.write(Data(SafeText.escaped($0, keepingLineBreaks: true).utf8)) },
        err: { FileHandle.standardError.write(Data(SafeText.escaped($0, keepingLineBreaks: true).utf8)) },
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
