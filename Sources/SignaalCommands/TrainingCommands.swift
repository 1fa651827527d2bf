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
            let formats = format.map { [$0] } ?? ["pdf", "txt"]
            let files = CertificateFiles(content: content, language: language)
            let paths = try files.write(issued, formats: formats, out: arguments.value("out"), folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            console.out(t("certificate.saved", ["code": issued.code, "paths": paths.joined(separator: ", ")]) + "\n")
            if formats.contains("pdf"), let warning = files.warning(for: issued) { console.err(warning + "\n") }
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
            console.out(t("verify.malformed", ["code": raw, "problem": problem]) + "\n")
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

/// A certificate file that could not be written, in the user's words.
public struct CertificateWriteError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Writes a certificate as PDF and/or text files.
public struct CertificateFiles: Sendable {
    public let content: ContentBundle
    public let language: Language

    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = language
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes each format; `out` names the file (its extension is replaced
    /// per format when several are written), else a name made from the
    /// recipient and module in `folder`. Returns the paths written.
    public func write(_ certificate: IssuedCertificate, formats: [String], out: String?, folder: URL) throws -> [String] {
        let text = CertificateWording(content: content, language: language).text(for: certificate)
        var paths: [String] = []
        for format in formats {
            let stem = content.strings("cert.fileStem", language) + "-" + Self.slug(certificate.recipient) + "-" + Self.slug(certificate.moduleID)
            let url = OutputFile.url(format: format, of: formats, out: out, folder: folder, stem: stem)
            let data: Data
            if format == "pdf" {
                // Without fonts the PDF cannot be made; the text version still is (see `warning`).
                guard let fonts = try? fonts() else {
                    if formats.count > 1 { continue }
                    throw Failure(description: warning(for: certificate) ?? "")
                }
                data = CertificatePDF.render(text, fonts: fonts)
            } else {
                data = Data(CertificatePlainText.render(text).utf8)
            }
            do throws(FileWriteFailure) {
                try FileWriteFailure.write(data, to: url)
            } catch {
                throw CertificateWriteError(message: CertificateWording(content: content, language: language).fileWriteFailure(error))
            }
            paths.append(url.path)
        }
        return paths
    }

    func fonts() throws(CertificateFonts.Problem) -> CertificateFonts {
        try CertificateFonts.load(from: CertificateFonts.folders(content: content))
    }

    /// What to tell the user before the PDF is trusted: letters its fonts
    /// cannot draw, or no fonts at all. Nil when the PDF prints everything.
    public func warning(for certificate: IssuedCertificate) -> String? {
        let strings = { (key: String, arguments: [String: String]) in content.strings(key, language, arguments) }
        do {
            let text = CertificateWording(content: content, language: language).text(for: certificate)
            let all = [text.recipient, text.statement] + text.details.map(\.value)
            let missing = try fonts().unprintable(all.joined(separator: " "))
            guard !missing.isEmpty else { return nil }
            let shown = missing.prefix(10).map { "\"\($0)\" (U+" + String($0.unicodeScalars.first!.value, radix: 16, uppercase: true) + ")" }
            return strings("cert.unprintable", ["characters": shown.joined(separator: ", ")])
        } catch {
            let folders = CertificateFonts.folders(content: content).map(\.path).joined(separator: ", ")
            return strings("cert.noFonts", ["folders": folders])
        }
    }

    /// "Łukasz Wójcik" → "lukasz-wojcik", "Анна Петрова" → "anna-petrova":
    /// safe in any file system. Other scripts are spelt in Latin letters first.
    static func slug(_ name: String) -> String {
        let folded = (name.applyingTransform(.toLatin, reverse: false) ?? name).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
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
