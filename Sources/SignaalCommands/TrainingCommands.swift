import Foundation
import SignaalCore

/// `signaal modules`, `certificate` and `verify`: training without a screen.
struct TrainingCommands: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console
    let environment: [String: String]
    /// The records to use instead of the data folder's file (one that also reports to an LRS).
    var records: (any RecordKeeper)? = nil


    func store(_ arguments: Arguments) -> any RecordKeeper {
        records ?? TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
    }

    func usage(_ command: String, _ message: String) -> ExitCode {
        console.err("signaal \(command): \(message)\n")
        return .usage
    }

    // MARK: modules

    struct ModuleJSON: Encodable {
        let id: String
        let title: String
        let audience: String
        let minutes: Int
        let passMark: Int
        let languages: [String]
        let reviewLanguages: [String]
        let units: Int
        let scoredQuestions: Int
    }

    func modules(_ arguments: Arguments) -> ExitCode {
        let format = arguments.value("format") ?? "text"
        let list = content.modules.map { module in
            ModuleJSON(id: module.id, title: module.title(language), audience: module.audience.rawValue, minutes: module.minutes,
                       passMark: module.passMark, languages: module.languages, reviewLanguages: module.reviewLanguages,
                       units: module.units.count, scoredQuestions: module.scoredQuestions.count)
        }
        switch format {
        case "json":
            console.out(JSONOutput.encode(list))
        case "text":
            for module in list {
                console.out("\(module.id)\n  \(module.title)\n  " + t("modules.line", [
                    "audience": module.audience, "minutes": "\(module.minutes)", "passMark": "\(module.passMark)",
                    "languages": module.languages.joined(separator: ", "), "questions": "\(module.scoredQuestions)",
                ]) + "\n")
            }
        default:
            return usage("modules", t("cli.formatChoice", ["choices": "text | json"]))
        }
        return .ok
    }

    // MARK: certificate

    func certificate(_ arguments: Arguments) -> ExitCode {
        guard let name = arguments.value("learner") else { return usage("certificate", t("cli.learnerRequired")) }
        guard let moduleID = arguments.value("module") else { return usage("certificate", t("cli.moduleRequired")) }
        guard let module = content.module(moduleID) else {
            return usage("certificate", t("cli.unknownModule", ["module": moduleID, "modules": content.modules.map(\.id).joined(separator: ", ")]))
        }
        let format = arguments.value("format")
        guard format == nil || format == "pdf" || format == "txt" else { return usage("certificate", t("cli.formatChoice", ["choices": "pdf | txt"])) }
        let store = store(arguments)
        do {
            let named = try store.learners(named: name)
            var found = TrainingRecords()
            found.learners = named
            var candidates = arguments.value("organisation").map { organisation in
                found.findLearner(named: name, organisation: organisation).map { [$0] } ?? []
            } ?? named
            // "X" without an organisation and "X" with one: the one who completed the module is meant.
            let completed = try candidates.filter { candidate in
                try store.enrolments(learnerID: candidate.id).contains { $0.moduleID == module.id && $0.completed != nil }
            }
            store.takeNotices().forEach { console.err("signaal: \(RecordWording(content: content, language: language).notice($0))\n") }
            if candidates.count > 1, completed.count == 1 { candidates = completed }
            guard !candidates.isEmpty else {
                console.err(t("certificate.noLearner", ["name": name]) + "\n")
                return .failure
            }
            guard candidates.count == 1, let learner = candidates.first else {
                let organisations = candidates.map { $0.organisation.map { "\"\($0)\"" } ?? "\"\"" }.joined(separator: ", ")
                return usage("certificate", t("certificate.ambiguous", ["name": name, "organisations": organisations]))
            }
            let now = Date()
            let issued = try store.participantCertificate(learner: learner, module: module, now: now, newCode: VerificationCode.generate)
            guard let issued else {
                console.err(t("certificate.notYet") + "\n")
                return .failure
            }
            try CertificateFiles(content: content, language: language).save(issued, format: format, out: arguments.value("out"), console: console)
            return .ok
        } catch {
            console.err("signaal certificate: \(RecordWording(content: content, language: language).error(error))\n")
            return .failure
        }
    }

    // MARK: verify

    func verify(_ arguments: Arguments) -> ExitCode {
        guard let raw = arguments.positionals.first else { return usage("verify", t("cli.verifyCode")) }
        let code = VerificationCode.normalise(raw)
        if let flaw = VerificationCode.flaw(raw) {
            let problem: String
            switch flaw {
            case .lookAlikes(let characters): problem = t("verify.excluded", ["characters": characters.map(String.init).joined(separator: ", ")])
            case .otherCharacters(let characters): problem = t("verify.otherCharacters", ["characters": characters.map { "\"\($0)\"" }.joined(separator: ", ")])
            case .length(let count): problem = t("verify.length", ["count": "\(count)"])
            }
            console.out(t("verify.malformed", ["code": SafeText.shortened(raw), "problem": problem]) + "\n")
            return .failure
        }
        do {
            let store = store(arguments)
            let found = try store.certificate(code: code)
            store.takeNotices().forEach { console.err("signaal: \(RecordWording(content: content, language: language).notice($0))\n") }
            guard let certificate = found else {
                console.out(t("verify.unknown", ["code": code]) + "\n")
                return .failure
            }
            let wording = CertificateWording(content: content, language: language)
            let title = content.module(certificate.moduleID)?.title(language) ?? certificate.moduleID
            let what = certificate.kind == .participant
                ? t("verify.participant", ["name": certificate.recipient, "module": title, "score": "\(certificate.scorePercent ?? 0)"])
                : t("verify.organisation", ["name": certificate.recipient, "module": title,
                                            "completed": "\(certificate.staffCompleted ?? 0)", "rostered": "\(certificate.staffRostered ?? 0)"])
            console.out(t("verify.valid", ["code": code, "date": wording.date(certificate.issuedOn)]) + "\n" + what + "\n")
            return .ok
        } catch {
            console.err("signaal verify: \(RecordWording(content: content, language: language).error(error))\n")
            return .failure
        }
    }
}
