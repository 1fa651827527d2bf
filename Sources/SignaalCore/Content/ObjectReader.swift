import Foundation

/// Reads one JSON object into model values, reporting every problem with its
/// line to the shared log and handing back `nil` (or an empty value) instead
/// of throwing, so the rest of the file is still checked.
struct ObjectReader {
    let file: String
    let path: String
    let node: JSONNode
    let members: [JSONMember]
    let languages: [String]
    let log: ProblemLog
    /// Keys the model knows; others are reported, since a typo in a key
    /// would otherwise silently drop content.
    private var known: Set<String> = []

    /// nil (and a problem) when `node` is not an object.
    init?(_ node: JSONNode, file: String, path: String, languages: [String], log: ProblemLog) {
        guard let members = node.members else {
            log.report(file, line: node.line, path: path, "expected an object, found \(node.typeName)")
            return nil
        }
        self.node = node
        self.members = members
        self.file = file
        self.path = path
        self.languages = languages
        self.log = log
        var seen: Set<String> = []
        for member in members where !seen.insert(member.key).inserted {
            log.report(file, line: member.line, path: path, "duplicate key \"\(member.key)\"")
        }
    }

    var line: Int { node.line }

    func problem(_ message: String, at node: JSONNode? = nil) {
        log.report(file, line: (node ?? self.node).line, path: path, message)
    }

    private mutating func member(_ key: String, required: Bool) -> JSONNode? {
        known.insert(key)
        if let value = node[key] { return value }
        if required { problem("missing required field \"\(key)\"") }
        return nil
    }

    /// The member `key` as a `T` (`cast` says how), or a problem naming
    /// what it should have been.
    private mutating func typed<T>(_ key: String, required: Bool, _ expected: String, _ cast: (JSONNode) -> T?) -> T? {
        guard let value = member(key, required: required) else { return nil }
        guard let typed = cast(value) else {
            problem("\"\(key)\" must be \(expected), found \(value.typeName)", at: value)
            return nil
        }
        return typed
    }

    mutating func string(_ key: String, required: Bool = true) -> String? {
        typed(key, required: required, "a string", \.string)
    }

    /// A stable id: lower-case letters, digits and single dashes.
    mutating func id(_ key: String = "id") -> String? {
        guard let value = string(key) else { return nil }
        guard Self.isValidID(value) else {
            problem("\"\(value)\" is not a valid id (lower-case letters, digits and '-')", at: node[key])
            return nil
        }
        return value
    }

