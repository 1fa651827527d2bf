import Foundation
import SignaalCore

/// Who is training: from the form's name and organisation to a learner on
/// record, so that completions count for the right roster row (issue 14 §3).
enum LearnerIdentity {
    /// The form was submitted with a valid name.
    static func submit(name: String, _ state: inout AppState) -> [Effect] {
        var form = state.learnerForm
        let typed = form.organisation.trimmingCharacters(in: .whitespaces)
        // A hotel training without an employer cannot count for anyone: ask, once, plainly.
        if typed.isEmpty, !form.askedOrganisation, suggestsHotelTraining(state) {
            form.askedOrganisation = true
            form.field = .organisation
            form.problem = "learner.orgNeeded"
            state.learnerForm = form
            return []
        }
        // "Hotel De Duinen Zandvoort" is Hotel De Duinen: keep its name as on record.
        let known = LearnerFormScreen.known(typed, state)
        // "Hotel de Duine": offer the organisation it is near, once; Enter takes it, or the learner edits it.
        if known == nil, !typed.isEmpty, !form.suggestedOrganisation,
           let near = state.records.organisations.first(where: { OrganisationRelation(typed: typed, organisation: $0) == .near }) {
            form.suggestedOrganisation = true
            form.organisation = near.name
            form.field = .organisation
            form.problem = "learner.orgSuggested"
            state.learnerForm = form
            return []
        }
        let organisation = known?.name ?? (typed.isEmpty ? nil : typed)
        if let known, !known.activeStaff.isEmpty {
            let key = NameKey.of(name)
            if let row = known.activeStaff.first(where: { NameKey.of($0.name) == key }) {
                return open(name: displayName(row.name), organisation: organisation, &state)
            } else {
                var pick = LearnerPick(kind: .roster(organisationID: known.id), name: name, organisation: organisation, filter: name)
                // Nothing like the typed name: show the whole roster rather than an empty list.
                if LearnerPickScreen.choices(pick, state).count == 1 { pick.filter = "" }
                state.current = .learnerPick(pick)
            }
            return []
        }
        return open(name: name, organisation: organisation, &state)
    }

    /// Looks up the learners with this name; `decide` goes on when they come.
    static func open(name: String, organisation: String?, _ state: inout AppState) -> [Effect] {
        guard state.environment.keepsRecords else { return create(name: name, organisation: organisation, &state) }
        return [.findLearners(name: name, organisation: organisation)]
    }

    /// The learner with this name and organisation; or, when the name has
    /// progress only under another or no organisation, the choice of record.
    /// The records hold the learners with this name (`Message.learnersFound`).
    static func decide(name: String, organisation: String?, _ state: inout AppState) -> [Effect] {
        if let existing = state.records.findLearner(named: name, organisation: organisation) {
            return enter(existing, &state)
        }
        // Typed once without accents ("Stefan") and now as on the roster ("Ștefan"): the same record.
        let key = NameKey.of(name), organisationKey = NameKey.of(organisation ?? "")
        let others = state.records.learners.filter { NameKey.of($0.name) == key }
        let same = others.filter { NameKey.of($0.organisation ?? "") == organisationKey }
        if same.count == 1, let existing = same.first {
            return enter(existing, &state)
        }
        if !others.isEmpty {
            state.current = .learnerPick(LearnerPick(kind: .records(others), name: name, organisation: organisation))
            return []
        }
        return create(name: name, organisation: organisation, &state)
    }

    /// A new learner on record; they enter when the records say it is written (`RecordOutcome.learnerCreated`).
    static func create(name: String, organisation: String?, _ state: inout AppState) -> [Effect] {
        guard state.environment.keepsRecords else {
            state.status = .init("learner.noRecords")
            state.current = .learnerForm
            return []
        }
        return [.changeRecords(.createLearner(name: name, organisation: organisation))]
    }

    /// The learner's overview; their work and certificates are read for it.
    static func enter(_ learner: Learner, _ state: inout AppState) -> [Effect] {
        state.learner = learner
        state.homeCursor = state.content.modules.firstIndex { $0.id == state.suggestedModule } ?? 0
        state.current = .learnerHome
        return [.loadLearner(learner)]
    }

    /// "Bakker, Marieke" on a roster is printed as "Marieke Bakker".
    static func displayName(_ rosterName: String) -> String {
        let parts = rosterName.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return rosterName }
        let first = parts[1].trimmingCharacters(in: .whitespaces), last = parts[0].trimmingCharacters(in: .whitespaces)
        return first.isEmpty || last.isEmpty ? rosterName : first + " " + last
    }

    static func suggestsHotelTraining(_ state: AppState) -> Bool {
        state.suggestedModule.flatMap(state.content.module)?.audience == .hotelStaff
    }

    /// A hotel module started by a learner without an organisation, for the
    /// first time: back to the form, asking for the employer. True when asked.
    static func askOrganisation(before module: TrainingModule, _ state: inout AppState) -> Bool {
        guard module.audience == .hotelStaff, let learner = state.learner, learner.organisation == nil,
              !state.learnerForm.askedOrganisation,
              state.records.enrolment(learnerID: learner.id, moduleID: module.id) == nil else { return false }
        state.suggestedModule = module.id
        state.learnerForm = LearnerForm(name: learner.name, organisation: "", field: .organisation, problem: "learner.orgNeeded", askedOrganisation: true)
        state.current = .learnerForm
        return true
    }

    /// "Another learner": the next person at a shared terminal starts with an empty form.
    static func switchLearner(_ state: inout AppState) {
        state.learner = nil
        state.training = nil
        state.learnerForm = LearnerForm()
        state.current = .learnerForm
    }
}
