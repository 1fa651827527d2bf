/// A name put into a command the user may copy into a shell, such as
/// `signaal certificate --learner "Anna" --module …`. A name is the learner's
/// own typing or a roster's: in plain double quotes a `"` would break the
/// command and `$(…)` or a backtick would run when pasted. Names without such
/// characters keep the familiar double quotes; the others go in single quotes,
/// where the shell takes every character as it is.
enum ShellWord {
    /// The characters a shell still reads inside double quotes (and `!`, which
    /// an interactive bash expands there).
    private static let specialInDoubleQuotes: Set<Character> = ["\"", "$", "`", "\\", "!"]

    static func quoted(_ word: String) -> String {
        guard word.contains(where: specialInDoubleQuotes.contains) else { return "\"" + word + "\"" }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
