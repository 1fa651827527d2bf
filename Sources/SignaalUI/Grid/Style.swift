/// What a cell means, not how it looks: the terminal adaptor maps each role
/// to colours and attributes (or to plain attributes when colour is off).
/// Meaning never rests on colour alone: every role that signals something
/// is paired with a word or a glyph on screen.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case title       // the screen's title bar
    case heading     // a section heading inside a screen
    case selected    // the line under the cursor
    case dim         // secondary text: sources, hints
    case key         // a key name in the help line
    case accent      // emphasis: a counter, a chosen answer
    case levelNone   // risk levels, each also shown as a word
    case levelAttention
    case levelSerious
    case levelAcute
    case border
    case error
    case bubbleThem  // a chat message from a character
    case bubbleYou   // a chat message from the learner

    /// One letter for the snapshot legend.
    public var legendCode: Character {
        switch self {
        case .normal: return "."
        case .title: return "T"
        case .heading: return "H"
        case .selected: return "S"
        case .dim: return "d"
        case .key: return "K"
        case .accent: return "A"
        case .levelNone: return "0"
        case .levelAttention: return "1"
        case .levelSerious: return "2"
        case .levelAcute: return "3"
        case .border: return "b"
        case .error: return "E"
        case .bubbleThem: return "<"
        case .bubbleYou: return ">"
        }
    }
}
