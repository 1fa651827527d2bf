import SignaalCore

/// "Work through the reporting code": the meldcode's five steps to tick,
/// date and note, and the afwegingskader's questions to answer.
enum ReportingCodeScreen {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let code = state.content.reportingCode else {
            state.current = .result
            return []
        }
        let rows = ReportingCodeRows.rows(code)
        var work = state.caseWork
        defer { state.caseWork = work }
        var progress = work.progress ?? ReportingCodeProgress(for: code)
        defer { work.progress = progress }
        if let next = ListMove.cursor(after: key, cursor: work.cursor, count: rows.count) {
            work.cursor = next
            return []
        }
        let row = rows.indices.contains(work.cursor) ? rows[work.cursor] : rows[0]
        let today = CaseNoteBuilder.day(state.environment.now(), .current)
        switch (key, row) {
        case (.character(" "), .step(let step)), (.character("x"), .step(let step)):
            progress.steps[step].done.toggle()
            if progress.steps[step].done, progress.steps[step].date.isEmpty { progress.steps[step].date = today }
        case (.character(" "), .question(let question)), (.enter, .question(let question)):
            // Not answered → yes → no → not answered.
            let answer = progress.answers[question]
            progress.answers[question] = answer == nil ? true : answer == true ? false : nil
        case (.character("y"), .question(let question)), (.character("Y"), .question(let question)):
            progress.answers[question] = true
        case (.character("n"), .question(let question)), (.character("N"), .question(let question)):
            progress.answers[question] = false
        case (.character("0"), .question(let question)):
            progress.answers[question] = nil
        case (.character("d"), .step(let step)):
            work.editing = .date(step: step)
            work.buffer = progress.steps[step].date.isEmpty ? today : progress.steps[step].date
        case (.character("e"), .step(let step)), (.enter, .step(let step)):
            work.editing = .note(step: step)
            work.buffer = progress.steps[step].note
        case (.character("s"), _):
            work.returnTo = .reportingCode
            work.problem = nil
            state.current = .caseNoteForm
        default:
            break
        }
        return []
    }
}

enum ReportingCodeView {
    static func make(_ state: AppState) -> ScreenView {
        let editing = state.caseWork.editing != nil
        let hints: [(key: String, label: String)] = editing
            ? [("Enter", state.t("key.save")), ("Esc", state.t("key.cancel"))]
            : [("↑↓", state.t("key.move")), ("␣", state.t("key.tick")), ("d", state.t("key.date")), ("e", state.t("key.note")),
               ("y/n/0", state.t("key.yesNo")), ("s", state.t("key.saveNote")), ("Esc", state.t("key.back"))]
        return ScreenView(title: state.t("meldcode.title"), hints: hints) { grid, area in
            guard let code = state.content.reportingCode else { return }
            // Cut at the bottom, without markers: the detail under the rows is what gives way.
            grid.render(Lines(lines: lines(state, code, width: area.width, height: area.height)), in: area)
        }
    }

    /// The screen's lines: intro, the rows, the framework's outcome, then
    /// the selected row's detail (or the field being typed into).
    static func lines(_ state: AppState, _ code: ReportingCode, width: Int, height: Int) -> [StyledLine] {
        let work = state.caseWork
        let progress = work.progress ?? ReportingCodeProgress(for: code)
        let text = ReportingCodeText(content: state.content, language: state.language)
        let rows = ReportingCodeRows.rows(code)
        // On a small screen the intro gives way to the contacts (it is in the help too).
        var out: [StyledLine] = []
        if height >= 24 {
            out = TextWrap.lines(state.t("meldcode.intro"), width: width).prefix(2).map { StyledLine($0, .dim) }
            out.append(StyledLine())
        }
        for (index, row) in rows.enumerated() {
            let selected = index == work.cursor
            var line: String
            switch row {
            case .step(let step):
                let entry = progress.steps[step]
                let title = stepTitle(code.steps[step], state)
                let date = entry.date.isEmpty ? "" : "  " + entry.date
                let head = "[\(entry.done ? "x" : " ")] \(step + 1). "
                line = head + TextWrap.truncate(title, width: width - DisplayWidth.of(head) - DisplayWidth.of(date)) + date
            case .question(let question):
                let answer = progress.answers[question]
                let mark = answer == nil ? " ? " : answer! ? state.t("answer.yes") : state.t("answer.no")
                line = "       [" + mark.padding(toLength: 3, withPad: " ", startingAt: 0) + "] \(question + 1). "
                    + TextWrap.truncate(code.questions[question].text(state.language), width: width - 16)
            }
            let padded = line + String(repeating: " ", count: max(0, width - DisplayWidth.of(line)))
            out.append(StyledLine(padded, selected ? .selected : isStep(row) ? .normal : .dim))
        }
        out.append(StyledLine())
        out += TextWrap.lines(text.decisionLine(code, progress), width: width).map { StyledLine($0, .accent) }
        out.append(StyledLine())
        out += detail(state, code, rows.indices.contains(work.cursor) ? rows[work.cursor] : .step(0), progress, width: width)
        return out
    }

    static func isStep(_ row: ReportingCodeRows.Row) -> Bool {
        if case .step = row { return true }
        return false
    }

    static func stepTitle(_ id: String, _ state: AppState) -> String {
        state.content.steps.first { $0.id == id }?.text(state.language) ?? id
    }

    static func detail(_ state: AppState, _ code: ReportingCode, _ row: ReportingCodeRows.Row,
                       _ progress: ReportingCodeProgress, width: Int) -> [StyledLine] {
        let work = state.caseWork
        var out: [StyledLine] = []
        if let field = work.editing {
            let prompt: String
            if case .date = field { prompt = state.t("meldcode.editDate") } else { prompt = state.t("meldcode.editNote") }
            out.append(StyledLine(prompt, .heading))
            var input = StyledLine(TextWrap.truncate(work.buffer, width: width - 2) + "_", .selected)
            input.append(String(repeating: " ", count: max(0, width - input.width)), .selected)
            out.append(input)
            if let problem = work.problem { out.append(StyledLine(state.t(problem), .error)) }
            return out
        }
        let stepIndex: Int
        switch row {
        case .step(let step):
            stepIndex = step
            let note = progress.steps[step].note
            if !note.isEmpty { out += TextWrap.lines("» " + note, width: width).map { StyledLine($0, .accent) } }
        case .question(let question):
            stepIndex = code.steps.firstIndex(of: code.questions[question].step) ?? 0
            out += TextWrap.lines(code.questions[question].text(state.language), width: width).map { StyledLine($0, .heading) }
        }
        guard let step = state.content.steps.first(where: { $0.id == code.steps[stepIndex] }) else { return out }
        // Contacts first: on a small screen the explanation is what gives way.
        let report = ResultReport(content: state.content, language: state.language)
        for contact in step.contacts.compactMap(state.content.contact) {
            out += TextWrap.lines(state.t("meldcode.contacts") + " " + report.contactLine(contact, withPurpose: false), width: width)
                .map { StyledLine($0, .accent) }
        }
        if case .step = row, let detail = step.detail {
            out += TextWrap.lines(detail(state.language), width: width).map { StyledLine($0) }
        }
        return out
    }
}
