import Foundation
import SignaalCore
import SignaalUI

/// Performs the full-screen app's effects and answers with messages: the
/// only place where the interface's records are read and written
/// (`RecordEffects`) and its certificates, CSV files, pocket cards and case
/// notes are written. It lives here, where the app is wired to the data
/// folder and the working folder, rather than beside the ncurses loop: the
/// terminal edge stays about the terminal, and tests run this same runner
/// without one. Effects run one at a time, before the next frame.
public struct EffectRunner: Sendable {
    public let content: ContentBundle
    public var services: AppServices

    public init(content: ContentBundle, services: AppServices) {
        self.content = content
        self.services = services
    }

    public func perform(_ effect: Effect) -> [Message] {
        let records = RecordEffects(content: content, services: services)
        switch effect {
        case .quit:
            return []
        case .loadOrganisations(let counted):
            return records.organisations(counted: counted)
        case .loadRoster(let id):
            return records.roster(organisationID: id)
        case .loadOrganisation(let id):
            return records.organisation(id: id)
        case .findLearners(let name, let organisation):
            return records.learners(name: name, organisation: organisation)
        case .loadLearner(let learner):
            return records.learner(learner)
        case .changeRecords(let change):
            return records.change(change)
        case .writeCertificate(let certificate, let moduleID, let language, let warningLanguage):
            guard let module = content.module(moduleID) else { return [.failed(.certificate(moduleID))] }
            switch services.exportCertificate(certificate, module, language) {
            case .success(let paths):
                return [.certificateWritten(paths: paths, code: certificate.code, warning: services.certificateWarning(certificate, warningLanguage))]
            case .failure(let failure):
                return [.failed(.certificate(failure.message))]
            }
        case .exportCSV(let name, let data):
            switch services.writeFile(name, data) {
            case .success(let path): return [.fileExported(path: path)]
            case .failure(let failure): return [.failed(.certificate(failure.message))]
            }
        case .printCard(let cardID, let roleID, let language):
            switch services.printCard(cardID, roleID, language) {
            case .success(let paths): return [.cardPrinted(paths: paths)]
            case .failure(let failure): return [.failed(.card(failure.message))]
            }
        case .saveCaseNote(let note, let language):
            return saveCaseNote(note, language)
        }
    }

    /// Markdown always, PDF when the fonts are there: saved when either was written.
    func saveCaseNote(_ note: CaseNote, _ language: Language) -> [Message] {
        let files = CaseNoteFiles(content: content, language: language)
        var paths: [String] = []
        var failure: String?
        for format in [CaseNoteFormat.markdown, .pdf] {
            do throws(CaseNoteFiles.Failure) {
                let data = try files.render(note, as: format)
                switch services.saveCaseNote(files.fileName(note, format: format), data) {
                case .success(let path): paths.append(path)
                case .failure(let problem): failure = problem.message
                }
            } catch {
                failure = error.description
            }
        }
        return paths.isEmpty ? [.failed(.caseNote(failure ?? "?"))] : [.caseNoteSaved(paths: paths)]
    }
}
