import Testing
import SignaalCore
@testable import SignaalUI

@Suite("Grid and text width")
struct GridTests {
    @Test("display width follows wcwidth for Latin, combining, wide and control characters")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("één") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1, "e with a combining accent is one cell")
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("\u{1F600}") == 2)
        #expect(DisplayWidth.of("\u{7}") == 0)
    }

    @Test("unstable characters are found: joiners and variation selectors")
    func unstable() {
        #expect(DisplayWidth.unstableScalars(in: "plain é text").isEmpty)
        #expect(!DisplayWidth.unstableScalars(in: "\u{1F469}\u{200D}\u{1F4BB}").isEmpty)
        #expect(!DisplayWidth.unstableScalars(in: "\u{2764}\u{FE0F}").isEmpty)
    }

    @Test("a wide character takes two cells, the second a continuation")
    func wideCells() {
        var grid = Grid(size: Size(width: 6, height: 1))
        #expect(grid.put("a漢b", x: 0, y: 0) == 4)
        #expect(grid[1, 0].text == "漢")
        #expect(grid[2, 0].isContinuation)
        #expect(grid.lines[0] == "a漢b  ")
    }

    @Test("text is clipped at the limit; a wide character that would straddle it becomes a space")
    func clipping() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.put("ab漢", x: 2, y: 0)
        #expect(grid.lines[0] == "  ab ")
        grid.put("xyz", x: 0, y: 0, limit: 2)
        #expect(grid.lines[0] == "xyab ")
    }

    @Test("overwriting half a wide character blanks the other half")
    func overwriteHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("漢", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines[0] == " x  ")
    }

    @Test("writing outside the grid is ignored, never a crash")
    func outside() {
        var grid = Grid(size: Size(width: 3, height: 2))
        grid.put("abc", x: -2, y: 0)
        grid.put("abc", x: 0, y: 5)
        grid.put("abc", x: 9, y: 1)
        grid.fill(x: -5, y: -5, width: 100, height: 100, role: .title)
        #expect(grid.lines == ["   ", "   "])
        #expect(grid[0, 0].role == .title)
        let empty = Grid(size: Size(width: -1, height: 0))
        #expect(empty.lines.isEmpty)
    }

    @Test("wrapping keeps words whole and every line within the width")
    func wrapping() {
        let text = "Signaal ondersteunt je professionele oordeel; het stelt niets vast. Extraordinarilylongwordthatcannotfit"
        for width in [8, 20, 33, 79] {
            let lines = TextWrap.lines(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(lines.joined(separator: " ").replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        }
        #expect(TextWrap.lines("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(TextWrap.truncate("abcdef", width: 4) == "abc…")
        #expect(TextWrap.pad("ab", width: 4) == "ab  ")
    }

    @Test("the level gauge carries the level as a word, not only as colour")
    func gaugeWords() {
        let lines = Gauge.levels(["none", "attention", "serious", "acute"], current: 2, width: 76, roles: [.levelNone, .levelAttention, .levelSerious, .levelAcute])
        let text = lines.map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("▶SERIOUS◀"))
        // Where the marks do not fit with the name, they give way before the name does.
        let tight = Gauge.levels(["No indication", "Attention", "Serious concern", "Acute danger"], current: 2, width: 72, roles: [.levelNone, .levelAttention, .levelSerious, .levelAcute])
        #expect(tight[1].runs.map(\.text).joined().contains("▶SERIOUS CONCERN◀"))
        #expect(Gauge.marked("Serious concern", width: 16) == "▶SERIOUS CONCERN")
        #expect(Gauge.marked("Serious concern", width: 12) == "▶SERIOUS CONCERN", "cut later, by the padding")
        #expect(text.contains("█"))
    }
}
