import Foundation
import Testing

extension EndToEnd {
    @Suite("signaal validate", .serialized)
    struct Validate {
        /// The package's Content/, or the tree SIGNAAL_CONTENT names.
        static var shippedContent: URL {
            TestEnvironment.contentOverride ?? SignaalBinary.packageRoot.appendingPathComponent("Content")
        }

        @Test("The shipped content is valid")
        func shipped() throws {
            let binary = try SignaalBinary.url()
            let result = try ProcessRunner.run(binary, ["validate", "--content", Self.shippedContent.path])
            #expect(!result.signalled && result.status == 0, "\(result.transcript)")
            #expect(!result.stdout.isEmpty, "a summary line\n\(result.transcript)")
        }

        @Test("A missing closing brace in scoring.json is reported as path:line: and exits 1")
        func brokenCopy() throws {
            let binary = try SignaalBinary.url()
            let directory = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: directory) }
            let content = directory.appendingPathComponent("Content")
            try FileManager.default.copyItem(at: Self.shippedContent, to: content)
            let scoring = content.appendingPathComponent("scoring.json")
            var text = try String(contentsOf: scoring, encoding: .utf8)
            let brace = try #require(text.lastIndex(of: "}"), "scoring.json has a closing brace")
            text.remove(at: brace)
            try text.write(to: scoring, atomically: true, encoding: .utf8)

            let result = try ProcessRunner.run(binary, ["validate", "--content", content.path])
            #expect(!result.signalled && result.status == 1, "\(result.transcript)")
            let lines = (result.stdout + result.stderr).split(separator: "\n")
            let located = lines.first { $0.contains(/^\S*scoring\.json:\d+: \S/) }
            #expect(located != nil, "a line like Content/scoring.json:90: message\n\(result.transcript)")
        }
    }
}
