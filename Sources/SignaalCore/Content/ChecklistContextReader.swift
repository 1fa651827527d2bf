/// Reads a checklist's own context questions and result notes, and checks
/// that a note names only questions and signals of its own checklist.
enum ChecklistContextReader {
    static func questions(_ top: inout ObjectReader, references: inout ReferenceTable) -> [ContextQuestion] {
        top.objects("questions", required: false, ids: \.id, what: "context question") { item -> ContextQuestion? in
            let id = item.id()
            let text = item.text("text")
            let help = item.text("help", multiline: true)
            let sources = item.strings("sources") ?? []
            if sources.isEmpty { item.problem("a context question needs at least one source") }
            references.add(.source, field: "sources", in: item)
            guard let id, let text, let help else { return nil }
            return ContextQuestion(id: id, text: text, help: help, sources: sources)
        }
    }

    static func notes(_ top: inout ObjectReader, questions: [ContextQuestion], signals: [Signal],
                      references: inout ReferenceTable) -> [ChecklistNote] {
        top.objects("notes", required: false) { item -> ChecklistNote? in
            let id = item.id()
            let text = item.text("text", multiline: true)
            let sources = item.strings("sources") ?? []
            if sources.isEmpty { item.problem("a note needs at least one source") }
            references.add(.source, field: "sources", in: item)
            let condition = item.object("when") { when -> ([String], [String])? in
                let answers = when.strings("answers", required: false) ?? []
                let named = when.strings("signals", required: false) ?? []
                for answer in answers where !questions.contains(where: { $0.id == answer }) {
                    when.problem("unknown context question \"\(answer)\" (known: \(questions.map(\.id).joined(separator: ", ")))", at: when.node["answers"])
                }
                for signal in named where !signals.contains(where: { $0.id == signal }) {
                    when.problem("unknown signal id \"\(signal)\" in this checklist", at: when.node["signals"])
                }
                if answers.isEmpty, named.isEmpty { when.problem("a note's \"when\" needs \"answers\" or \"signals\", or it is always shown") }
                return (answers, named)
            }
            guard let id, let text, let condition else { return nil }
            return ChecklistNote(id: id, text: text, sources: sources, answers: condition.0, signals: condition.1)
        }
    }
}
