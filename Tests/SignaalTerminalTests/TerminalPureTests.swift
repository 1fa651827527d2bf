import Testing
import CNcursesw
@testable import SignaalTerminal
import SignaalUI

@Suite struct DiffTests {
    @Test func identicalGridsWriteNothing() {
        var g = Grid(size: Size(width: 10, height: 2)); g.put("hé 漢x", x: 0, y: 0)
        #expect(GridDiff.runs(from: g, to: g, clip: g.size).isEmpty)
    }
    @Test func fullDrawSkipsBlankAndContinuation() {
        var g = Grid(size: Size(width: 10, height: 2)); g.put("a漢b", x: 1, y: 1, role: .accent)
        let runs = GridDiff.runs(from: Grid(size: g.size), to: g, clip: g.size)
        #expect(runs == [DrawRun(x: 1, y: 1, role: .accent, text: "a漢b")])
    }
    @Test func rolesSplitRunsAndOnlyChangesAreSent() {
        var a = Grid(size: Size(width: 12, height: 1)); a.put("hello world", x: 0, y: 0)
        var b = a; b.put("W", x: 6, y: 0, role: .key); b.paint(x: 0, y: 0, width: 2, role: .selected)
        #expect(GridDiff.runs(from: a, to: b, clip: b.size) == [
            DrawRun(x: 0, y: 0, role: .selected, text: "he"), DrawRun(x: 6, y: 0, role: .key, text: "W")])
    }
    @Test func changedContinuationRewritesWideChar() {
        var a = Grid(size: Size(width: 6, height: 1)); a.put("漢字", x: 0, y: 0)
        var b = a; b.paint(x: 3, y: 0, width: 1, role: .accent)  // only the continuation of 字
        #expect(GridDiff.runs(from: a, to: b, clip: b.size) == [DrawRun(x: 2, y: 0, role: .normal, text: "字")])
        var c = a; c.put("x", x: 1, y: 0)  // overwrite half of 漢
        #expect(GridDiff.runs(from: a, to: c, clip: c.size) == [DrawRun(x: 0, y: 0, role: .normal, text: " x")])
    }
    @Test func clipsAtScreenEdge() {
        var g = Grid(size: Size(width: 6, height: 3)); g.put("ab漢", x: 2, y: 0); g.put("zz", x: 0, y: 2)
        let runs = GridDiff.runs(from: Grid(size: g.size), to: g, clip: Size(width: 5, height: 2))
        #expect(runs == [DrawRun(x: 2, y: 0, role: .normal, text: "ab ")])
    }
    @Test func glyphWidthMismatchIsPadded() {
        let t = GlyphTranslator(utf8: true)
        #expect(t.text(for: "a", columns: 1) == "a")
        #expect(t.text(for: "\u{1B}", columns: 1) == "?")
        let ascii = GlyphTranslator(utf8: false)
        #expect(ascii.text(for: "é", columns: 1) == "e")
        #expect(ascii.text(for: "─", columns: 1) == "-")
        #expect(ascii.text(for: "漢", columns: 2) == "??")
    }
}

@Suite struct KeyTests {
    @Test func decodes() {
        #expect(KeyDecoder.decode(status: OK, code: 3) == .message(.interrupt))
        #expect(KeyDecoder.decode(status: OK, code: 13) == .message(.key(.enter)))
        #expect(KeyDecoder.decode(status: OK, code: 0xE9) == .message(.key(.character("é"))))
        #expect(KeyDecoder.decode(status: OK, code: 0xE9, acceptsNonASCII: false) == .ignore)
        #expect(KeyDecoder.decode(status: OK, code: 1) == .ignore)
        #expect(KeyDecoder.decode(status: OK, code: 26) == .suspend, "Ctrl-Z suspends")
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(shim_key_f(7))) == .message(.key(.function(7))))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_MOUSE)) == .ignore)
        #expect(KeyDecoder.decode(status: ERR, code: 0) == .failure)
    }
    @Test func monoLooksAreDistinctWhereItMatters() {
        #expect(RoleLooks.look(for: .levelAcute, colour: false) != RoleLooks.look(for: .normal, colour: false))
        #expect(RoleLooks.look(for: .title, colour: true).background == .blue)
    }
}
