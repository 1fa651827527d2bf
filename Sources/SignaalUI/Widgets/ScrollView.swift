/// Lines drawn from a `ScrollState`'s offset, with ↑ in the top right cell
/// when lines are hidden above and ↓ in the bottom right cell when lines are
/// hidden below (the markers every scrolling screen draws).
///
/// The offset is clamped again for drawing, so a state kept for another size
/// never shows an empty window; `update` clamps it for the keys (ScrollState).
struct ScrollView: StatefulWidget {
    var lines: [StyledLine]
    /// Off where the window says so itself (the help overlay has none today).
    var showsMarkers = true

    /// The first line shown for `state` in a window of `height` rows.
    func top(_ state: ScrollState, height: Int) -> Int {
        max(0, min(state.offset, ScrollState.limit(content: lines.count, viewport: height)))
    }

    func render(in area: Rect, into grid: inout Grid, state: ScrollState) {
        guard !area.isEmpty else { return }
        let top = top(state, height: area.height)
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            line.draw(into: &grid, x: area.x, y: area.y + offset, width: area.width)
        }
        guard showsMarkers else { return }
        ScrollMarkers.draw(above: top > 0, below: top + area.height < lines.count, in: area, into: &grid)
    }
}
