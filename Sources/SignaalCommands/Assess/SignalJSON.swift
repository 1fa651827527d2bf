import SignaalCore

/// A signal in `assess --format json` (the ones that counted) and, with its
/// explanation and sources, in `assess --list --format json`. Fields left
/// nil are left out of the JSON.
struct SignalJSON: Encodable {
    let id: String
    let group: String
    let strength: String
    let kind: String
    let text: String
    /// Present (true) only on signals that put "call 112" first for a minor.
    var urgentForMinor: Bool?
    var why: String?
    var sources: [String]?

    /// The signal; with `content`, also why it matters and its sources.
    init(_ signal: Signal, _ language: Language, explainedWith content: ContentBundle? = nil) {
        id = signal.id
        group = signal.group
        strength = signal.strength.rawValue
        kind = signal.kind.rawValue
        text = signal.text(language)
        guard let content else { return }
        urgentForMinor = signal.urgentForMinor ? true : nil
        why = signal.why(language)
        sources = signal.sources.compactMap { content.source($0) }.map(SourceText.line)
    }
}
