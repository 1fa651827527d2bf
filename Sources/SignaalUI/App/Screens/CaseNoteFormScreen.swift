import SignaalCore

/// The keys of the save form and of the meldcode's text fields. A text
/// field takes every printable key, so one-letter keys (Q, L, h) are
/// letters there; Esc, Enter and Backspace still work.
enum CaseNoteFormScreen {
    /// From the result screen: `s` opens the save form, `m` the meldcode steps.
    static func open(from key: Key, _ state: inout AppState) {
        if key == .character("m") {
            guard let code = state.content.reportingCode, code.applies(to: state.role?.id) else {
                state.status = .init("meldcode.notForRole")
                return
            }
            if state.caseWork.progress == nil { state.caseWork.progress = ReportingCodeProgress(for: code) }
            state.current = .reportingCode
            return
        }
        state.caseWork.returnTo = state.current
        state.caseWork.problem = nil
        state.current = .caseNoteForm
    }

    /// A text field has the keys: the one-letter keys are not offered.
    static func isTyping(_ state: AppState) -> Bool {
        state.screen == .caseNoteForm || (state.screen == .reportingCode && state.caseWork.editing != nil)
    }

    /// The keys a text field takes; nil when no field is being typed into.
    static func takesText(_ key: Key, _ state: inout AppState) -> [Effect]? {
        if state.screen == .caseNoteForm, state.overlay == nil {
            return handle(key, &state)
        }
        guard state.screen == .reportingCode, state.overlay == nil, let field = state.caseWork.editing else { return nil }
        var work = state.caseWork
        defer { state.caseWork = work }
        work.problem = nil
        switch key {
        case .escape:
            work.editing = nil
        case .backspace:
            _ = work.buffer.popLast()
        case .enter:
            switch field {
            case .date(let step):
                let typed = work.buffer.trimmingCharacters(in: .whitespaces)
                guard typed.isEmpty || NoteText.date(typed) != nil else {
                    work.problem = "meldcode.badDate"
                    return []
                }
                work.progress?.steps[step].date = typed.isEmpty ? "" : NoteText.date(typed) ?? ""
            case .note(let step):
                work.progress?.steps[step].note = NoteText.clean(work.buffer)
            }
            work.editing = nil
        case .character(let c):
            let limit: Int
            if case .date = field { limit = 10 } else { limit = NoteText.lineLimit }
            if isTypeable(c), work.buffer.count < limit { work.buffer.append(c) }
        default:
            break
        }
        return []
    }

    /// Control and format characters (escape sequences, bidi overrides)
    /// never reach a field, so they never reach the screen or a note.
    static func isTypeable(_ c: Character) -> Bool {
        !c.isNewline && c.unicodeScalars.allSatisfy { scalar in
            scalar.properties.generalCategory != .control && scalar.properties.generalCategory != .format
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.current = state.caseWork.returnTo
        case .backspace:
            _ = state.caseWork.reference.popLast()
            state.caseWork.problem = nil
        case .enter:
            switch CaseReference.validate(state.caseWork.reference) {
            case .failure(let refused):
                state.caseWork.problem = refused.key
            case .success(let reference):
                state.current = state.caseWork.returnTo
                return CaseNoteActions.save(state, reference: reference)
            }
        case .character(let c):
            guard isTypeable(c) else { break }
            // A pasted number longer than the field says why its end is not taken.
            guard state.caseWork.reference.count < CaseReference.maximumLength else {
                state.caseWork.problem = "casenote.reference.tooLong"
                break
            }
            state.caseWork.reference.append(c)
            state.caseWork.problem = nil
        case .function(1):
            state.overlay = .help
            state.helpScroll.reset()
        default:
            break
        }
        return []
    }
}

enum CaseNoteFormView {
    /// The result screen's extra keys: save always, the meldcode for the roles that use it.
    static func resultHints(_ state: AppState) -> [(key: String, label: String)] {
        var hints = [(key: "s", label: state.t("key.save"))]
        if state.content.reportingCode?.applies(to: state.role?.id) == true { hints.append(("m", state.t("key.meldcode"))) }
        return hints
    }

    static func make(_ state: AppState) -> ScreenView {
        ScreenView(
            title: state.t("casenote.form.title"),
            hints: [("Enter", state.t("key.save")), ("Esc", state.t("key.cancel")), ("F1", state.t("key.help"))]
        ) { grid, area in
            var rest = area
            func say(_ text: String, _ role: StyleRole = .normal, gap: Int = 0) {
                rest = grid.render(Paragraph(text: text, role: role), atTopOf: rest, gap: gap)
            }
            say(state.t("casenote.form.never"))
            say(state.environment.workingFolder, .dim, gap: 1)
            say(state.t("casenote.form.reference"), .heading)
            let field = TextWrap.truncate(state.caseWork.reference, width: area.width - 4) + "_"
            grid.fill(x: rest.x, y: rest.y, width: min(rest.width, CaseReference.maximumLength + 4), role: .selected)
            grid.put(field, x: rest.x + 1, y: rest.y, role: .selected)
            rest = rest.cutTop(2).rest
            if let problem = state.caseWork.problem { say(state.t(problem), .error) }
            rest = rest.cutTop(1).rest
            say(state.t("casenote.form.formats"), .dim)
            if state.caseWork.progress.map({ !$0.isEmpty }) == true { say(state.t("meldcode.title") + " ✓", .dim) }
        }
    }
}
