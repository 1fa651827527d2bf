import Foundation
import SignaalCore
import Synchronization

/// What a start with invalid content says, and what the app does when the
/// content it reads on first use has been damaged since it started (someone
/// edited a file while it ran): it says the same, in the user's language,
/// after the full-screen interface has given the terminal back, and stops.
enum DamagedContent {
    /// The words to print at exit, once the terminal is restored.
    private static let pending = Mutex<String?>(nil)
    private static let hookRegistered = Atomic<Bool>(false)

    /// One line per problem and what to do. Invalid content cannot give its
    /// own words: both languages live here.
    static func message(_ problems: [ContentProblem], language: Language) -> String {
        problems.map { "\($0)\n" }.joined() + (language == .dutch
            ? "signaal: de inhoud heeft \(problems.count) probleem/problemen; los ze op en voer uit: signaal validate\n"
            : "signaal: the content has \(problems.count) problem(s); fix them and run: signaal validate\n")
    }

    /// Registers the exit hook that prints the message. Called before the
    /// terminal is set up, whose own exit hook (registered later) then runs
    /// first: hooks run in reverse order.
    static func prepare() {
        guard !hookRegistered.exchange(true, ordering: .sequentiallyConsistent) else { return }
        atexit {
            guard let text = DamagedContent.pending.withLock({ $0 }) else { return }
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    static func stop(_ problems: [ContentProblem], language: Language) -> Never {
        pending.withLock { $0 = message(problems, language: language) }
        exit(ExitCode.failure.rawValue)
    }
}
