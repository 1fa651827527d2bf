import Foundation
import Testing
@testable import SignaalCore
@testable import SignaalUI

/// The status line: a message that does not fit wraps onto the row above,
/// and ends in "…" when even two rows are not enough.
@Suite("Status line")
struct StatusLineTests {
    static let folder = "/home/jeugdwerker/Documenten/dossiers"
    static let files = ["case-note-2025-03-14-0930-D-2024-118.md", "case-note-2025-03-14-0930-D-2024-118.pdf"]

    /// On the result screen, just after a case note was saved in `folder`.
    static func saved(in folder: String = folder, size: Size = Size(width: 80, height: 24)) -> Driver {
        var d = CaseNoteScreenTests.result(.english, size: size)
        _ = d.app.update(.caseNoteSaved(paths: files.map { folder + "/" + $0 }))
        return d
    }

    @Test("a message that fits stays on the status row and leaves the row above empty")
    func short() {
        var d = Self.saved()
        _ = d.app.update(.fileExported(path: "/w/x.csv"))
        let rows = d.screen.lines
        #expect(rows[22].trimmingCharacters(in: .whitespaces) == "Progress saved as /w/x.csv")
        #expect(rows[21].trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test("at 80x24 a saved case note names its folder once and both files, over two rows, help line untouched")
    func caseNoteAt80x24() {
        let d = Self.saved()
        let rows = d.screen.lines
        let status = rows[21...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(status == "Saved: case-note-2025-03-14-0930-D-2024-118 (.md, .pdf) in the folder \(Self.folder)")
        #expect(!status.contains("…"))
        #expect(rows[23].contains("Esc"), "the help line stays where it was")
    }

    @Test("a message longer than two rows ends in … on the second, inside the body's width")
    func tooLong() throws {
        let deep = "/home/jeugdwerker/Documenten/" + Array(repeating: "zeer-diepe-map", count: 6).joined(separator: "/")
        let d = Self.saved(in: deep)
        let rows = d.screen.lines
        let second = rows[22].trimmingCharacters(in: .whitespaces)
        #expect(second.hasSuffix("…"))
        #expect(rows[21].hasPrefix("  Saved: case-note-"))
        // Two cells free on either side, as everywhere in the body.
        #expect(rows[21].hasSuffix("  ") && rows[22].hasSuffix("  "))
    }

    @Test("the last of two rows ends in … and no row is wider than the line", arguments: [76, 36, 10])
    func lines(width: Int) throws {
        let text = String(repeating: "Opgeslagen in een map met een lange naam ", count: 8)
        let lines = StatusLine.lines(text, width: width)
        #expect(lines.count == 2)
        #expect(try #require(lines.last).hasSuffix("…"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(StatusLine.lines("Kort", width: width) == ["Kort"])
    }

    @Test("wide letters, emoji and combining marks are cut whole and keep the grid's columns", arguments: [
        String(repeating: "李小龙的证书已保存", count: 12),
        String(repeating: "Zoe\u{0308} 🙂 ", count: 30),
        "Saved: " + String(repeating: "a", count: 74) + "李" + String(repeating: "é", count: 100),
    ])
    func wideText(text: String) throws {
        for width in [76, 36] {
            let lines = StatusLine.lines(text, width: width)
            #expect(lines.count == 2 && lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(try #require(lines.last).hasSuffix("…"))
        }
        var grid = Grid(size: Size(width: 80, height: 24))
        StatusLine.draw(text, role: .accent, in: Rect(x: 2, y: 21, width: 76, height: 2), into: &grid)
        #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == 80 }, "every row still 80 cells wide")
        #expect(grid.lines[22].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        // The grid shows exactly the lines, mark for mark.
        #expect(grid.lines[21].dropFirst(2).hasPrefix(StatusLine.lines(text, width: 76)[0]))
    }

    @Test("at 40x10 the window asks to be bigger; made bigger again, the message is there")
    func smallWindow() {
        var d = Self.saved()
        d.resize(Size(width: 40, height: 10))
        #expect(d.text.contains("80") && !d.text.contains("case-note"))
        #expect(d.screen.lines.allSatisfy { DisplayWidth.of($0) == 40 })
        d.resize(Size(width: 80, height: 24))
        #expect(d.text.contains("(.md, .pdf) in the folder"))
    }

    @Test("files in different folders keep their full paths")
    func differentFolders() {
        let d = Driver(language: .english)
        #expect(SavedFiles.text(["/a/x.pdf", "/b/x.txt"], d.state) == "/a/x.pdf, /b/x.txt")
        #expect(SavedFiles.text(["/a/x.pdf", "/a/x-2.txt"], d.state) == "x.pdf, x-2.txt in the folder /a")
        #expect(SavedFiles.text(["/a/x.pdf", "/a/x.txt"], d.state) == "x (.pdf, .txt) in the folder /a")
        #expect(SavedFiles.text(["/a/x.pdf"], d.state) == "x.pdf in the folder /a")
        #expect(SavedFiles.text(["x.pdf"], d.state) == "x.pdf")
    }

    @Test("a certificate written to disk by the real effect runner: at 80x24 the status line names both files and their folder in full")
    func certificateOnDisk() throws {
        let folders = try EffectRunnerFileTests.Folders()
        defer { withExtendedLifetime(folders) {} }
        var d = TrainingDriver.home(language: .english, services: try folders.services())
        TrainingDriver.openYouthModule(&d)
        TrainingDriver.answerEverythingRight(&d)
        d.press(.character("c"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folders.work.path).sorted()
        let stem = try #require(files.first.map { ($0 as NSString).deletingPathExtension })
        #expect(files == [stem + ".pdf", stem + ".txt"])
        let status = d.screen.lines[21...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(status.hasSuffix("saved: \(stem) (.pdf, .txt) in the folder \(folders.work.path)"), "\(status)")
    }

    @Test("a saved certificate names its folder once, in Dutch too")
    func certificate() throws {
        var d = Driver(language: .dutch)
        _ = d.app.update(.certificateWritten(paths: ["/home/x/certificaat-buit.pdf", "/home/x/certificaat-buit.txt"], code: "ABCD234EFG", warning: nil))
        let status = try #require(d.state.status)
        #expect(d.state.t(status.key, status.arguments) == "Certificaat ABCD234EFG bewaard: certificaat-buit (.pdf, .txt) in de map /home/x")
    }
}
