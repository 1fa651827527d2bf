import SignaalCore

/// A long document laid out once for a key and kept in the state, so that
/// `update` (clamping a scroll) and the view (drawing) do not lay it out again
/// on every key: the result document, an organisation's status with a line
/// per staff member still to train.
struct LaidOutLines<Shown: Equatable & Sendable>: Sendable {
    /// What the lines depend on: the width, the language, and what they show.
    struct Key: Equatable, Sendable {
        let width: Int
        let language: Language
        let shown: Shown
    }

    let key: Key
    let lines: [StyledLine]

    /// The kept lines when they were laid out for `key`, else laid out now
    /// (so a view at another size stays correct).
    static func lines(_ kept: Self?, for key: Key?, _ layout: () -> [StyledLine]) -> [StyledLine] {
        if let kept, let key, kept.key == key { return kept.lines }
        return layout()
    }

    /// The kept lines while `key` is the same, else laid out again (in
    /// `update` only: the view never writes to the state).
    static func refreshed(_ kept: Self?, for key: Key, _ layout: () -> [StyledLine]) -> Self {
        if let kept, kept.key == key { return kept }
        return Self(key: key, lines: layout())
    }
}
