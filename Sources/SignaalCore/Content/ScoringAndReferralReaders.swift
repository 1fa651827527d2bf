enum ScoringReader {
    static func read(_ top: inout ObjectReader, references: inout ReferenceTable) -> ScoringModel? {
        let weights = top.object("weights") { item -> [Strength: Int]? in
            var weights: [Strength: Int] = [:]
            for strength in Strength.allCases {
                weights[strength] = item.int(strength.rawValue, range: 0...100)
            }
            guard let strong = weights[.strong], let medium = weights[.medium], let weak = weights[.weak],
                  weights.count == Strength.allCases.count else { return nil }
            if !(strong >= medium && medium >= weak) {
                item.problem("weights must not rise as strength falls (strong ≥ medium ≥ weak)")
            }
            return weights
        }
        let groupCap = top.int("groupCap", range: 1...100)
        let breadthBonus = top.int("breadthBonus", range: 0...100)
        let levels = top.objects("levels", ids: \.id, what: "level") { item -> RiskLevel? in
            guard let id = item.id() else { return nil }
            let rank = item.int("rank", range: 0...9)
            let label = item.text("label")
            let meaning = item.text("meaning", multiline: true)
            guard let rank, let label, let meaning else { return nil }
            return RiskLevel(id: id, rank: rank, label: label, meaning: meaning)
        }
        if levels.count < 4 { top.problem("the model needs at least four levels", at: top.node["levels"]) }
        if Set(levels.map(\.rank)) != Set(0..<levels.count) {
            top.problem("level ranks must be 0, 1, 2, … without gaps or repeats", at: top.node["levels"])
        }
        let thresholds = top.object("scoreThresholds") { item -> [String: Int]? in
            var thresholds: [String: Int] = [:]
            for member in item.members {
                item.allow(member.key)
                guard let value = member.node.int, (0...100).contains(value) else {
                    item.problem("the threshold for \"\(member.key)\" must be a whole number from 0 to 100", at: member.node)
                    continue
                }
                thresholds[member.key] = value
                references.add(.level, [member.key], in: item, line: member.line)
            }
            return thresholds
        }
        let combinations = top.objects("combinations") { item -> CombinationRule? in
            let level = item.string("level")
            if level != nil { references.add(.level, field: "level", in: item) }
            let strong = item.int("strong", required: false, range: 0...50) ?? 0
            let medium = item.int("mediumOrStronger", required: false, range: 0...50) ?? 0
            let any = item.int("any", required: false, range: 0...50) ?? 0
            let groups = item.int("groups", required: false, range: 0...50) ?? 0
            let minorOnly = item.bool("minorOnly", required: false) ?? false
            let label = item.text("label")
            if strong + medium + any + groups == 0 { item.problem("a combination needs at least one count above zero") }
            guard let level, let label else { return nil }
            return CombinationRule(level: level, strong: strong, mediumOrStronger: medium, any: any,
                                   groups: groups, minorOnly: minorOnly, label: label)
        }
        let contextOnly = kinds(top.strings("contextOnlyKinds", required: false) ?? [], field: "contextOnlyKinds", in: top)
        let requirements = top.objects("requirements", required: false) { item -> KindRequirement? in
            let level = item.string("level")
            if level != nil { references.add(.level, field: "level", in: item) }
            let age = item.choice("age", AgeGroup.self, required: false)
            if age == .unknown { item.problem("\"age\" is \"minor\" or \"adult\"; an unknown age counts as a minor", at: item.node["age"]) }
            let kinds = Self.kinds(item.strings("kinds") ?? [], field: "kinds", in: item)
            if item.node["kinds"]?.array?.isEmpty == true { item.problem("\"kinds\" must name at least one kind", at: item.node["kinds"]) }
            let label = item.text("label")
            guard let level, let label, !kinds.isEmpty else { return nil }
            return KindRequirement(level: level, age: age, kinds: kinds, label: label)
        }
        let acuteLevel = top.string("acuteLevel")
        if let acuteLevel, let highest = levels.max(by: { $0.rank < $1.rank }), highest.id != acuteLevel {
            top.problem("\"acuteLevel\" must be the highest level (\"\(highest.id)\"): acute danger always gives the highest level",
                        at: top.node["acuteLevel"])
        }
        let sources = top.strings("sources") ?? []
        references.add(.source, field: "sources", in: top)
        guard let weights, let groupCap, let breadthBonus, let thresholds, let acuteLevel else { return nil }
        return ScoringModel(weights: weights, groupCap: groupCap, breadthBonus: breadthBonus, levels: levels,
                            scoreThresholds: thresholds, combinations: combinations, contextOnlyKinds: Set(contextOnly),
                            requirements: requirements, acuteLevel: acuteLevel, sources: sources)
    }
}

