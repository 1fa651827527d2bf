import Foundation
import SignaalCore

/// `signaal org link` and `org unlink`: a manager decides that a completion
/// under a name not on the roster belongs to a roster row, or undoes that.
extension OrganisationCommands {
    /// An unmatched completion in `org status --format json`.
    struct UnmatchedJSON: Encodable {
        let learner: String
        let organisation: String?
        let completed: String
        let likely: [String]

        init(_ entry: UnmatchedCompletion) {
            learner = entry.learnerName
            organisation = entry.learnerOrganisation
            completed = DateText.internet(entry.completed)
            likely = entry.candidates.map(\.name)
        }
    }

    func link(_ name: String, learner: String, staffName: String, _ store: any RecordKeeper) throws -> ExitCode {
        guard let organisation = try find(name, store) else { return .failure }
        let result = try store.link(organisationID: organisation.id, learner: learner, staffName: staffName, now: Date())
        switch result {
        case .success(let link):
            console.out(t("org.linked", ["learner": learner, "quotedLearner": ShellWord.quoted(learner), "staff": link.staffName, "id": organisation.id]) + "\n")
            return .ok
        case .failure(let problem):
            console.err(message(problem, learner: learner, staffName: staffName) + "\n")
            return .failure
        }
    }

    func unlink(_ name: String, learner: String, _ store: any RecordKeeper) throws -> ExitCode {
        guard let organisation = try find(name, store) else { return .failure }
        let outcome = try store.unlink(organisationID: organisation.id, learner: learner, now: Date())
        switch outcome {
        case .success(let link):
            console.out(t("org.unlinked", ["learner": learner, "staff": link.staffName]) + "\n")
            return .ok
        case .failure(let problem):
            console.err(message(problem, learner: learner, staffName: "") + "\n")
            return .failure
        }
    }

    func message(_ problem: LinkProblem, learner: String, staffName: String) -> String {
        switch problem {
        case .noOrganisation: return t("org.unknown", ["name": "", "known": "-"])
        case .noLearner: return t("org.learnerNotFound", ["name": learner])
        case .ambiguousLearner(let organisations):
            return t("org.learnerAmbiguous", ["name": learner, "organisations": organisations.map { $0.isEmpty ? t("org.noOrganisation") : $0 }.joined(separator: ", ")])
        case .noStaff: return t("org.staffNotFound", ["name": staffName])
        case .notLinked: return t("org.notLinked", ["name": learner])
        }
    }
}
