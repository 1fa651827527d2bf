/// Anything that talks to people in one language, in the interface's own
/// words from `Content/ui.json`.
public protocol Speaks {
    var content: ContentBundle { get }
    var language: Language { get }
}

extension Speaks {
    /// The interface string `key` in this language, placeholders filled in.
    public func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        content.strings(key, language, arguments)
    }
}
