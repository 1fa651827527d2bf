// swift-tools-version:6.0
// Signaal: recognise signals of human trafficking and act on them.
// No Swift package dependencies by design: Foundation, the toolchain's test
// frameworks and the system's ncursesw are all it needs.
import PackageDescription

let package = Package(
    name: "Signaal",
    products: [
        .executable(name: "signaal", targets: ["signaal"]),
        .executable(name: "signaal-http", targets: ["signaal-http"]),
    ],
    targets: [
        // Everything the app knows and decides. Foundation only: no terminal.
        .target(name: "SignaalCore"),
        // The interface as a state machine that renders into an in-memory grid.
        .target(name: "SignaalUI", dependencies: ["SignaalCore"]),
        // The system's wide-character ncurses, through a small shim header.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The thin edge: ncurses reads keys and draws the grid.
        .target(name: "SignaalTerminal", dependencies: ["CNcursesw", "SignaalUI"]),
        // Argument parsing and the scriptable / line-based commands.
        .target(name: "SignaalCommands", dependencies: ["SignaalCore", "SignaalUI", "SignaalHTTPFraming"]),
        // The LRS's HTTP, in a helper process: the only program that links
        // FoundationNetworking (libcurl and ~30 libraries), so `signaal`
        // never loads them at start (like git's git-remote-https).
        // SignaalHTTPFraming is the request and reply on its stdin and stdout.
        .target(name: "SignaalHTTPFraming"),
        .executableTarget(name: "signaal-http", dependencies: ["SignaalHTTPFraming"]),
        .executableTarget(
            name: "signaal",
            dependencies: ["SignaalCommands", "SignaalTerminal"]
        ),
        // scripts/fuzz: mutated content and rosters read in-process, checked for
        // crashes, hangs and problems that are not `path:line: message`.
        .executableTarget(name: "signaal-fuzz", dependencies: ["SignaalCore"]),
        // Fixtures and snapshots are found through #filePath, so that
        // re-recording a snapshot writes into the source tree.
        // What several test targets share: the shipped content, loaded once.
        .target(name: "SignaalTestSupport", dependencies: ["SignaalCore"], path: "Tests/SignaalTestSupport"),
        .testTarget(name: "SignaalCoreTests", dependencies: ["SignaalCore", "SignaalTestSupport"], exclude: ["Fixtures"]),
        // SignaalCommands for its effect runner: screens are driven with their effects performed.
        .testTarget(name: "SignaalUITests", dependencies: ["SignaalUI", "SignaalCommands", "SignaalTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "SignaalCommandsTests", dependencies: ["SignaalCommands", "SignaalHTTPFraming"]),
        // The pure parts of the terminal edge: diffing, key decoding, glyphs.
        .testTarget(name: "SignaalTerminalTests", dependencies: ["SignaalTerminal"]),
        // Drives the real binary in tmux; skips with a reason when tmux is missing.
        .testTarget(name: "EndToEndTests"),
    ],
    swiftLanguageModes: [.v6]
)
