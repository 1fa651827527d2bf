import Foundation

/// One reader per content file, shared by the full load, the start's
/// catalogue read on first use, and the fuzzer's one-file check.
extension LoadSession {
    func readSources() -> [Source]? { read("sources.json") { SourcesReader.read(&$0) } }

    func readScoring() -> ScoringModel? { read("scoring.json") { ScoringReader.read(&$0, references: &references) } }

    func readContacts() -> [Contact]? {
        read("referral/directory.json") { ReferralReader.contacts(&$0, references: &references) }
    }

    func readSteps() -> [ReferralStep]? { read("referral/steps.json") { ReferralReader.steps(&$0, references: &references) } }

    func readCertification() -> CertificationRules? {
        read("certification.json") { CertificationReader.read(&$0, references: &references) }
    }

    /// The meldcode, when its optional file is there.
    func readReportingCode(steps: [ReferralStep]?) -> ReportingCode? {
        guard exists(ReportingCodeReader.fileName) else { return nil }
        return read(ReportingCodeReader.fileName) { ReportingCodeReader.read(&$0, steps: steps, references: &references) }
    }

    func readChecklist(_ relative: String) -> Checklist? {
        read(relative) { ChecklistReader.read(&$0, references: &references) }
    }

    func readModule(_ relative: String) -> TrainingModule? {
        read(relative) { ModuleReader.read(&$0, references: &references) }
    }

    /// The checklists folder's listing (nil: there but unreadable) and the
    /// checklists that could be read.
    func readChecklists() -> (listing: [String]?, checklists: [Checklist]) {
        let listing = jsonFiles(in: ContentLoader.checklistFolder)
        return (listing, (listing ?? []).compactMap { readChecklist("\(ContentLoader.checklistFolder)/\($0)") })
    }

    /// Everything the catalogue holds, read without the checks across files
    /// (a full load made them): for content found valid as it is now. nil
    /// when any file has a problem.
    func readCatalogue() -> ContentCatalogue.Parts? {
        let sources = readSources(), contacts = readContacts(), steps = readSteps()
        let reportingCode = readReportingCode(steps: steps)
        let (_, checklists) = readChecklists()
        let modules = readModules(jsonFiles(in: ContentLoader.moduleFolder) ?? [], keep: true)
        guard log.isEmpty, let sources, let contacts, let steps else { return nil }
        return ContentCatalogue.Parts(sources: sources, contacts: contacts, steps: steps, reportingCode: reportingCode,
                                      checklists: checklists, modules: modules.kept)
    }

    /// The bundle of a start from valid content: the interface's words and
    /// the roles (read by `run`), the small scoring and certification rules
    /// read now; the catalogue on first use.
    func startResult(strings: InterfaceStrings?, roles: [Role]?, onFirstUse: @escaping @Sendable () -> ContentCatalogue.Parts) -> ContentLoadResult {
        let scoring = readScoring()
        let certification = readCertification()
        guard log.isEmpty, let strings, let roles, let scoring, let certification else {
            return ContentLoadResult(bundle: nil, problems: log.problems, fileCount: fileCount)
        }
        var bundle = ContentBundle(strings: strings, roles: roles, scoring: scoring, certification: certification,
                                   catalogue: ContentCatalogue(onFirstUse: onFirstUse))
        bundle.folder = root
        return ContentLoadResult(bundle: bundle, problems: [], fileCount: fileCount)
    }

    /// For `validate`'s bundle: the modules, read again.
    func moduleRereader() -> @Sendable () -> [TrainingModule] {
        let root = self.root, displayRoot = self.displayRoot
        return {
            let session = LoadSession(root: root, displayRoot: displayRoot)
            return session.readModules(session.jsonFiles(in: ContentLoader.moduleFolder) ?? [], keep: true).kept
        }
    }
}
