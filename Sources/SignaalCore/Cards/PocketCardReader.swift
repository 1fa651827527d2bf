import Foundation

/// Reads `Content/cards/*.json` (one card a file) and checks it against the
/// loaded content: the role, checklist, signals, steps and contacts it names
/// exist, the signals are the checklist's and there are 8–12 of them, 112
/// comes first, and every line has its short form in every card language.
/// Kept apart from `ContentLoader`, as the advice cases are: the app runs
/// without cards, and a broken card must not stop it.
public enum PocketCardReader {
    public static let folder = "cards"

    public static func load(from root: URL, displayRoot: String? = nil, content: ContentBundle) -> PocketCardLoadResult {
        let log = ProblemLog()
        var cards: [PocketCard] = []
        ContentFolderFiles.each(in: folder, root: root, displayRoot: displayRoot, log: log) { file, node in
            let languages = node["languages"]?.array?.compactMap(\.string) ?? []
            guard var top = ObjectReader(node, file: file, path: "$", languages: languages, log: log) else { return }
            if let card = read(&top, content: content) {
                if cards.contains(where: { $0.id == card.id }) {
                    top.problem("two cards have the id \"\(card.id)\"", at: top.node["id"])
                } else {
                    cards.append(card)
                }
            }
            top.finish()
        }
        let base = displayRoot ?? root.path
        let display = base.hasSuffix("/") ? String(base.dropLast()) : base
        // A "Print a card" activity names a card by id: it must exist, and be the role's.
        for role in content.roles {
            for activity in role.activities where activity.kind == .card && !activity.coming {
                let card = cards.first { $0.id == activity.ref }
                if card?.roles.contains(role.id) != true {
                    log.report("\(display)/roles.json", line: nil, path: "$.roles[\"\(role.id)\"]",
                               "the activity \"\(activity.id)\" names the card \"\(activity.ref ?? "")\", which is not a card for this role")
                }
            }
        }
        return PocketCardLoadResult(cards: log.isEmpty ? cards : [], problems: log.problems)
    }

    static func read(_ top: inout ObjectReader, content: ContentBundle) -> PocketCard? {
        let id = top.id()
        let languages = top.strings("languages") ?? []
        for code in ["nl", "en"] where !languages.contains(code) {
            top.problem("\"languages\" must include \"\(code)\"", at: top.node["languages"])
        }
        let toReview = top.strings("toReview", required: false) ?? []
        for code in toReview where !languages.contains(code) || code == "nl" || code == "en" {
            top.problem("\"toReview\" lists \"\(code)\", which is not one of the card's other languages", at: top.node["toReview"])
        }
        let roles = top.strings("roles") ?? []
        for role in roles where content.role(role) == nil { top.problem("unknown role id \"\(role)\"", at: top.node["roles"]) }
        if roles.isEmpty, top.node["roles"] != nil { top.problem("a card names at least one role", at: top.node["roles"]) }
        let checklistID = top.string("checklist")
        let checklist = checklistID.flatMap(content.checklist)
        if let checklistID, checklist == nil { top.problem("unknown checklist id \"\(checklistID)\"", at: top.node["checklist"]) }
        let title = top.text("title")
        let headings = top.object("headings") { item -> PocketCard.Headings? in
            let signals = item.text("signals"), dos = item.text("do"), donts = item.text("dont"), numbers = item.text("numbers")
            let judgement = item.text("judgement"), toReview = item.text("toReview"), stamp = item.text("stamp")
            guard let signals, let dos, let donts, let numbers, let judgement, let toReview, let stamp else { return nil }
            return PocketCard.Headings(signals: signals, dos: dos, donts: donts, numbers: numbers,
                                       judgement: judgement, toReview: toReview, stamp: stamp)
        }

        let signals = lines(&top, "signals", ref: "signal") { checklist == nil || checklist?.signal($0) != nil }
        if !PocketCard.signalRange.contains(signals.count), top.node["signals"] != nil {
            top.problem("a card lists 8 to 12 signals, not \(signals.count)", at: top.node["signals"])
        }
        let stepIDs = Set(content.steps.map(\.id))
        let dos = lines(&top, "do", ref: "step") { stepIDs.contains($0) }
        let donts = lines(&top, "dont", ref: "step") { stepIDs.contains($0) }

        let contacts = top.strings("contacts") ?? []
        for contact in contacts where content.contact(contact) == nil {
            top.problem("unknown contact id \"\(contact)\"", at: top.node["contacts"])
        }
        if contacts.first != PocketCard.emergencyContact {
            top.problem("the numbers start with 112 (\"\(PocketCard.emergencyContact)\")", at: top.node["contacts"])
        }
        let sources = top.strings("sources") ?? []
        for source in sources where content.source(source) == nil {
            top.problem("unknown source id \"\(source)\"", at: top.node["sources"])
        }
        guard let id, !roles.isEmpty, let checklistID, let title, let headings else { return nil }
        return PocketCard(id: id, roles: roles, checklist: checklistID, languages: languages, toReview: toReview, title: title, headings: headings,
                          signals: signals, dos: dos, donts: donts, contacts: contacts, sources: sources)
    }

    /// `[{"<ref>": id, "short": {…}}]`, each id checked with `exists`.
    static func lines(_ top: inout ObjectReader, _ key: String, ref: String, exists: (String) -> Bool) -> [PocketCard.Line] {
        top.objects(key) { item -> PocketCard.Line? in
            let id = item.string(ref)
            let short = item.text("short")
            if let id, !exists(id) { item.problem("unknown \(ref) id \"\(id)\"", at: item.node[ref]) }
            guard let id, let short else { return nil }
            return PocketCard.Line(ref: id, short: short)
        }
    }
}
