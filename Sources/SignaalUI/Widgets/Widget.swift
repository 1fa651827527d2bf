/// Something that draws itself into a rectangle of the grid (ratatui's `Widget`).
///
/// # How to use
/// A view splits its area with `Rect` (`rows`, `columns`, `inset`, `cutTop`)
/// and hands each part to a widget:
///
///     let intro = Paragraph(text: state.t("roles.intro"))
///     let (top, rest) = area.cutTop(intro.lineCount(width: area.width) + 1)
///     grid.render(intro, in: top)
///     grid.render(ScrollView(lines: lines), in: rest, state: state.helpScroll)
///
/// - A widget is a value built fresh in every `view`: it holds what to draw,
///   never what the user did. It writes only inside its `Rect`, clips what
///   does not fit (a wide character that would straddle the edge becomes a
///   space, as in `Grid.put`) and draws nothing into an empty rectangle.
/// - What the user changes (how far a text is scrolled) lives in the screen's
///   state and is passed to a `StatefulWidget` by value: `update` moves and
///   clamps a `ScrollState`, the view only reads it, so a view stays a pure
///   function of the state (ratatui's `StatefulWidget`, without writing back).
/// - The widgets: `Paragraph` (wrap and place text), `ScrollView` (lines from
///   a `ScrollState` with ↑/↓ markers), `SelectableList` (items with a cursor
///   kept in view), `Box` (a frame with a title), `Gauge` (a bar with its
///   number), `KeyHints` (the help line) and `StyledLine` (one line of runs).
/// - Tests render a widget into a small `Grid` and compare `grid.lines` and
///   `grid.legend` (WidgetTests).
///
/// Where the screens use them: `ScrollView` for the lesson, question,
/// completion, class summary, result, organisation status and help (in a
/// `Box`, without markers) and the chat transcript (held at its end);
/// `SelectableList` for the menus, the checklist (cursor a third from the
/// top), the learner pick and the organisations; `Paragraph` for every intro
/// and explanation (`grid.render(_:atTopOf:gap:)` in `App/ScreenLayout.swift`
/// stacks them); `KeyHints` and `StyledLine` for the frame's bottom lines.
/// The learner's module list stays hand-drawn: its last item may run into
/// the row under the body, which a list confined to its `Rect` cannot do.
public protocol Widget {
    func render(in area: Rect, into grid: inout Grid)
}

/// A widget that also reads state kept by the screen, such as a `ScrollState`.
public protocol StatefulWidget {
    associatedtype State
    func render(in area: Rect, into grid: inout Grid, state: State)
}

extension Grid {
    /// Draws `widget` inside `area` (ratatui's `Frame::render_widget`).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area, into: &self)
    }

    /// Draws a stateful widget inside `area` with the screen's state.
    public mutating func render<W: StatefulWidget>(_ widget: W, in area: Rect, state: W.State) {
        widget.render(in: area, into: &self, state: state)
    }
}

extension StyledLine: Widget {
    /// Draws the line on the first row of `area`, clipped to its width.
    public func render(in area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 0 else { return }
        draw(into: &grid, x: area.x, y: area.y, width: area.width)
    }
}

/// The ↑ and ↓ markers every scrolling screen draws in its last column when
/// text is hidden above or below.
enum ScrollMarkers {
    static func draw(above: Bool, below: Bool, in area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 0 else { return }
        if above { grid.put("↑", x: area.right - 1, y: area.y, role: .dim) }
        if below { grid.put("↓", x: area.right - 1, y: area.bottom - 1, role: .dim) }
    }
}
