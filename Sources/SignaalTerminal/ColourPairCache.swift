import CNcursesw

/// Colour pairs allocated on demand and remembered by (foreground,
/// background). Pair 0 is the terminal's default and is never redefined.
/// When the terminal runs out of pairs, the look keeps its attributes and
/// loses only its colour.
struct ColourPairCache {
    private struct Key: Hashable {
        let foreground: Int16
        let background: Int16
    }

    /// What "default" means: -1 after `use_default_colors`, else white on black.
    private let defaultForeground: Int16
    private let defaultBackground: Int16
    private let limit: Int32
    private var pairs: [Key: Int16] = [:]
    private var nextPair: Int32 = 1

    init(defaultForeground: Int16, defaultBackground: Int16, pairLimit: Int32) {
        self.defaultForeground = defaultForeground
        self.defaultBackground = defaultBackground
        limit = min(pairLimit, Int32(Int16.max))
    }

    /// The pair number for these colours (nil meaning the default),
    /// allocating it with `init_pair` the first time.
    mutating func pair(foreground: BasicColour?, background: BasicColour?) -> Int16 {
        let key = Key(
            foreground: foreground?.rawValue ?? defaultForeground,
            background: background?.rawValue ?? defaultBackground
        )
        if key.foreground == defaultForeground, key.background == defaultBackground { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair < limit else { return 0 }
        let pair = Int16(nextPair)
        guard init_pair(pair, key.foreground, key.background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }
}
