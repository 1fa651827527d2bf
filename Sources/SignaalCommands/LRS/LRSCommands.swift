import Foundation
import SignaalCore

/// `signaal lrs sync|status`, and the LRS half of `verify` and
/// `org status --lrs`.
struct LRSCommands: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console

    // MARK: lrs sync / status

    func run(_ arguments: Arguments, connection: LRSConnection?, outbox: JSONFileStore<LRSOutbox>) -> ExitCode {
        switch arguments.positionals.first {
        case "status": return status(connection, outbox)
        case "sync":
            guard let connection else {
                console.err(t("lrs.none") + "\n")
                return .failure
            }
            return sync(connection)
        default:
            console.err("signaal lrs: say what to do: sync or status. Try: signaal lrs --help\n")
            return .usage
        }
    }

    func sync(_ connection: LRSConnection) -> ExitCode {
        do {
            let report = try OutboxDelivery(outbox: connection.outbox, transport: connection.client()).deliver()
            console.out(t("lrs.synced", ["delivered": "\(report.delivered)", "pending": "\(report.pending)"]) + "\n")
            if let error = report.error {
                console.err(t("lrs.syncFailed", ["reason": error]) + "\n")
                return .failure
            }
            return .ok
        } catch {
            console.err("signaal lrs: \(error)\n")
            return .failure
        }
    }

    func status(_ connection: LRSConnection?, _ outbox: JSONFileStore<LRSOutbox>) -> ExitCode {
        do {
            let (box, _): (LRSOutbox, [StoreNotice]) = try outbox.read()
            if connection == nil { console.out(t("lrs.none") + "\n") }
            console.out(t("lrs.status", [
                "lrs": connection?.settings.shownEndpoint ?? "-", "pending": "\(box.pending.count)", "sent": "\(box.sent)",
                "attempt": box.lastAttempt.map(XAPIStatement.timestamp) ?? "-",
                "error": box.lastError ?? "-",
            ]) + "\n")
            return .ok
        } catch {
            console.err("signaal lrs: \(error)\n")
            return .failure
        }
    }

    // MARK: verify

    /// Checks this computer's records and the LRS, and says where the code was found.
    func verify(_ arguments: Arguments, connection: LRSConnection, records: any RecordKeeper, local: () -> ExitCode) -> ExitCode {
        guard let raw = arguments.positionals.first, VerificationCode.isWellFormed(VerificationCode.normalise(raw)) else { return local() }
        let code = VerificationCode.normalise(raw)
        let foundHere = ((try? records.certificate(code: code)) ?? nil) != nil
        let remote = connection.client().statements([
            URLQueryItem(name: "verb", value: XAPIVocabulary.Verb.earned.id),
            URLQueryItem(name: "activity", value: XAPIVocabulary.certificate(code)),
        ]).map { LRSCertificate.find(code, in: $0) }
        let lrs = connection.settings.shownEndpoint
        if foundHere {
            let code = local()
            console.out(t("verify.foundLocal") + "\n")
            switch remote {
            case .success(.some): console.out(t("verify.foundLRS", ["lrs": lrs]) + "\n")
            case .success(.none): console.out(t("verify.notInLRS", ["lrs": lrs]) + "\n")
            case .failure(let failure): console.out(t("verify.lrsUnreachable", ["reason": failure.message]) + "\n")
            }
            return code
        }
        switch remote {
        case .success(let certificate?):
            describe(certificate)
            console.out(t("verify.foundLRS", ["lrs": lrs]) + "\n")
            return .ok
        case .success(.none):
            console.out(t("verify.unknownAnywhere", ["code": code]) + "\n")
            return .failure
        case .failure(let failure):
            console.out(t("verify.unknown", ["code": code]) + "\n")
            console.out(t("verify.lrsUnreachable", ["reason": failure.message]) + "\n")
            return .failure
        }
    }

    /// The same lines as a local `verify`, from what the LRS holds.
    func describe(_ certificate: LRSCertificate) {
        let title = content.module(certificate.moduleID)?.title(language) ?? certificate.moduleID
        let name = certificate.recipient ?? t("verify.someone")
        let date = certificate.issued.map { CertificateWording(content: content, language: language).date($0) } ?? "-"
        console.out(t("verify.valid", ["code": certificate.code, "date": date]) + "\n")
        console.out((certificate.kind == .participant
            ? t("verify.participant", ["name": name, "module": title, "score": "\(certificate.scorePercent ?? 0)"])
            : t("verify.organisation", ["name": name, "module": title, "completed": "\(certificate.staffCompleted ?? 0)",
                                        "rostered": "\(certificate.staffRostered ?? 0)"])) + "\n")
    }

    // MARK: org status --lrs

    /// Asks the LRS for the `passed` statements of these modules, then
    /// returns what adds them to an organisation's records (see
    /// `LRSCompletions`) without further network calls, so it may run under
    /// the records' lock (`org certificate`). Throws when the LRS cannot be
    /// asked: a manager never gets a count that silently left it out.
    func completions(_ connection: LRSConnection, modules: Set<String>) throws(LRSFailure) -> (TrainingRecords, Organisation) -> TrainingRecords {
        var passes: [String: [String: Date]] = [:]
        for module in modules.sorted() {
            let answer = connection.client().statements([
                URLQueryItem(name: "verb", value: XAPIVocabulary.Verb.passed.id),
                URLQueryItem(name: "activity", value: XAPIVocabulary.module(module)),
            ])
            switch answer {
            case .failure(let failure): throw failure
            case .success(let statements): passes[module] = LRSCompletions.passes(moduleID: module, in: statements)
            }
        }
        let console = self.console
        let line = { (count: Int) in t("org.lrsCounted", ["lrs": connection.settings.shownEndpoint, "count": "\(count)"]) }
        return { records, organisation in
            let merged = LRSCompletions.merged(records, organisation: organisation, passes: passes[organisation.moduleID] ?? [:],
                                               pseudonym: connection.settings.pseudonym)
            let local = OrganisationStatus(organisation: organisation, records: records, threshold: 0).completed
            let all = OrganisationStatus(organisation: organisation, records: merged, threshold: 0).completed
            console.err(line(all - local) + "\n")
            return merged
        }
    }
}
