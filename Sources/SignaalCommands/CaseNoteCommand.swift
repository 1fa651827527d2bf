import Foundation
import SignaalCore

/// `signaal assess … --format markdown|pdf|txt [--case REF] [--out FILE]`:
/// the result as a case note for scripts. Markdown and text go to standard
/// output unless `--out` names a file; a PDF is always written to a file
/// (0600), by default a new one in the working folder.
struct CaseNoteCommand: Speaks {
    let content: ContentBundle
    let language: Language
    let console: Console
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var now = Date()

    func write(result: AssessmentResult, steps: [ReferralStep], checklist: Checklist, role: Role?,
               format: CaseNoteFormat, arguments: Arguments) -> ExitCode {
        var reference: String?
        switch CaseReference.validate(arguments.value("case") ?? "") {
        case .success(let valid): reference = valid
        case .failure(let problem):
            console.err("signaal assess: --case: \(t(problem.key))\n")
            return .usage
        }
        let note = CaseNote(created: now, appVersion: signaalVersion, checklist: checklist, role: role, reference: reference,
                            result: result, steps: steps, progress: nil)
        let files = CaseNoteFiles(content: content, language: language)
        do throws(CaseNoteFiles.Failure) {
            let data = try files.render(note, as: format)
            if let out = arguments.value("out") {
                try CaseNoteFiles.replace(data, at: out)
                console.out(t("casenote.saved", ["paths": out]) + "\n")
            } else if format == .pdf {
                let path = try CaseNoteFiles.create(data, in: folder, name: files.fileName(note, format: format))
                console.out(t("casenote.saved", ["paths": path]) + "\n")
            } else {
                console.out(String(decoding: data, as: UTF8.self))
            }
            return .ok
        } catch {
            console.err("signaal assess: \(t("casenote.failed", ["reason": caseNoteFailure(error)]))\n")
            return .failure
        }
    }
}
