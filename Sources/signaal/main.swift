import Foundation
import SignaalCommands
import SignaalTerminal
import SignaalUI

// Parse the command line; everything but the full-screen interface runs
// inside SignaalCommands, which knows nothing of ncurses.
/// Runs the command line or the interface; returns the process's exit status.
func runSignaal() -> Int32 {
    let commandLine = SignaalCommandLine(
        console: .standard,
        environment: ProcessInfo.processInfo.environment,
        executable: Bundle.main.executableURL,
        interactive: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    )
    switch commandLine.run(Array(CommandLine.arguments.dropFirst())) {
    case .exit(let code):
        return code.rawValue
    case .interface(var app, let effects):
        do {
            try TerminalRunner.run(&app, perform: effects.perform)
            return ExitCode.ok.rawValue
        } catch {
            FileHandle.standardError.write(Data("signaal: \(error)\nTry: signaal --plain\n".utf8))
            return ExitCode.failure.rawValue
        }
    }
}

exit(runSignaal())
