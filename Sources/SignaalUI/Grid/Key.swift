/// A key press, decoded by the terminal adaptor (or made up by a test).
public enum Key: Equatable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case function(Int)
}

/// Everything that can happen to the app, as a value. Quit, interrupt and
/// resize are messages like any key (the Bubble Tea way), so tests can send them.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case interrupt
    /// Time passed with no key (only sent while the program wants ticks).
    case tick
}

/// What the app asks the runner to do after an update.
public enum Effect: Equatable, Sendable {
    case quit
}

/// A program the terminal runner can drive: messages in, grids out.
public protocol Program {
    mutating func update(_ message: Message) -> [Effect]
    func view(size: Size) -> Grid
    /// Milliseconds until a `.tick` should arrive when no key is pressed;
    /// nil to wait for keys only (the usual case: no timers, no busy loop).
    var tickInterval: Int? { get }
}

extension Program {
    public var tickInterval: Int? { nil }
}
