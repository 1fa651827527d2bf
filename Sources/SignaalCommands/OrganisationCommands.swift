import Foundation
import SignaalCore

/// `signaal org …`: organisations, rosters, status and the organisation
/// certificate, for managers of hotels and holiday parks.
struct OrganisationCommands: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console
    /// Adds completions held elsewhere (the LRS, for `status` and `certificate` with `--lrs`).
    var lrsCompletions: ((TrainingRecords, Organisation) -> TrainingRecords)? = nil

    static let spec = Arguments.Spec(
        valued: ["content", "lang", "data", "location", "format", "out"],
        flags: ["help", "dry-run"]
    )


    func usage(_ message: String) -> ExitCode {
        console.err("signaal org: \(message)\n")
        return .usage
    }

    func run(_ arguments: Arguments, store: any RecordKeeper) -> ExitCode {
        let words = arguments.positionals
        guard let action = words.first else { return usage("say what to do: list, create, import-roster, status, certificate, link, unlink, leave") }
        // Whatever the action read, a file moved aside is said (once the action's own output is out).
        defer { tell(store.takeNotices()) }
        do {
            switch action {
            case "list": return try list(store)
            case "create":
                guard words.count == 2 else { return usage("signaal org create NAME [--location PLACE]") }
                return try create(words[1], location: arguments.value("location"), store)
            case "import-roster":
                guard words.count == 3 else { return usage("signaal org import-roster ORG FILE.csv [--dry-run]") }
                return try importRoster(words[1], file: words[2], dryRun: arguments.has("dry-run"), store)
            case "status":
                guard words.count == 2 else { return usage("signaal org status ORG [--format text|json|csv]") }
                return try status(words[1], format: arguments.value("format") ?? "text", store)
            case "certificate":
                guard words.count == 2 else { return usage("signaal org certificate ORG [--out FILE] [--format pdf|txt]") }
                return try certificate(words[1], out: arguments.value("out"), format: arguments.value("format"), store)
            case "link":
                guard words.count == 4 else { return usage("signaal org link ORG \"LEARNER\" \"ROSTER NAME\"") }
                return try link(words[1], learner: words[2], staffName: words[3], store)
            case "unlink":
                guard words.count == 3 else { return usage("signaal org unlink ORG \"LEARNER\"") }
                return try unlink(words[1], learner: words[2], store)
            case "leave":
                guard words.count == 3 else { return usage("signaal org leave ORG NAME") }
                return try leave(words[1], name: words[2], store)
            default:
                return usage("unknown action \"\(action)\" (list, create, import-roster, status, certificate, link, unlink, leave)")
            }
        } catch {
            console.err("signaal org: \(RecordWording(content: content, language: language).error(error))\n")
            return .failure
        }
    }

    /// Files moved aside while reading, said on standard error.
    func tell(_ notices: [StoreNotice]) {
        notices.forEach { console.err("signaal org: \(RecordWording(content: content, language: language).notice($0))\n") }
    }

    /// The organisation named on the command line, or a message and nil.
    func find(_ name: String, in records: TrainingRecords) -> Organisation? {
        if let organisation = records.organisation(idOrName: name) { return organisation }
        return unknown(name, known: records.organisations)
    }

    /// The same from the store: only the organisation's own file is read.
    func find(_ name: String, _ store: any RecordKeeper) throws -> Organisation? {
        if let organisation = try store.organisation(idOrName: name) { return organisation }
        return unknown(name, known: try store.organisations())
    }

    private func unknown(_ name: String, known organisations: [Organisation]) -> Organisation? {
        let known = organisations.map(\.name).joined(separator: ", ")
        console.err(t("org.unknown", ["name": name, "known": known.isEmpty ? "-" : known]) + "\n")
        return nil
    }

    func list(_ store: any RecordKeeper) throws -> ExitCode {
        let organisations = try store.organisations()
        if organisations.isEmpty { console.out(t("org.none") + "\n") }
        for organisation in organisations {
            let status = try store.organisationStatus(organisation, threshold: content.certification.organisationThreshold)
            let line = "\(organisation.id)  \(organisation.name)" + (organisation.location.map { " (\($0))" } ?? "")
            console.out(SafeText.escaped(line) + "  \(status.completed)/\(status.rostered)\n")
        }
        return .ok
    }

    func create(_ name: String, location: String?, _ store: any RecordKeeper) throws -> ExitCode {
        let module = content.certification.organisationModule
        let result = try store.addOrganisation(name: name, location: location, moduleID: module, now: Date())
        switch result {
        case .success(let organisation):
            console.out(t("org.created", ["name": organisation.name, "id": organisation.id]) + "\n")
            return .ok
        case .failure(.alreadyExists(let id)):
            console.err(t("org.exists", ["id": id]) + "\n")
            return .failure
        case .failure(.name(let problem)):
            return usage(nameProblem(problem, .organisation, value: name))
        case .failure(.location(let problem)):
            return usage(nameProblem(problem, .location, value: location ?? ""))
        }
    }

    func importRoster(_ name: String, file: String, dryRun: Bool, _ store: any RecordKeeper) throws -> ExitCode {
        guard let data = FileManager.default.contents(atPath: file) else {
            console.err(t("org.cannotRead", ["file": file]) + "\n")
            return .failure
        }
        let parsed = RosterCSV.parse(data)
        // As the validator does: file:line: what is wrong, in the reader's language.
        func report(_ problems: [RosterProblem]) {
            for problem in problems { console.err(SafeText.escaped(file) + ":\(problem.line): " + rosterProblem(problem) + "\n") }
        }
        // An empty file, one without a header or a name column, or one whose
        // every row is refused imports nobody: say so, exit 1, write nothing.
        guard !parsed.rows.isEmpty else {
            report(parsed.problems)
            console.err(t("org.importNothing", ["file": file]) + "\n")
            return .failure
        }
        // A dry run only reads: it takes no write lock and writes nothing.
        guard let organisation = try find(name, store) else { return .failure }
        let found: Change?
        if dryRun {
            let (merged, change) = RosterImport.merge(organisation, parsed, now: Date())
            found = Change(organisation: merged, change: change)
        } else {
            // Merged again under the lock with the latest roster.
            found = try store.updateOrganisation(id: organisation.id) { latest -> Change in
                let (merged, change) = RosterImport.merge(latest, parsed, now: Date())
                latest = merged
                return Change(organisation: merged, change: change)
            }
        }
        guard let found else { return .failure }
        let change = found.change
        report(change.problems)
        console.out(t(dryRun ? "org.importDryRun" : "org.imported", [
            "name": found.organisation.name, "added": "\(change.added.count)", "updated": "\(change.updated.count)",
            "unchanged": "\(change.unchanged.count)", "skipped": "\(change.problems.filter { !$0.isAboutFile }.count)",
        ]) + "\n")
        for update in change.updated {
            let fields = update.fields.map { RosterColumn(rawValue: $0.rawValue).map(rosterColumn) ?? $0.rawValue }
            console.out("  ~ " + SafeText.escaped(update.after.name) + ": " + fields.joined(separator: ", ") + "\n")
        }
        if !change.listedButLeft.isEmpty {
            console.out(t("org.listedButLeft", ["names": change.listedButLeft.map(\.member.name).joined(separator: ", ")]) + "\n")
        }
        return .ok
    }

    struct Change {
        let organisation: Organisation
        let change: RosterChange
    }

    struct StatusJSON: Encodable {
        struct Department: Encodable {
            let name: String
            let rostered: Int
            let completed: Int
        }
        let organisation: String
        let id: String
        let module: String
        let rostered: Int
        let completed: Int
        let pending: Int
        let percent: Double
        let threshold: Int
        let eligible: Bool
        let staffNeeded: Int
        let departments: [Department]
        let pendingStaff: [String]
        let unmatched: [UnmatchedJSON]
    }

    func status(_ name: String, format: String, _ store: any RecordKeeper) throws -> ExitCode {
        guard ["text", "json", "csv"].contains(format) else { return usage(t("cli.formatChoice", ["choices": "text | json | csv"])) }
        let threshold = content.certification.organisationThreshold
        let status: OrganisationStatus, organisation: Organisation
        if let lrsCompletions {
            // Completions from the LRS join the whole records (a smaller, slower path).
            let (records, notices) = try store.read()
            tell(notices)
            guard let found = find(name, in: records) else { return .failure }
            organisation = found
            status = OrganisationStatus(organisation: found, records: lrsCompletions(records, found), threshold: threshold)
        } else {
            guard let found = try find(name, store) else { return .failure }
            organisation = found
            status = try store.organisationStatus(found, threshold: threshold)
        }
        switch format {
        case "json":
            let json = StatusJSON(
                organisation: organisation.name, id: organisation.id, module: organisation.moduleID,
                rostered: status.rostered, completed: status.completed, pending: status.rostered - status.completed,
                percent: (status.percent * 10).rounded() / 10, threshold: status.threshold, eligible: status.eligible,
                staffNeeded: status.staffNeeded,
                departments: status.departmentsInOrder.map { .init(name: $0.department, rostered: $0.count.rostered, completed: $0.count.completed) },
                pendingStaff: status.pending.map(\.name), unmatched: status.unmatched.map(UnmatchedJSON.init))
            console.out(JSONOutput.encode(json))
        case "csv":
            let labels = language == .dutch ? CSVExport.Labels.dutch : CSVExport.Labels.english
            console.out(String(decoding: CSVExport.completion(status, labels: labels), as: UTF8.self))
        default:
            console.out(OrganisationReport(content: content, language: language).text(status, organisation: organisation))
        }
        return .ok
    }

    func certificate(_ name: String, out: String?, format: String?, _ store: any RecordKeeper) throws -> ExitCode {
        guard format == nil || format == "pdf" || format == "txt" else { return usage(t("cli.formatChoice", ["choices": "pdf | txt"])) }
        let threshold = content.certification.organisationThreshold
        let outcome: OrganisationCertificateOutcome?
        if let lrsCompletions {
            let notices: [StoreNotice]
            (outcome, notices) = try store.update { records -> OrganisationCertificateOutcome? in
                guard let organisation = find(name, in: records), let module = content.module(organisation.moduleID) else { return nil }
                let status = OrganisationStatus(organisation: organisation, records: lrsCompletions(records, organisation), threshold: threshold)
                let certificate = records.organisationCertificate(for: organisation, status: status, module: module, now: Date(), newCode: VerificationCode.generate)
                return OrganisationCertificateOutcome(organisation: organisation, tally: status.tally, certificate: certificate)
            }
            tell(notices)
        } else {
            outcome = try store.organisationCertificate(idOrName: name, threshold: threshold, module: { content.module($0) },
                                                        now: Date(), newCode: VerificationCode.generate)
        }
        guard let outcome else {
            _ = try find(name, store)  // says which organisations there are, when this one is not
            return .failure
        }
        let status = outcome.tally
        guard let certificate = outcome.certificate else {
            guard status.rostered > 0 else {
                console.err(t("org.noRoster", ["id": outcome.organisation.id]) + "\n")
                return .failure
            }
            console.err(t("org.notEligible", ["completed": "\(status.completed)", "rostered": "\(status.rostered)",
                                               "percent": "\(status.shownPercent)", "threshold": "\(threshold)",
                                               "needed": "\(status.staffNeeded)"]) + "\n")
            return .failure
        }
        try CertificateFiles(content: content, language: language).save(certificate, format: format, out: out, console: console)
        return .ok
    }

    func leave(_ name: String, name person: String, _ store: any RecordKeeper) throws -> ExitCode {
        guard let found = try find(name, store) else { return .failure }
        let done = try store.updateOrganisation(id: found.id) { organisation -> Bool in
            let matches = organisation.staffIndices(matching: person)
            guard matches.count == 1, let index = matches.first else { return false }
            organisation.setLeft(Date(), forStaffAt: index)
            return true
        }
        guard let done else { return .failure }
        guard done else {
            console.err(t("org.staffNotFound", ["name": person]) + "\n")
            return .failure
        }
        console.out(t("org.left", ["name": person]) + "\n")
        return .ok
    }
}
