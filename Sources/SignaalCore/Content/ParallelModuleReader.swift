import Foundation
import Synchronization

/// What reading the module files gave: every id read, the models if kept,
/// and what `validate` reports about each module.
struct ModuleReadout {
    var ids: [String] = []
    var kept: [TrainingModule] = []
    var warnings: [AnswerPositionWarning] = []
    var languages: Set<String> = []
}

extension LoadSession.Mode {
    var keepsModules: Bool {
        if case .validate = self { return false }
        return true
    }
}

extension LoadSession {
    /// Reads the module files two or more at a time: they are independent,
    /// and what other files say about them (ids) is resolved afterwards from
    /// the ids returned. Problems and references come out in file order, as
    /// a read one by one gives them. With `keep` false each model is dropped
    /// once checked, so at most one module per core is in memory.
    func readModules(_ files: [String], keep: Bool) -> ModuleReadout {
        let outcomes = Mutex<[ModuleOutcome?]>(Array(repeating: nil, count: files.count))
        let root = self.root, displayRoot = self.displayRoot, given = self.given
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let session = LoadSession(root: root, displayRoot: displayRoot)
            session.given = given
            let module = session.readModule("\(ContentLoader.moduleFolder)/\(files[index])")
            let outcome = ModuleOutcome(
                id: module?.id, module: keep ? module : nil, problems: session.log.problems,
                references: session.references, fileCount: session.fileCount,
                warnings: module.map { AnswerPositionCheck.warnings([$0]) } ?? [], languages: module?.languages ?? [])
            outcomes.withLock { $0[index] = outcome }
        }
        var readout = ModuleReadout()
        for outcome in outcomes.withLock({ $0 }) {
            guard let outcome else { continue }
            log.append(outcome.problems)
            references.merge(outcome.references)
            fileCount += outcome.fileCount
            readout.warnings += outcome.warnings
            readout.languages.formUnion(outcome.languages)
            if let id = outcome.id { readout.ids.append(id) }
            if let module = outcome.module { readout.kept.append(module) }
        }
        return readout
    }
}

/// What reading one module file gave, on whichever thread read it.
private struct ModuleOutcome: Sendable {
    let id: String?
    let module: TrainingModule?
    let problems: [ContentProblem]
    let references: ReferenceTable
    let fileCount: Int
    let warnings: [AnswerPositionWarning]
    let languages: [String]
}
