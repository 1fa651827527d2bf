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
        public let message: String
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
                guard inlineValue == nil else { throw Problem(message: "--\(name) takes no value") }
                parsed.flags.insert(name)
            } else if spec.valued.contains(name) {
                if let inlineValue {
                    parsed.options[name, default: []].append(inlineValue)
                } else if index < words.count, !words[index].hasPrefix("--") {
                    parsed.options[name, default: []].append(words[index])
                    index += 1
                } else {
                    throw Problem(message: "--\(name) needs a value")
                }
            } else {
                throw Problem(message: "unknown option \(word)")
            }
        }
        return parsed
    }

    public func value(_ name: String) -> String? { options[name]?.last }
    public func values(_ name: String) -> [String] { options[name] ?? [] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}
