import Foundation
import SignaalCore

/// `signaal modules`, `certificate` and `verify`: training without a screen.
struct TrainingCommands: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console
    let environment: [String: String]


    func store(_ arguments: Arguments) -> JSONFileStore<TrainingRecords> {
        TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
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
            return usage("modules", "--format must be text or json")
        }
        return .ok
    }

    // MARK: certificate

    func certificate(_ arguments: Arguments) -> ExitCode {
        guard let name = arguments.value("learner") else { return usage("certificate", "--learner NAME is required") }
        guard let moduleID = arguments.value("module") else { return usage("certificate", "--module ID is required") }
        guard let module = content.module(moduleID) else {
            return usage("certificate", "unknown module \"\(moduleID)\". Modules: \(content.modules.map(\.id).joined(separator: ", "))")
        }
        let format = arguments.value("format")
        guard format == nil || format == "pdf" || format == "txt" else { return usage("certificate", "--format must be pdf or txt") }
        let store = store(arguments)
        do {
            let (records, notices): (TrainingRecords, [String]) = try store.read()
            notices.forEach { console.err("signaal: \($0)\n") }
            var candidates = arguments.value("organisation").map { organisation in
                records.findLearner(named: name, organisation: organisation).map { [$0] } ?? []
            } ?? records.learners(named: name)
            // "X" without an organisation and "X" with one: the one who completed the module is meant.
            let completed = candidates.filter { records.enrolment(learnerID: $0.id, moduleID: module.id)?.completed != nil }
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
            let (issued, _): (IssuedCertificate?, [String]) = try store.update { records in
                records.participantCertificate(learner: learner, module: module, now: now, newCode: VerificationCode.generate)
            }
            guard let issued else {
                console.err(t("certificate.notYet") + "\n")
                return .failure
            }
            let formats = format.map { [$0] } ?? ["pdf", "txt"]
            let paths = try CertificateFiles(content: content, language: language)
                .write(issued, formats: formats, out: arguments.value("out"), folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            console.out(t("certificate.saved", ["code": issued.code, "paths": paths.joined(separator: ", ")]) + "\n")
            return .ok
        } catch {
            console.err("signaal certificate: \(error)\n")
            return .failure
        }
    }

    // MARK: verify

    func verify(_ arguments: Arguments) -> ExitCode {
        guard let raw = arguments.positionals.first else { return usage("verify", "give the code: signaal verify CODE") }
        let code = VerificationCode.normalise(raw)
        guard VerificationCode.isWellFormed(code) else {
            console.out(t("verify.malformed", ["code": raw]) + "\n")
            return .failure
        }
        do {
            let (records, notices): (TrainingRecords, [String]) = try store(arguments).read()
            notices.forEach { console.err("signaal: \($0)\n") }
            guard let certificate = records.certificate(code: code) else {
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
            console.err("signaal verify: \(error)\n")
            return .failure
        }
    }
}

/// Writes a certificate as PDF and/or text files.
public struct CertificateFiles: Sendable {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }

    /// Writes each format; `out` names the file (its extension is replaced
    /// per format when several are written), else a name made from the
    /// recipient and module in `folder`. Returns the paths written.
    public func write(_ certificate: IssuedCertificate, formats: [String], out: String?, folder: URL) throws -> [String] {
        let text = CertificateWording(content: content, language: language).text(for: certificate)
        var paths: [String] = []
        for format in formats {
            let url: URL
            if let out {
                let given = URL(fileURLWithPath: out)
                url = formats.count == 1 ? given : given.deletingPathExtension().appendingPathExtension(format)
            } else {
                let stem = content.strings("cert.fileStem", language) + "-" + Self.slug(certificate.recipient) + "-" + certificate.moduleID
                url = folder.appendingPathComponent(stem).appendingPathExtension(format)
            }
            let data = format == "pdf" ? CertificatePDF.render(text) : Data(CertificatePlainText.render(text).utf8)
            try data.write(to: url, options: .atomic)
            paths.append(url.path)
        }
        return paths
    }

    /// "Łukasz Wójcik" → "lukasz-wojcik": safe in any file system.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "ı", with: "i")
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "certificate" : String(out.prefix(40))
    }
}
