import Testing
@testable import SignaalCore
@testable import SignaalUI

/// Each widget rendered into a small grid; cells and style legend compared.
@Suite("Widgets")
struct WidgetTests {
    func grid(_ width: Int, _ height: Int) -> Grid { Grid(size: Size(width: width, height: height)) }
    func numbered(_ count: Int) -> [StyledLine] { (0..<count).map { StyledLine("line \($0)") } }

    @Test("a paragraph wraps at its width and keeps to its rows; the rest of the grid stays blank")
    func paragraph() {
        var g = grid(12, 4)
        g.render(Paragraph(text: "een twee drie vier vijf zes", role: .dim), in: Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(g.lines == ["            ", " een twee   ", " drie vier  ", "            "])
        #expect(g.legend[1] == ".dddddddd...")
        #expect(Paragraph(text: "een twee drie vier vijf zes").lineCount(width: 10) == 3)
    }

    @Test("a cut paragraph can end its last row in an ellipsis")
    func paragraphEllipsis() {
        var g = grid(10, 2)
        g.render(Paragraph(text: "een twee drie vier vijf", overflow: .ellipsis), in: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(g.lines == ["een twee  ", "drie vier…"])
    }

    @Test("wide characters: CJK and emoji take two cells and never straddle the edge")
    func paragraphWide() {
        var g = grid(7, 3)
        g.render(Paragraph(text: "漢字漢字 😀ok"), in: Rect(x: 0, y: 0, width: 5, height: 3))
        #expect(g.lines == ["漢字   ", "漢字   ", "😀ok   "])
        #expect(g[1, 0].isContinuation && g[0, 2].text == "😀" && g[1, 2].isContinuation)
        var odd = grid(4, 1)
        odd.render(StyledLine("a漢字"), in: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(odd.lines == ["a漢…"], "the second 漢 would straddle the edge: the cut is marked instead")
    }

    @Test("a line cut by the edge ends in …; spaces beyond the edge are no cut")
    func cutMarked() {
        var g = grid(10, 3)
        g.render(StyledLine(runs: [("• ", .dim), ("Maximiliaan de Groot", .normal)]), in: Rect(x: 0, y: 0, width: 10, height: 1))
        g.render(StyledLine("exactly10!"), in: Rect(x: 0, y: 1, width: 10, height: 1))
        g.render(StyledLine(runs: [("abc", .normal), ("          ", .dim)]), in: Rect(x: 0, y: 2, width: 10, height: 1))
        #expect(g.lines == ["• Maximil…", "exactly10!", "abc       "])
        #expect(g.legend[0] == "dd........")
    }

    @Test("narrow and empty rectangles: nothing drawn outside, no crash")
    func narrow() {
        var g = grid(3, 2)
        g.render(Paragraph(text: "abc def"), in: Rect(x: 1, y: 0, width: 1, height: 2))
        #expect(g.lines == [" a ", " b "])
        var empty = grid(3, 2)
        for area in [Rect(x: 1, y: 1, width: 0, height: 1), Rect(x: 0, y: 0, width: 3, height: 0), Rect(x: 5, y: 5, width: 2, height: 2)] {
            empty.render(Paragraph(text: "abc"), in: area)
            empty.render(ScrollView(lines: numbered(9)), in: area, state: ScrollState())
            empty.render(SelectableList(items: numbered(9).map { .init(head: $0) }, selected: 4), in: area)
            empty.render(Box(title: "t"), in: area)
            empty.render(KeyHints(hints: [("Esc", "back")]), in: area)
        }
        #expect(empty == grid(3, 2))
    }

    @Test("a scroll view shows lines from the offset, ↓ when more follows, ↑ when lines are hidden above")
    func scrollMarkers() {
        let view = ScrollView(lines: numbered(6))
        var state = ScrollState()
        var top = grid(8, 3)
        top.render(view, in: Rect(x: 0, y: 0, width: 8, height: 3), state: state)
        #expect(top.lines == ["line 0  ", "line 1  ", "line 2 ↓"])
        #expect(top.legend[2] == ".......d")
        state.move(by: 1, content: 6, viewport: 3)
        var middle = grid(8, 3)
        middle.render(view, in: Rect(x: 0, y: 0, width: 8, height: 3), state: state)
        #expect(middle.lines == ["line 1 ↑", "line 2  ", "line 3 ↓"])
        state.moveToEnd(content: 6, viewport: 3)
        var end = grid(8, 3)
        end.render(view, in: Rect(x: 0, y: 0, width: 8, height: 3), state: state)
        #expect(end.lines == ["line 3 ↑", "line 4  ", "line 5  "])
    }

    @Test("an offset kept for a smaller window is clamped when drawn: the window is never left empty")
    func scrollClampedWhenDrawn() {
        var state = ScrollState()
        state.moveToEnd(content: 6, viewport: 1)
        var g = grid(8, 4)
        g.render(ScrollView(lines: numbered(6)), in: Rect(x: 0, y: 0, width: 8, height: 4), state: state)
        #expect(g.lines.first == "line 2 ↑")
        #expect(g.lines.last == "line 5  ")
        var short = grid(8, 4)
        short.render(ScrollView(lines: numbered(2)), in: Rect(x: 0, y: 0, width: 8, height: 4), state: state)
        #expect(short.lines == ["line 0  ", "line 1  ", "        ", "        "], "text that fits has no markers")
        var quiet = grid(8, 4)
        quiet.render(ScrollView(lines: numbered(6), showsMarkers: false), in: Rect(x: 0, y: 0, width: 8, height: 4), state: state)
        #expect(quiet.lines == ["line 2  ", "line 3  ", "line 4  ", "line 5  "])
    }

    @Test("the newest lines of a transcript: a state moved to the end shows only ↑")
    func transcript() {
        var state = ScrollState()
        state.moveToEnd(content: 5, viewport: 2)
        var g = grid(6, 2)
        g.render(ScrollView(lines: numbered(5)), in: Rect(x: 0, y: 0, width: 6, height: 2), state: state)
        #expect(g.lines == ["line ↑", "line 4"], "the marker takes the last cell of the top row")
    }

    func list(_ count: Int, selected: Int, height: Int, follow: SelectableList.Follow = .nearest) -> Grid {
        let items = (0..<count).map { index in
            SelectableList.Item(head: StyledLine((index == selected ? "▶ " : "  ") + "item \(index)", index == selected ? .selected : .normal))
        }
        var g = grid(10, height)
        g.render(SelectableList(items: items, selected: selected, follow: follow), in: Rect(x: 0, y: 0, width: 10, height: height))
        return g
    }

    @Test("a list scrolls no further than needed to show the cursor, and fills the cursor's row")
    func listNearest() {
        #expect(list(5, selected: 1, height: 3).lines == ["  item 0  ", "▶ item 1  ", "  item 2 ↓"])
        #expect(list(5, selected: 1, height: 3).legend == ["..........", "SSSSSSSSSS", ".........d"])
        #expect(list(5, selected: 3, height: 3).lines == ["  item 1 ↑", "  item 2  ", "▶ item 3 ↓"])
        #expect(list(5, selected: 4, height: 3).lines == ["  item 2 ↑", "  item 3  ", "▶ item 4  "])
    }

    @Test("with .third the cursor stays a third from the top, as on the checklist")
    func listThird() {
        for cursor in 0..<20 {
            let lines = list(20, selected: cursor, height: 6, follow: .third).lines
            let top = max(0, min(cursor - 2, 20 - 6))
            #expect(lines[0].hasPrefix(top == cursor ? "▶ item \(top)" : "  item \(top)"), "cursor \(cursor)")
            #expect(lines[0].hasSuffix(top > 0 ? "↑" : " "))
            #expect(lines[5].hasSuffix(top + 6 < 20 ? "↓" : " "))
        }
    }

    @Test("items of several rows with spacing, as in the menus: the whole chosen item is shown")
    func listBodies() {
        let items = (0..<3).map { index in
            SelectableList.Item(head: StyledLine("\(index + 1). item", index == 2 ? .selected : .heading), body: [StyledLine("about \(index)", .dim)], bodyIndent: 3)
        }
        var g = grid(12, 5)
        g.render(SelectableList(items: items, selected: 2, spacing: 1), in: Rect(x: 0, y: 0, width: 12, height: 5))
        #expect(g.lines == ["2. item    ↑", "   about 1  ", "            ", "3. item     ", "   about 2  "])
        #expect(g.legend[3] == "SSSSSSSSSSSS")
        #expect(g.legend[1] == "...ddddddd..", "the indent keeps the cells before the body as they were")
    }

    @Test("the last item's description cut off by the window's edge gets the ↓ marker too")
    func listLastBodyCut() {
        let items = (0..<2).map { index in
            SelectableList.Item(head: StyledLine("\(index + 1). item", index == 0 ? .selected : .heading),
                                body: [StyledLine("about \(index)", .dim), StyledLine("more \(index)", .dim)], bodyIndent: 3)
        }
        var g = grid(12, 6)
        g.render(SelectableList(items: items, selected: 0, spacing: 1), in: Rect(x: 0, y: 0, width: 12, height: 6))
        #expect(g.lines == ["1. item     ", "   about 0  ", "   more 0   ", "            ", "2. item     ", "   about 1 ↓"])
        var tall = grid(12, 7)
        tall.render(SelectableList(items: items, selected: 0, spacing: 1), in: Rect(x: 0, y: 0, width: 12, height: 7))
        #expect(tall.lines[6] == "   more 1   ", "everything shows: no marker")
    }

    @Test("a box frames its rectangle, clears the inside and puts its title on the top edge")
    func box() {
        var g = grid(12, 5)
        g.put("xxxxxxxxxxxx", x: 0, y: 2)
        let area = Rect(x: 1, y: 0, width: 10, height: 4)
        g.render(Box(title: "Hulp 漢字 meer"), in: area)
        #expect(g.lines == [" ┌─ Hul… ─┐ ", " │        │ ", "x│        │x", " └────────┘ ", "            "])
        #expect(g.legend[0] == ".bbHHHHHHbb.")
        #expect(Box.inner(area) == Rect(x: 3, y: 1, width: 6, height: 2))
        var tiny = grid(3, 3)
        tiny.render(Box(title: "x"), in: Rect(x: 0, y: 0, width: 1, height: 1))
        tiny.render(Box(title: "x"), in: Rect(x: 1, y: 1, width: 2, height: 2))
        #expect(tiny.lines == ["┌  ", " ┌┐", " └┘"])
    }

    @Test("a gauge draws its bar, number and marks inside its rectangle")
    func gauge() {
        var g = grid(40, 3)
        g.render(Gauge(label: "Score", value: 5, maximum: 10, role: .accent), in: Rect(x: 0, y: 0, width: 40, height: 1))
        #expect(g.lines[0] == "Score  " + String(repeating: "█", count: 14) + String(repeating: "░", count: 13) + "  5/10")
        #expect(g.legend[0] == "HHHHHHH" + String(repeating: "A", count: 14) + String(repeating: "d", count: 13) + "AAAAAA")
        var marked = grid(40, 3)
        marked.render(Gauge(label: "W", value: 2, maximum: 10, role: .accent, marks: [Document.Mark(value: 5, label: "half")]),
                      in: Rect(x: 0, y: 0, width: 40, height: 2))
        #expect(marked.lines[0].contains("│"))
        #expect(marked.lines[1].trimmingCharacters(in: .whitespaces) == "↑ half")
        #expect(marked.lines[2].allSatisfy { $0 == " " })
    }

    @Test("key hints leave out what does not fit whole, from the end, but keep the help key")
    func keyHints() {
        var g = grid(20, 1)
        g.render(KeyHints(hints: [("↑↓", "move"), ("Esc", "back"), ("Q", "quit")]), in: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(g.lines == ["↑↓ move  Esc back   "])
        #expect(g.legend == ["KKdddddddKKKddddddd."])
        var helped = grid(20, 1)
        helped.render(KeyHints(hints: [("↑↓", "move"), ("Esc", "back"), ("h", "help"), ("Q", "quit")]), in: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(helped.lines == ["↑↓ move  h help     "])
        var form = grid(30, 1)
        form.render(KeyHints(hints: [("Tab", "field"), ("Enter", "next"), ("Esc", "back"), ("F1", "help")]), in: Rect(x: 0, y: 0, width: 30, height: 1))
        #expect(form.lines == ["Tab field  F1 help            "])
    }

    @Test("an 80x24 screen built from the layout helper and widgets")
    func fullScreen() {
        var g = grid(80, 24)
        let rows = Rect(g.size).rows([.length(1), .fill(), .length(1)])
        g.render(StyledLine(" Signaal", .title), in: rows[0])
        let window = rows[1].centred(width: 40, height: 8)
        g.render(Box(title: "Hulp"), in: window)
        g.render(ScrollView(lines: numbered(30)), in: Box.inner(window), state: ScrollState())
        g.render(KeyHints(hints: [("Esc", "sluiten")]), in: rows[2].inset(1, 0))
        #expect(g.lines[0].hasPrefix(" Signaal"))
        #expect(g.lines[8] == String(repeating: " ", count: 20) + "┌─ Hulp " + String(repeating: "─", count: 31) + "┐" + String(repeating: " ", count: 20))
        #expect(g.lines[9].hasPrefix(String(repeating: " ", count: 20) + "│ line 0"))
        #expect(Array(g.lines[14])[57] == "↓")
        #expect(g.lines[15] == String(repeating: " ", count: 20) + "└" + String(repeating: "─", count: 38) + "┘" + String(repeating: " ", count: 20))
        #expect(g.lines[23] == " Esc sluiten" + String(repeating: " ", count: 68))
    }
}
