import Foundation
import Testing
import SignaalCommands
import SignaalCore
import SignaalTestSupport
@testable import SignaalUI

/// The shipped content, loaded once (the shared test support).
typealias TestContent = ShippedContent

/// An app driven by keys, as the terminal would drive it: its effects are
/// performed by the real effect runner on the services given (memory records,
/// fake writers), and their answers fed back in as messages.
struct Driver {
    var app: SignaalApp
    var size: Size
    let runner: EffectRunner

    init(language: Language = .dutch, size: Size = Size(width: 80, height: 24), services: AppServices = .none) {
        app = SignaalApp(content: TestContent.bundle, language: language, environment: services.environment)
        runner = EffectRunner(content: TestContent.bundle, services: services)
        self.size = size
        _ = app.update(.resize(size))
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { app.send(keys, perform: runner.perform) }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] { app.send(text.map { Key.character($0) }, perform: runner.perform) }

    mutating func resize(_ newSize: Size) {
        size = newSize
        _ = app.update(.resize(newSize))
    }

    var screen: Grid { app.view(size: size) }
    var text: String { screen.text }
    var state: AppState { app.state }
}

/// Screen snapshots: the text of every row, then a legend of style roles,
/// stored under Snapshots/. Set SIGNAAL_RECORD_SNAPSHOTS=1 to (re)record.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["SIGNAAL_RECORD_SNAPSHOTS"] == "1" }

    static func render(_ grid: Grid) -> String {
        var out = "# screen \(grid.size.width)x\(grid.size.height)\n"
        out += grid.lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
        out += "# style roles: " + StyleRole.allCases.map { "\($0.legendCode)=\($0.rawValue)" }.joined(separator: " ") + "\n"
        out += grid.legend.joined(separator: "\n") + "\n"
        return out
    }

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = render(grid)
        if recording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with SIGNAAL_RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = zip(expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = diff.map { "first difference at line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" } ?? "lengths differ"
            Issue.record("snapshot \(name) changed; \(where_)\nIf the change is intended, re-record with SIGNAAL_RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
        }
    }
}
