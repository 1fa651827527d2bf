import Testing
@testable import SignaalCore
import SignaalTestSupport

/// Which steps each role, age and level gets, in which order.
@Suite("Referral")
struct ReferralTests {
    let content = ShippedContent.bundle
    var planner: ReferralPlanner { ReferralPlanner(steps: content.steps, model: content.scoring) }

    func level(_ id: String) -> RiskLevel {
        content.scoring.level(id) ?? RiskLevel(id: id, rank: -1, label: .same(id), meaning: .same(""))
    }

    func plan(_ levelID: String, form: ExploitationForm = .criminal, age: AgeGroup = .minor, role: String = "teacher", acute: Bool = false) -> [String] {
        planner.plan(for: .init(level: level(levelID), form: form, age: age, role: role, acute: acute)).map(\.id)
    }

    @Test("acute danger: 112 comes first, for every role", arguments: ["teacher", "youth-worker", "hotel-staff", "manager", ""])
    func acuteFirst(role: String) {
        let steps = plan("acute", role: role, acute: true)
        #expect(steps.first == "call-112")
        let call = content.steps.first { $0.id == "call-112" }
        #expect(call?.contacts.compactMap { content.contact($0)?.phone }.contains("112") == true)
    }

    @Test("a signal marked urgentForMinor puts 112 first for a minor or an unknown age, not for an adult")
    func urgentForMinor() {
        for age in [AgeGroup.minor, .unknown] {
            let steps = planner.plan(for: .init(level: level("serious"), form: .sexual, age: age, role: "hotel-staff", acute: false, urgentSignal: true))
            #expect(steps.first?.id == "call-112", "\(age)")
        }
        let adult = planner.plan(for: .init(level: level("serious"), form: .sexual, age: .adult, role: "hotel-staff", acute: false, urgentSignal: true))
        #expect(!adult.map(\.id).contains("call-112"))
        let notUrgent = planner.plan(for: .init(level: level("serious"), form: .sexual, age: .minor, role: "hotel-staff", acute: false))
        #expect(!notUrgent.map(\.id).contains("call-112"))
    }

    @Test("no indication: keep watching, no meldcode or report")
    func noIndication() {
        let steps = plan("none")
        #expect(steps.contains("keep-watching"))
        #expect(!steps.contains { $0.hasPrefix("meldcode") })
        #expect(!steps.contains("police-avim"))
        #expect(!steps.contains("call-112"))
    }

    @Test("teachers and youth workers follow the five meldcode steps in order", arguments: ["teacher", "youth-worker"])
    func meldcodeOrder(role: String) {
        let steps = plan("attention", role: role)
        let meldcode = steps.filter { $0.hasPrefix("meldcode") }
        #expect(meldcode == ["meldcode-map", "meldcode-consult", "meldcode-talk", "meldcode-weigh", "meldcode-decide"])
        // The afwegingskader's five questions: 1-2 weigh (step 4), 3-5 decide (step 5).
        let weigh = content.steps.first { $0.id == "meldcode-weigh" }
        let decide = content.steps.first { $0.id == "meldcode-decide" }
        #expect(weigh?.questions.count == 2)
        #expect(decide?.questions.count == 3)
        #expect(content.steps.filter { $0.id.hasPrefix("meldcode") }.allSatisfy { $0.label != nil }, "meldcode steps carry their label")
    }

    @Test("hotel staff get the hotel steps, not the meldcode", arguments: ["hotel-staff", "manager"])
    func hotelSteps(role: String) {
        let steps = plan("attention", role: role)
        #expect(steps.contains("hotel-no-confront"))
        #expect(steps.contains("hotel-inform-manager"))
        #expect(!steps.contains { $0.hasPrefix("meldcode") })
    }

    @Test("minors and unknown ages: Veilig Thuis; adults: not")
    func veiligThuisForMinors() {
        #expect(plan("attention", age: .minor).contains("veilig-thuis-minor"))
        #expect(plan("attention", age: .unknown).contains("veilig-thuis-minor"))
        #expect(!plan("attention", age: .adult).contains("veilig-thuis-minor"))
        let phone = content.contact("veilig-thuis")?.phone
        #expect(phone == "0800-2000")
    }

    @Test("criminal exploitation at serious concern: police (AVIM), anonymous reporting, Keerpunt")
    func criminalSerious() {
        let steps = plan("serious")
        for id in ["police-avim", "meld-misdaad-anoniem", "keerpunt", "comensha-advice"] {
            #expect(steps.contains(id), "missing \(id)")
        }
        #expect(content.contact("police")?.phone == "0900-8844")
        #expect(content.contact("meld-misdaad-anoniem")?.phone == "0800-7000")
        #expect(content.contact("police")?.purpose(.english).contains("AVIM") == true)
    }

    @Test("attention alone does not yet send to the police")
    func attentionNoPolice() {
        #expect(!plan("attention").contains("police-avim"))
    }

    @Test("the form decides the specialised help")
    func formSpecificHelp() {
        #expect(plan("attention", form: .sexual).contains("fier-chat"))
        // Hotel staff get one rule: a discreet check only with an adult alone, not "point the victim to a chat".
        #expect(!plan("attention", form: .sexual, role: "hotel-staff").contains("fier-chat"))
        #expect(plan("attention", form: .sexual, age: .adult, role: "hotel-staff").contains("hotel-discreet-check"))
        #expect(!plan("attention", form: .sexual, age: .minor, role: "hotel-staff").contains("hotel-discreet-check"))
        #expect(!plan("attention", form: .sexual).contains("keerpunt"))
        #expect(plan("attention", form: .labour).contains("arbeidsinspectie"))
        #expect(plan("attention", form: .criminal).contains("keerpunt"))
    }

    @Test("steps come in the content's order")
    func ordered() {
        let orders = planner.plan(for: .init(level: level("acute"), form: .criminal, age: .minor, role: "teacher", acute: true)).map(\.order)
        #expect(orders == orders.sorted())
    }
}
