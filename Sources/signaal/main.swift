import Foundation
import SignaalCommands
import SignaalTerminal
import SignaalUI

// Parse the command line; everything but the full-screen interface runs
// inside SignaalCommands, which knows nothing of ncurses.
let commandLine = SignaalCommandLine(
    console: .standard,
    environment: ProcessInfo.processInfo.environment,
    executable: Bundle.main.executableURL,
    interactive: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
)

switch commandLine.run(Array(CommandLine.arguments.dropFirst())) {
case .exit(let code):
    exit(code.rawValue)
case .interface(var app):
    do {
        try TerminalRunner.run(&app)
    } catch {
        FileHandle.standardError.write(Data("signaal: \(error)\nTry: signaal --plain\n".utf8))
        exit(ExitCode.failure.rawValue)
    }
}