    static func isValidID(_ value: String) -> Bool {
        !value.isEmpty && value.count <= 64 && !value.hasPrefix("-") && !value.hasSuffix("-")
            && value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func int(_ key: String, required: Bool = true, range: ClosedRange<Int>? = nil) -> Int? {
        guard let number = typed(key, required: required, "a whole number", \.int) else { return nil }
        if let range, !range.contains(number) {
            problem("\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), found \(number)", at: node[key])
            return nil
        }
        return number
    }

    mutating func bool(_ key: String, required: Bool = true) -> Bool? {
        typed(key, required: required, "true or false", \.bool)
    }

    /// A raw-value enum such as a strength or a form.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = true) -> T? where T.RawValue == String {
        guard let raw = string(key, required: required) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            problem("\"\(key)\" is \"\(raw)\"; expected one of \(allowed)", at: node[key])
            return nil
        }
        return value
    }

    /// A text in every declared language.
    mutating func text(_ key: String, required: Bool = true, multiline: Bool = false) -> LocalizedText? {
        guard let value = member(key, required: required) else { return nil }
        return TextReader.read(value, file: file, path: "\(path).\(key)", languages: languages, multiline: multiline, log: log)
    }

    /// A list of strings, such as source ids.
    mutating func strings(_ key: String, required: Bool = true) -> [String]? {
        guard let items = array(key, required: required) else { return nil }
        return items.compactMap { item in
            guard let string = item.string else {
                problem("items of \"\(key)\" must be strings, found \(item.typeName)", at: item)
                return nil
            }
            return string
        }
    }

    mutating func array(_ key: String, required: Bool = true) -> [JSONNode]? {
        guard let value = member(key, required: required) else { return nil }
        guard let items = value.array else {
            problem("\"\(key)\" must be a list, found \(value.typeName)", at: value)
            return nil
        }
        return items
    }

    /// Reads each element of a list of objects with `body`.
    mutating func objects<T>(_ key: String, required: Bool = true, _ body: (inout ObjectReader) -> T?) -> [T] {
        guard let items = array(key, required: required) else { return [] }
        return items.enumerated().compactMap { index, item in
            guard var reader = ObjectReader(item, file: file, path: "\(path).\(key)[\(index)]", languages: languages, log: log) else { return nil }
            let value = body(&reader)
            reader.finish()
            return value
        }
    }

    /// A list of objects read as `objects` reads them; then every id used
    /// twice among the objects read whole is reported at its later line
    /// ("duplicate signal id").
    mutating func objects<T>(_ key: String, required: Bool = true, ids: KeyPath<T, String>, what: String,
                             _ body: (inout ObjectReader) -> T?) -> [T] {
        var lines: [(id: String, line: Int)] = []
        let values = objects(key, required: required) { item -> T? in
            let value = body(&item)
            if let value { lines.append((value[keyPath: ids], item.line)) }
            return value
        }
        reportDuplicateIDs(lines, what: what, in: self)
        return values
    }

    /// A nested object read with `body`.
    mutating func object<T>(_ key: String, required: Bool = true, _ body: (inout ObjectReader) -> T?) -> T? {
        guard let value = member(key, required: required) else { return nil }
        guard var reader = ObjectReader(value, file: file, path: "\(path).\(key)", languages: languages, log: log) else { return nil }
        let result = body(&reader)
        reader.finish()
        return result
    }

    /// Marks a key as known without reading it (read elsewhere).
    mutating func allow(_ keys: String...) { known.formUnion(keys) }

    /// Reports keys the model does not know.
    func finish() {
        for member in members where !known.contains(member.key) {
            log.report(file, line: member.line, path: path, "unknown field \"\(member.key)\"")
        }
    }
}

/// Checks and reads a `{"nl": …, "en": …}` text.
enum TextReader {
    static func read(_ node: JSONNode, file: String, path: String, languages: [String], multiline: Bool, log: ProblemLog) -> LocalizedText? {
        guard let members = node.members else {
            log.report(file, line: node.line, path: path, "expected a text object like {\"nl\": …, \"en\": …}, found \(node.typeName)")
            return nil
        }
        var values: [String: String] = [:]
        var seen: Set<String> = []
        for member in members {
            if !seen.insert(member.key).inserted {
                log.report(file, line: member.line, path: path, "the \"\(member.key)\" text is given twice")
            }
            guard let text = member.node.string else {
                log.report(file, line: member.line, path: path, "the \"\(member.key)\" text must be a string, found \(member.node.typeName)")
                continue
            }
            if !languages.contains(member.key) {
                log.report(file, line: member.line, path: path, "language \"\(member.key)\" is not declared in \"languages\"")
            }
            if let problem = problem(in: text, multiline: multiline) {
                log.report(file, line: member.line, path: path, "the \"\(member.key)\" text \(problem)")
            }
            values[member.key] = text
        }
        for language in languages where TextChecks.isBlank(values[language] ?? "") {
            log.report(file, line: node.line, path: path, "missing the \"\(language)\" text")
        }
        return LocalizedText(values)
    }

    /// What makes a text unsafe for a terminal, if anything.
    static func problem(in text: String, multiline: Bool) -> String? {
        if let scalar = TextChecks.firstUnstableScalar(in: text) {
            return "contains U+\(SafeText.hex4(scalar.value)) (emoji joiner or variation selector), which terminals draw at different widths"
        }
        if let scalar = text.unicodeScalars.first(where: { SafeText.isUnsafe($0) && !(multiline && $0 == "\n") }) {
            let what = scalar.properties.generalCategory == .control ? "" : " (U+\(SafeText.hex4(scalar.value)), an invisible formatting or direction character)"
            return (multiline ? "contains a control character other than a line break" : "contains a control character or line break") + what
        }
        return nil
    }
}
