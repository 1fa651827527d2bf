import Testing
@testable import SignaalUI

@Suite("Rect layout")
struct RectLayoutTests {
    let screen = Rect(Size(width: 80, height: 24))

    @Test("the frame of an 80x24 screen: title row, body, status and help rows")
    func frameRows() {
        let parts = screen.rows([.length(1), .length(1), .fill(), .length(1), .length(1)])
        #expect(parts.map(\.y) == [0, 1, 2, 22, 23])
        #expect(parts.map(\.height) == [1, 1, 20, 1, 1])
        #expect(parts.allSatisfy { $0.x == 0 && $0.width == 80 })
    }

    @Test("fill parts share what is left by weight, the remainder to the first; gaps stay empty")
    func fillAndGap() {
        let columns = Rect(x: 2, y: 3, width: 31, height: 4).columns([.fill(), .fill(2)], gap: 1)
        #expect(columns == [Rect(x: 2, y: 3, width: 10, height: 4), Rect(x: 13, y: 3, width: 20, height: 4)])
        let halves = Rect(x: 0, y: 0, width: 7, height: 1).columns([.percentage(50), .fill()])
        #expect(halves.map(\.width) == [3, 4])
        #expect(halves[1].x == 3)
    }

    @Test("parts that ask for more than there is get what is left, never a negative size")
    func overflow() {
        let rows = Rect(x: 0, y: 0, width: 5, height: 4).rows([.length(3), .length(3), .fill(), .percentage(200)])
        #expect(rows.map(\.height) == [3, 1, 0, 0])
        #expect(rows.allSatisfy { $0.bottom <= 4 })
        #expect(Rect(x: 0, y: 0, width: 0, height: 0).rows([.fill(), .fill()], gap: 3).map(\.height) == [0, 0])
        #expect(screen.rows([]).isEmpty)
    }

    @Test("inset, cut and centre instead of hand arithmetic")
    func insetCutCentre() {
        #expect(screen.inset(2, 1) == Rect(x: 2, y: 1, width: 76, height: 22))
        #expect(screen.inset(top: 2, left: 1, bottom: 3) == Rect(x: 1, y: 2, width: 79, height: 19))
        #expect(Rect(x: 0, y: 0, width: 3, height: 1).inset(2, 2) == Rect(x: 2, y: 2, width: 0, height: 0))
        let (top, rest) = screen.cutTop(5)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 5))
        #expect(rest == Rect(x: 0, y: 5, width: 80, height: 19))
        #expect(screen.cutTop(99).rest.height == 0)
        let (above, bottom) = screen.cutBottom(2)
        #expect(above.height == 22 && bottom == Rect(x: 0, y: 22, width: 80, height: 2))
        #expect(screen.centred(width: 56, height: 7) == Rect(x: 12, y: 8, width: 56, height: 7))
        #expect(screen.centred(width: 200, height: 3).width == 80)
    }

    @Test("the help and quit windows sit where they did: two cells from every edge at most")
    func boxPlacement() {
        #expect(Box.outer(width: 76, height: 20, in: Size(width: 80, height: 24)) == Rect(x: 2, y: 2, width: 76, height: 20))
        #expect(Box.outer(width: 56, height: 9, in: Size(width: 120, height: 40)) == Rect(x: 32, y: 15, width: 56, height: 9))
        #expect(Box.inner(width: 76, height: 30, in: Size(width: 80, height: 24)) == Rect(x: 4, y: 3, width: 72, height: 18))
    }
}
