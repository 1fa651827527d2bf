/// How far a text is scrolled: the index of its first visible line, kept
/// within `0...max(0, content - viewport)` (ratatui's `ListState` is the model).
///
/// Clamped in `update`, which lays out the same lines in the same viewport as
/// the view (from `state.size`): the view stays a pure function of the state and
/// never writes back, and ↑ moves the text at once however often ↓ was pressed.
public struct ScrollState: Equatable, Sendable {
    public private(set) var offset = 0

    public init() {}

    /// The furthest offset: the last line at the bottom of the viewport.
    public static func limit(content: Int, viewport: Int) -> Int {
        max(0, content - max(0, viewport))
    }

    /// Moves by `delta` lines, never before the first line nor past the last screenful.
    public mutating func move(by delta: Int, content: Int, viewport: Int) {
        offset = min(max(0, offset + delta), Self.limit(content: content, viewport: viewport))
    }

    /// Jumps to the end (`G`, End).
    public mutating func moveToEnd(content: Int, viewport: Int) {
        offset = Self.limit(content: content, viewport: viewport)
    }

    /// Keeps the offset valid when the content or viewport changed (a resize).
    public mutating func clamp(content: Int, viewport: Int) {
        move(by: 0, content: content, viewport: viewport)
    }

    public mutating func reset() { offset = 0 }

    /// Moves for a scrolling key: ↑↓ (k j) a line, PgUp PgDn ten lines, Home End
    /// (g G) to either end. Returns false, and does nothing, for any other key;
    /// screens that give some of these keys another job handle those first.
    public mutating func handle(_ key: Key, content: Int, viewport: Int) -> Bool {
        switch key {
        case .up, .character("k"): move(by: -1, content: content, viewport: viewport)
        case .down, .character("j"): move(by: 1, content: content, viewport: viewport)
        case .pageUp: move(by: -10, content: content, viewport: viewport)
        case .pageDown: move(by: 10, content: content, viewport: viewport)
        case .home, .character("g"): reset()
        case .end, .character("G"): moveToEnd(content: content, viewport: viewport)
        default: return false
        }
        return true
    }
}
