/// A small command-line parser: `--name value`, `--name=value`, repeated
/// options, flags and positional words. No package needed for this much.
public struct Arguments: Equatable, Sendable {
    public var options: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public struct Spec: Sendable {
        /// Options that take a value, without the leading dashes.
        public var valued: Set<String>
        /// Options that take none.
        public var flags: Set<String>
        public init(valued: Set<String>, flags: Set<String>) {
            self.valued = valued
            self.flags = flags
        }
    }

    public struct Problem: Error, Equatable, Sendable {
        public enum Kind: String, Sendable {
            case unknownOption, needsValue, takesNoValue
        }
        public let kind: Kind
        /// The option as typed (`--what`), or its name with dashes (`--signal`).
        public let option: String

        /// The interface string that says it, with `{option}`.
        public var key: String { "cli.option.\(kind.rawValue)" }

        /// Plain English, for logs and tests.
        public var message: String {
            switch kind {
            case .unknownOption: "unknown option \(option)"
            case .needsValue: "\(option) needs a value"
            case .takesNoValue: "\(option) takes no value"
            }
        }
    }

    public static func parse(_ words: [String], spec: Spec) throws(Problem) -> Arguments {
        var parsed = Arguments()
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                parsed.positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            var name = String(word.drop { $0 == "-" })
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if word == "-h" { name = "help" }
            if spec.flags.contains(name) {
                guard inlineValue == nil else { throw Problem(kind: .takesNoValue, option: "--\(name)") }
                parsed.flags.insert(name)
            } else if spec.valued.contains(name) {
                if let inlineValue {
                    parsed.options[name, default: []].append(inlineValue)
                } else if index < words.count, !words[index].hasPrefix("--") {
                    parsed.options[name, default: []].append(words[index])
                    index += 1
                } else {
                    throw Problem(kind: .needsValue, option: "--\(name)")
                }
            } else {
                throw Problem(kind: .unknownOption, option: word)
            }
        }
        return parsed
    }

    public func value(_ name: String) -> String? { options[name]?.last }
    public func values(_ name: String) -> [String] { options[name] ?? [] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}