extension ScoringReader {
    /// Signal kinds by name; an unknown name is a problem at the field.
    static func kinds(_ names: [String], field: String, in reader: ObjectReader) -> [SignalKind] {
        names.compactMap { raw in
            guard let kind = SignalKind(rawValue: raw) else {
                reader.problem("unknown kind \"\(raw)\" (known: \(SignalKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                               at: reader.node[field])
                return nil
            }
            return kind
        }
    }
}

enum ReferralReader {
    static func contacts(_ top: inout ObjectReader, references: inout ReferenceTable) -> [Contact]? {
        top.objects("contacts", ids: \.id, what: "contact") { item -> Contact? in
            let id = item.id()
            let name = item.text("name")
            let phone = item.string("phone") ?? ""
            let url = item.string("url") ?? ""
            let hours = item.text("hours", required: false)
            let purpose = item.text("purpose", multiline: true)
            let sources = item.strings("sources") ?? []
            if sources.isEmpty { item.problem("a contact needs at least one source") }
            references.add(.source, field: "sources", in: item)
            if phone.isEmpty, url.isEmpty { item.problem("a contact needs a phone number or a URL") }
            if !phone.isEmpty, !phone.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" || $0 == "+" }) {
                item.problem("\"phone\" may hold only digits, spaces, '-' and '+'", at: item.node["phone"])
            }
            guard let id, let name, let purpose else { return nil }
            return Contact(id: id, name: name, phone: phone, url: url, hours: hours, purpose: purpose, sources: sources)
        }
    }

    static func steps(_ top: inout ObjectReader, references: inout ReferenceTable) -> [ReferralStep]? {
        let steps = top.objects("steps", ids: \.id, what: "step") { item -> ReferralStep? in
            let id = item.id()
            let order = item.int("order", range: 0...1000)
            let text = item.text("text")
            let label = item.text("label", required: false)
            let detail = item.text("detail", required: false, multiline: true)
            let questions: [LocalizedText] = (item.array("questions", required: false) ?? []).enumerated().compactMap { index, node in
                TextReader.read(node, file: item.file, path: "\(item.path).questions[\(index)]",
                                languages: item.languages, multiline: false, log: item.log)
            }
            let contacts = item.strings("contacts") ?? []
            references.add(.contact, field: "contacts", in: item)
            let sources = item.strings("sources") ?? []
            if sources.isEmpty { item.problem("a step needs at least one source") }
            references.add(.source, field: "sources", in: item)
            let when = item.objects("when") { rule in condition(&rule, references: &references) }
            if when.isEmpty { item.problem("a step needs at least one rule in \"when\", or it is never shown") }
            guard let id, let order, let text else { return nil }
            return ReferralStep(id: id, order: order, text: text, label: label, detail: detail, questions: questions,
                                contacts: contacts, sources: sources, when: when)
        }
        return steps
    }

    static func condition(_ rule: inout ObjectReader, references: inout ReferenceTable) -> ReferralCondition? {
        var condition = ReferralCondition()
        condition.minLevel = rule.string("minLevel", required: false)
        condition.maxLevel = rule.string("maxLevel", required: false)
        references.add(.level, field: "minLevel", in: rule)
        references.add(.level, field: "maxLevel", in: rule)
        if let forms = rule.strings("forms", required: false) {
            condition.forms = forms.compactMap { raw in
                guard let form = ExploitationForm(rawValue: raw) else {
                    rule.problem("unknown form \"\(raw)\" (known: criminal, sexual, labour)", at: rule.node["forms"])
                    return nil
                }
                return form
            }
        }
        condition.age = rule.choice("age", AgeGroup.self, required: false)
        if condition.age == .unknown { rule.problem("\"age\" is \"minor\" or \"adult\"; an unknown age counts as a minor", at: rule.node["age"]) }
        condition.roles = rule.strings("roles", required: false)
        references.add(.role, field: "roles", in: rule)
        condition.acute = rule.bool("acute", required: false)
        condition.urgentForMinor = rule.bool("urgentForMinor", required: false)
        if condition.urgentForMinor == false {
            rule.problem("\"urgentForMinor\" can only be true (leave it out to match any situation)", at: rule.node["urgentForMinor"])
        }
        condition.answers = rule.strings("answers", required: false)
        references.add(.question, field: "answers", in: rule)
        condition.signals = rule.strings("signals", required: false)
        references.add(.signal, field: "signals", in: rule)
        return condition
    }
}
