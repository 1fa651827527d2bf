import Foundation
import Testing
@testable import SignaalCore

/// Content written to break the reader: each input once crashed a command
/// or slipped past the validator. Now each is a `path:line` problem.
@Suite("Hostile content")
struct HostileContentTests {
    let file = "modules/mini.json"

    @Test("two chat nodes with the same id are a problem at the second, not a crash")
    func duplicateNodeID() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("{\"id\": \"bad\", \"messages\"", with: "{\"id\": \"good\", \"messages\"", in: file)
        expectProblem(copy.load(), in: file, line: line, "duplicate node id \"good\"")
    }

    @Test("a chat of 40,000 nodes in a row is checked without running out of stack")
    func longChain() throws {
        let copy = try MiniModule.copy()
        let count = 40_000
        var nodes: [String] = []
        nodes.reserveCapacity(count)
        for index in 0..<count - 1 {
            nodes.append("{\"id\": \"n\(index)\", \"messages\": [{\"from\": \"sam\", \"text\": {\"nl\": \"x\", \"en\": \"x\"}}], \"replies\": [{\"text\": {\"nl\": \"y\", \"en\": \"y\"}, \"next\": \"n\(index + 1)\"}]}")
        }
        // The last node leads back to the first: a loop 40,000 nodes long.
        nodes.append("{\"id\": \"n\(count - 1)\", \"messages\": [{\"from\": \"sam\", \"text\": {\"nl\": \"x\", \"en\": \"x\"}}], \"replies\": [{\"text\": {\"nl\": \"y\", \"en\": \"y\"}, \"next\": \"n0\"}]}")
        let nodesLine = try copy.line(of: "\"nodes\": [", in: file)
        var text = try copy.text(file)
        let start = try #require(text.range(of: "\"start\": \"a\","))
        text.replaceSubrange(start, with: "\"start\": \"n0\",")
        let open = try #require(text.range(of: "\"nodes\": [\n"))
        text.replaceSubrange(open, with: "\"nodes\": [\n" + nodes.joined(separator: ",\n") + ",\n")
        try copy.write(file, text)
        let result = copy.load()
        #expect(result.bundle == nil)
        expectProblem(result, in: file, line: nodesLine + 1, "loop back to node \"n0\"")
        // The old nodes a, good and bad are now unreachable: reported, not crashed on.
        expectProblem(result, in: file, line: nodesLine + count + 1, "node \"a\" cannot be reached")
    }

    @Test("a language given twice inside one text")
    func languageTwiceInText() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("\"summary\": {\"nl\": \"Een kleine module.\", \"en\": \"A small module.\"}",
                                    with: "\"summary\": {\"nl\": \"Een kleine module.\", \"nl\": \"Iets anders.\", \"en\": \"A small module.\"}", in: file)
        expectOnlyProblem(copy.load(), in: file, line: line, "the \"nl\" text is given twice")
    }

    @Test("a language listed twice in languages")
    func languageListedTwice() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("\"languages\": [\"nl\", \"en\"]", with: "\"languages\": [\"nl\", \"en\", \"nl\"]", in: file)
        expectOnlyProblem(copy.load(), in: file, line: line, "\"languages\" lists \"nl\" twice")
    }

    @Test("an unreadable modules folder is one plain problem, not unknown module ids")
    func unreadableModules() throws {
        // A file where the folder should be cannot be listed, even by root.
        let copy = try ContentCopy()
        try FileManager.default.removeItem(at: copy.url("modules"))
        try copy.write("modules", "not a folder")
        expectOnlyProblem(copy.load(), in: "modules", line: nil, "is not a folder that can be read")
        guard getuid() != 0 else {
            print("skipped the permission half: root can list any folder")
            return
        }
        let locked = try ContentCopy()
        let folder = locked.url("modules")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        expectOnlyProblem(locked.load(), in: "modules", line: nil, "is not a folder that can be read")
    }

    @Test("a bidirectional override in a content text is refused like a control character")
    func bidiInContent() throws {
        let copy = try MiniModule.copy()
        let line = try copy.replace("\"summary\": {\"nl\": \"Een kleine module.\"", with: "\"summary\": {\"nl\": \"Een \\u202Ekleine module.\"", in: file)
        expectOnlyProblem(copy.load(), in: file, line: line, "U+202E")
    }

    @Test("problems quote hostile ids escaped, on one line")
    func escapedMessages() throws {
        let copy = try MiniModule.copy()
        try copy.replace("\"next\": \"bad\"", with: "\"next\": \"\\u001B]0;owned\\u0007\\u202E\"", in: file)
        let result = copy.load()
        let text = result.problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("\\u001B]0;owned\\u0007\\u202E"), "\(text)")
        #expect(!text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
    }

    @Test("one file checked from memory, as scripts/fuzz does: the shipped module is clean, a broken one is path:line")
    func checkOneFile() throws {
        let module = try Data(contentsOf: Fixtures.shipped.appendingPathComponent("modules/buit-youth.json"))
        #expect(ContentLoader.check(module, as: "modules/buit-youth.json").isEmpty)
        let problems = ContentLoader.check(Data("{\"id\": \"x\",\n \"minutes\": 1e999}".utf8), as: "modules/x.json")
        #expect(problems.map(\.description) == ["content/modules/x.json:2: number out of range (column 13)"])
    }
}
