/// One reader per kind of content file. Each takes the file's top-level
/// object and returns the model, reporting problems as it goes.

enum InterfaceStringsReader {
    static func read(_ top: inout ObjectReader) -> InterfaceStrings? {
        return top.object("strings") { strings in
            var values: [String: LocalizedText] = [:]
            for member in strings.members {
                strings.allow(member.key)
                let text = TextReader.read(member.node, file: strings.file, path: "\(strings.path).\(member.key)",
                                           languages: strings.languages, multiline: true, log: strings.log)
                values[member.key] = text
            }
            return InterfaceStrings(values)
        }
    }
}

enum SourcesReader {
    static func read(_ top: inout ObjectReader) -> [Source]? {
        top.objects("sources", ids: \.id, what: "source") { item -> Source? in
            guard let id = item.id() else { return nil }
            let title = item.string("title")
            let publisher = item.string("publisher")
            let year = item.int("year", required: false, range: 1900...2100)
            let url = item.string("url", required: false) ?? ""
            if !url.isEmpty, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                item.problem("\"url\" must start with https:// or http://", at: item.node["url"])
            }
            guard let title, let publisher else { return nil }
            return Source(id: id, title: title, publisher: publisher, year: year, url: url)
        }
    }
}

enum RolesReader {
    /// What an activity's `ref` names, by kind.
    static func target(of kind: Activity.Kind) -> ReferenceTable.Kind? {
        switch kind {
        case .checklist: return .checklist
        case .training, .classroom: return .module
        // Cards are read apart (PocketCardReader), which checks these refs.
        case .organisation, .verify, .card: return nil
        }
    }

    static func read(_ top: inout ObjectReader, references: inout ReferenceTable) -> [Role]? {
        let roles = top.objects("roles", ids: \.id, what: "role") { item -> Role? in
            guard let id = item.id() else { return nil }
            let label = item.text("label")
            let description = item.text("description")
            let activities = item.objects("activities") { activity -> Activity? in
                let activityID = activity.id()
                let kind = activity.choice("kind", Activity.Kind.self)
                let ref = activity.string("ref", required: false)
                let coming = activity.bool("coming", required: false) ?? false
                if let kind, !coming, let target = Self.target(of: kind) {
                    if ref != nil { references.add(target, field: "ref", in: activity) } else {
                        activity.problem("a \(kind.rawValue) activity needs \"ref\": the \(target.rawValue) id")
                    }
                }
                let label = activity.text("label")
                let description = activity.text("description")
                guard let activityID, let kind, let label, let description else { return nil }
                return Activity(id: activityID, kind: kind, ref: ref, label: label, description: description, coming: coming)
            }
            guard let label, let description else { return nil }
            if activities.isEmpty { item.problem("a role needs at least one activity") }
            return Role(id: id, label: label, description: description, activities: activities)
        }
        if top.node["roles"]?.array?.isEmpty == true { top.problem("\"roles\" must list at least one role", at: top.node["roles"]) }
        return roles.isEmpty ? nil : roles
    }
}

enum ChecklistReader {
    static func read(_ top: inout ObjectReader, references: inout ReferenceTable) -> Checklist? {
        let id = top.id()
        let form = top.choice("form", ExploitationForm.self)
        let title = top.text("title")
        let intro = top.text("intro", multiline: true)
        let groups = top.objects("groups", ids: \.id, what: "group") { item -> SignalGroup? in
            guard let id = item.id(), let title = item.text("title") else { return nil }
            return SignalGroup(id: id, title: title)
        }
        let groupIDs = Set(groups.map(\.id))
        let signals = top.objects("signals", ids: \.id, what: "signal") { item -> Signal? in
            let id = item.id()
            let group = item.string("group")
            let strength = item.choice("strength", Strength.self)
            let kind = item.choice("kind", SignalKind.self)
            let urgentForMinor = item.bool("urgentForMinor", required: false) ?? false
            let text = item.text("text")
            let why = item.text("why", multiline: true)
            let sources = item.strings("sources") ?? []
            if sources.isEmpty { item.problem("a signal needs at least one source") }
            references.add(.source, field: "sources", in: item)
            if let group, !groupIDs.contains(group) {
                item.problem("unknown group id \"\(group)\" (known: \(groups.map(\.id).joined(separator: ", ")))", at: item.node["group"])
            }
            guard let id, let group, let strength, let kind, let text, let why else { return nil }
            return Signal(id: id, group: group, strength: strength, kind: kind, urgentForMinor: urgentForMinor,
                          text: text, why: why, sources: sources)
        }
        if signals.isEmpty { top.problem("a checklist needs at least one signal") }
        for group in groups where !signals.contains(where: { $0.group == group.id }) {
            top.problem("group \"\(group.id)\" has no signals")
        }
        let questions = ChecklistContextReader.questions(&top, references: &references)
        let notes = ChecklistContextReader.notes(&top, questions: questions, signals: signals, references: &references)
        guard let id, let form, let title, let intro else { return nil }
        return Checklist(id: id, form: form, languages: top.languages, title: title, intro: intro, groups: groups, signals: signals,
                         questions: questions, notes: notes)
    }
}

enum CertificationReader {
    static func read(_ top: inout ObjectReader, references: inout ReferenceTable) -> CertificationRules? {
        let threshold = top.int("organisationThreshold", range: 1...100)
        let module = top.string("organisationModule")
        if module != nil { references.add(.module, field: "organisationModule", in: top) }
        let explanation = top.text("explanation", multiline: true)
        references.add(.source, field: "sources", in: top)
        _ = top.strings("sources")
        guard let threshold, let module, let explanation else { return nil }
        return CertificationRules(organisationThreshold: threshold, organisationModule: module, explanation: explanation)
    }
}
