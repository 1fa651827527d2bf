import SignaalCore

/// Finds the command among the words wherever the global options stand, so
/// `signaal --lang en modules` runs `modules` in English, and suggests the
/// command meant when a word is misspelt (`modlues` → `modules`).
enum CommandWord {
    static let commands = ["validate", "assess", "modules", "train", "class", "certificate", "verify", "org", "lrs", "card", "manual", "help"]

    /// Every option of any command that takes a value: the word after it is
    /// that value, never the command.
    static var valuedOptions: Set<String> {
        SignaalCommandLine.commonValued
            .union(AssessCommand.spec.valued)
            .union(OrganisationCommands.spec.valued)
            .union(["role", "checklist", "data", "format", "learner", "module", "organisation", "out", "text-lang"])
    }

    /// The first word that is neither an option nor an option's value, and
    /// the other words in their order.
    static func split(_ words: [String]) -> (command: String?, rest: [String]) {
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" { break }
            if word.hasPrefix("-"), word != "-" {
                let name = String(word.drop { $0 == "-" })
                index += !name.contains("=") && valuedOptions.contains(name) ? 2 : 1
                continue
            }
            var rest = words
            rest.remove(at: index)
            return (word, rest)
        }
        return (nil, words)
    }

    /// The value of `--name value` or `--name=value` among the words, read
    /// loosely (before the words are checked), for the language and content
    /// of an error message.
    static func looseValue(_ name: String, in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == "--\(name)", index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--\(name)=") { return String(word.dropFirst(name.count + 3)) }
        }
        return nil
    }

    /// The command `word` most likely means: one or two typing slips away
    /// (a swapped pair counts as one), or a start of it of three letters or more.
    static func suggestion(for word: String) -> String? {
        let typed = word.lowercased()
        if typed.count >= 3, let started = commands.first(where: { $0.hasPrefix(typed) }) { return started }
        let scored = commands.map { ($0, distance(typed, $0)) }.filter { $0.1 <= min(2, max(1, typed.count / 3)) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

extension SignaalCommandLine {
    /// `signaal modlues`: an error in the user's language, with the command
    /// probably meant; exit 2.
    func unknownCommand(_ word: String, _ rest: [String]) -> ExitCode {
        let (content, language) = looseContent(rest)
        let suggestion = CommandWord.suggestion(for: word)
        guard let content else {
            console.err("signaal: unknown command / onbekende opdracht \"\(word)\"" + (suggestion.map { " (\($0)?)" } ?? "") + "\n")
            return .usage
        }
        let meant = suggestion.map { content.strings("cli.didYouMean", language, ["command": $0]) } ?? ""
        console.err("signaal: " + content.strings("cli.unknownCommand", language, [
            "command": word, "suggestion": meant, "commands": CommandWord.commands.joined(separator: ", "),
        ]) + "\n")
        return .usage
    }

    /// The content and language for a message about words that could not be
    /// read: `--content` and `--lang` taken loosely; nil when there is none.
    func looseContent(_ words: [String]) -> (ContentBundle?, Language) {
        let language = Language.preferred(explicit: CommandWord.looseValue("lang", in: words), environment: environment)
        let locator = ContentLocator(explicit: CommandWord.looseValue("content", in: words), environment: environment, executable: executable)
        return (locator.locate().flatMap { ContentLoader.load(from: $0).bundle }, language)
    }
}
