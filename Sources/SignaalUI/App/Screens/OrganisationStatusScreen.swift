import SignaalCore

/// One organisation's progress toward its certificate; CSV export, links, refresh.
enum OrganisationStatusScreen {
    /// The organisation on show, if this screen is.
    static func shown(_ state: AppState) -> OrganisationView? {
        guard case .organisationStatus(let view) = state.current else { return nil }
        return view
    }

    /// The organisation on show and its status as the store last counted it (`Effect.loadOrganisation`).
    static func status(_ state: AppState) -> (Organisation, OrganisationStatus)? {
        guard let id = shown(state)?.id, let organisation = state.records.organisation(id: id),
              let status = state.records.status, status.organisationID == id else { return nil }
        return (organisation, status)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var view = shown(state) else { return [] }
        switch key {
        case .down, .character("j"), .up, .character("k"), .pageDown, .pageUp:
            let (content, viewport) = extent(state)
            _ = view.scroll.handle(key, content: content, viewport: viewport)
            state.current = .organisationStatus(view)
        case .character("r"), .character("R"):
            // The scroll is clamped to the report when the records arrive.
            state.status = .init("manager.refreshed")
            return [.loadOrganisation(id: view.id)]
        case .character("c"), .character("C"):
            return certificate(&state)
        case .character("e"), .character("E"):
            return export(&state)
        case .character("m"):
            return ManagerLinks.link(&state)
        case .character("u"):
            return ManagerLinks.unlink(&state)
        default:
            break
        }
        return []
    }

    /// The status report's length and the rows it is shown in, at the current size.
    static func extent(_ state: AppState) -> (content: Int, viewport: Int) {
        let body = Frame.layout(state.size).body
        return (OrganisationStatusLayout.lines(state, width: body.width - 2).count, body.height)
    }

    /// Keeps the scroll within the report after it changed (reload, link) or the window did.
    static func clampScroll(_ state: inout AppState) {
        guard var view = shown(state) else { return }
        let (content, viewport) = extent(state)
        view.scroll.clamp(content: content, viewport: viewport)
        state.current = .organisationStatus(view)
    }

    static func certificate(_ state: inout AppState) -> [Effect] {
        guard let (organisation, status) = status(state), let module = state.content.module(organisation.moduleID) else { return [] }
        guard status.eligible else {
            state.status = status.rostered == 0
                ? .init("org.noRoster", ["id": organisation.id])
                : .init("org.needMore", ["needed": "\(status.staffNeeded)", "threshold": "\(status.threshold)"])
            return []
        }
        return [.changeRecords(.organisationCertificate(organisationID: organisation.id, moduleID: module.id))]
    }

    static func export(_ state: inout AppState) -> [Effect] {
        guard let (organisation, status) = status(state) else { return [] }
        let labels = state.language == .dutch ? CSVExport.Labels.dutch : CSVExport.Labels.english
        let name = CSVExport.fileName(organisationID: organisation.id, stem: state.t("manager.fileStem"))
        return [.exportCSV(fileName: name, data: CSVExport.completion(status, labels: labels))]
    }
}

/// The status laid out once per (width, language, organisation, records as
/// last read): with 100,000 staff a scroll key laid out 40,000 lines twice.
enum OrganisationStatusLayout {
    /// The organisation, and the records as last read (`AppState.recordsRevision`).
    struct Shown: Equatable, Sendable {
        let organisationID: String
        let records: Int
    }

    static func key(_ state: AppState, width: Int) -> LaidOutLines<Shown>.Key? {
        guard let id = OrganisationStatusScreen.shown(state)?.id else { return nil }
        return .init(width: width, language: state.language, shown: Shown(organisationID: id, records: state.recordsRevision))
    }

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        LaidOutLines.lines(state.statusLayout, for: key(state, width: width)) { OrganisationStatusView.lines(state, width: width) }
    }

    static func refresh(_ state: inout AppState) {
        guard let key = key(state, width: Frame.layout(state.size).body.width - 2) else { return }
        state.statusLayout = LaidOutLines.refreshed(state.statusLayout, for: key) { OrganisationStatusView.lines(state, width: key.width) }
    }
}

enum OrganisationStatusView {
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let (organisation, status) = OrganisationStatusScreen.status(state) else { return [] }
        let report = OrganisationReport(content: state.content, language: state.language)
        var out: [StyledLine] = []
        out.append(StyledLine(state.content.module(organisation.moduleID)?.title(state.language) ?? organisation.moduleID, .dim))
        out.append(StyledLine())
        out.append(StyledLine(report.summary(status), .heading))
        let barWidth = min(60, width - 8)
        var bar = StyledLine()
        bar.append(OrganisationReport.bar(percent: status.percent, threshold: status.threshold, width: barWidth),
                   status.eligible ? .levelNone : .levelAttention)
        bar.append("  \(status.shownPercent)%", .accent)
        out.append(bar)
        let markAt = max(0, min(barWidth - 1, status.threshold * barWidth / 100))
        out.append(StyledLine(String(repeating: " ", count: markAt) + "↑ \(status.threshold)%", .dim))
        out += DocumentView.hanging(report.verdict(status), first: status.eligible ? "✓ " : "… ", rest: "  ", width: width,
                                    role: status.eligible ? .levelNone : .accent)
        // Completions that do not count yet come first: they need the manager.
        out += ManagerLinks.lines(state, status, width: width)
        out.append(StyledLine())
        let departments = status.departmentsInOrder
        if !departments.isEmpty {
            out.append(StyledLine(state.t("org.byDepartment"), .heading))
            let nameWidth = min(24, departments.map { DisplayWidth.of(report.name($0.department)) }.max() ?? 0)
            for (department, count) in departments {
                let percent = count.rostered > 0 ? Double(count.completed) * 100 / Double(count.rostered) : 0
                var line = StyledLine("  " + TextWrap.pad(report.name(department), width: nameWidth) + "  ")
                line.append(OrganisationReport.bar(percent: percent, threshold: status.threshold, width: 24), percent >= Double(status.threshold) ? .levelNone : .levelAttention)
                line.append("  \(count.completed)/\(count.rostered)", .accent)
                out.append(line)
            }
            out.append(StyledLine())
        }
        let pending = status.pending
        out.append(StyledLine(state.t("org.pending", ["count": "\(pending.count)"]), .heading))
        for member in pending {
            out.append(StyledLine("  • " + member.name + (member.department.map { "  (\($0))" } ?? "")))
        }
        return out
    }

    static func make(_ state: AppState) -> ScreenView {
        let found = OrganisationStatusScreen.status(state)
        // m only when there is something to link, so the usual hints still fit 80 columns.
        let link: [(key: String, label: String)] = found.map { ManagerLinks.next($0.1) != nil } == true ? [("m", state.t("key.link"))] : []
        return ScreenView(
            title: found?.0.name ?? "",
            hints: [("c", state.t("key.certificate")), ("e", state.t("key.exportCSV"))] + link + [("r", state.t("key.refresh")),
                    ("↑↓", state.t("key.scroll")), ("Esc", state.t("key.back"))],
            status: state.t("manager.importHint", ["id": OrganisationStatusScreen.shown(state)?.id ?? ""])
        ) { grid, area in
            grid.render(ScrollView(lines: OrganisationStatusLayout.lines(state, width: area.width - 2)), in: area,
                        state: OrganisationStatusScreen.shown(state)?.scroll ?? ScrollState())
        }
    }
}
