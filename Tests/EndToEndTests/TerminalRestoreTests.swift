import Foundation
import Testing

extension EndToEnd {
    /// Leaving the app by Ctrl-C or SIGTERM gives the shell back its
    /// terminal exactly as it was.
    @Suite("Terminal restore", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
    struct TerminalRestore {
        @Test("Ctrl-C quits at once and leaves the terminal as it was")
        func controlC() async throws {
            let run = try await ShellRun.start()
            try run.tmux.send("C-c")
            let code = try await run.finish()
            // Ctrl-C is a key in raw mode; the app treats it as "quit now".
            #expect(code == "exit=0" || code == "exit=130", "exit status after Ctrl-C: \(code)")
        }

        @Test("with a ticked signal the first Ctrl-C warns, the second quits and leaves the terminal as it was")
        func controlCTwice() async throws {
            let run = try await ShellRun.start()
            try run.tmux.send("Enter")
            try await run.tmux.waitFor(text: "Wat wil je doen?")
            try run.tmux.send("Enter")
            try await run.tmux.waitFor(text: "[ ]")
            try run.tmux.send("Space")
            try await run.tmux.waitFor(text: "[x]")
            try run.tmux.send("C-c")
            try await run.tmux.waitFor(text: "Druk nog eens op Ctrl-C om te stoppen")
            #expect(try run.tmux.format("#{alternate_on}") == "1", "the first Ctrl-C does not quit")
            try run.tmux.send("C-c")
            let code = try await run.finish()
            #expect(code == "exit=0" || code == "exit=130", "exit status after the second Ctrl-C: \(code)")
        }

        @Test("SIGTERM ends the app with status 143 and leaves the terminal as it was")
        func sigterm() async throws {
            let run = try await ShellRun.start()
            let pid = try await Poll.file(run.pidFile).trimmingCharacters(in: .whitespacesAndNewlines)
            let number = try #require(Int32(pid), "pid file holds \"\(pid)\"")
            #expect(kill(number, SIGTERM) == 0)
            let code = try await run.finish()
            #expect(code == "exit=143", "a process killed by SIGTERM reports 128+15, got \(code)")
        }

        @Test("Ctrl-Z suspends with the terminal as it was, and fg brings the screen back")
        func controlZ() async throws {
            let run = try await ShellRun.start()
            try run.tmux.send("C-z")
            // The shell goes on with its command line once the job stops:
            // `finish` compares stty -a while the app is stopped.
            let code = try await run.finish()
            #expect(code == "exit=148", "a stopped job reports 128+20 (SIGTSTP), got \(code)")

            try run.tmux.type("fg")
            try run.tmux.send("Enter")
            try await run.tmux.waitFor(text: "Signaal · Start")
            #expect(try run.tmux.format("#{alternate_on}") == "1", "back on the alternate screen after fg")
            // Q (nothing filled in: quits at once) shows that keys still arrive.
            try run.tmux.send("Q")
            let path = shellQuoted(run.file("again").path)
            try await run.tmux.waitUntil("the shell is back") { _ in (try? run.tmux.format("#{alternate_on}")) == "0" }
            try run.tmux.type("stty -a > \(path)")
            try run.tmux.send("Enter")
            let again = try await Poll.file(run.file("again"))
            let before = try String(contentsOf: run.file("before"), encoding: .utf8)
            #expect(before == again, "stty -a differs after fg and quitting")
        }
    }
}

/// The app started from an interactive /bin/sh inside the pane, between two
/// `stty -a` snapshots:
/// `stty -a > before; sh run.sh; echo "exit=$?" > code; stty -a > after`.
struct ShellRun {
    let tmux: Tmux
    var pidFile: URL { tmux.directory.appendingPathComponent("pid") }

    func file(_ name: String) -> URL { tmux.directory.appendingPathComponent(name) }

    /// Starts the shell and the app, and waits until the app has drawn its
    /// start screen (so its terminal modes and signal handlers are in place).
    static func start() async throws -> ShellRun {
        let binary = try SignaalBinary.url()
        let run = ShellRun(tmux: try Tmux(width: 80, height: 24, command: .shell("exec /bin/sh")))
        let path = { (name: String) in shellQuoted(run.file(name).path) }
        try """
            echo $$ > \(path("pid"))
            LANG=C.UTF-8 exec \(shellQuoted(binary.path))

            """.write(to: run.file("run.sh"), atomically: true, encoding: .utf8)
        try run.tmux.type("stty -a > \(path("before")); /bin/sh \(path("run.sh")); echo \"exit=$?\" > \(path("code")); stty -a > \(path("after")); echo done > \(path("done"))")
        try run.tmux.send("Enter")
        try await run.tmux.waitFor(text: "Signaal · Start")
        #expect(try run.tmux.format("#{alternate_on}") == "1", "the app uses the alternate screen while it runs")
        return run
    }

    /// Waits for the shell to take over again and checks the terminal;
    /// returns the "exit=N" line.
    func finish() async throws -> String {
        let code = try await Poll.file(file("code")).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await Poll.file(file("done"))
        let before = try String(contentsOf: file("before"), encoding: .utf8)
        let after = try String(contentsOf: file("after"), encoding: .utf8)
        #expect(before == after, "stty -a differs after the app ended:\n--- before\n\(before)--- after\n\(after)")

        #expect(try tmux.format("#{alternate_on}") == "0", "back on the normal screen")
        #expect(try tmux.format("#{cursor_flag}") == "1", "the cursor is visible again")
        #expect(try tmux.format("#{keypad_cursor_flag}|#{keypad_flag}") == "0|0", "keypad transmit mode is off again")

        // The shell echoes what is typed and runs it: the quotes make the
        // output line differ from the command line.
        try tmux.type("echo sh''ell-ok")
        try tmux.send("Enter")
        let screen = try await tmux.waitUntil("the shell answers") { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "shell-ok" }
        }
        #expect(screen.contains("echo sh''ell-ok"), "the shell echoes typed input\n\(tmux.framed(screen))")
        return code
    }
}
