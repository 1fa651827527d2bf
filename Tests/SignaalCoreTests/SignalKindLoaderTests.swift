import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// The signal schema: every signal has a kind; `urgentForMinor` is optional.
@Suite("Content loader: signal kinds")
struct SignalKindLoaderTests {
    let file = "checklists/test-checklist.json"

    @Test func kindAndUrgencyAreRead() throws {
        let content = try ContentCopy()
        try content.replace(#""kind": "control","#, with: #""kind": "control",\#n      "urgentForMinor": true,"#, in: file)
        let bundle = try #require(content.load().bundle, "\(listing(content.load().problems))")
        let checklist = try #require(bundle.checklist("test-checklist"))
        #expect(checklist.signal("tc-debt")?.kind == .control)
        #expect(checklist.signal("tc-debt")?.urgentForMinor == true)
        #expect(checklist.signal("tc-unexplained-money")?.kind == .money)
        #expect(checklist.signal("tc-unexplained-money")?.urgentForMinor == false)
    }

    @Test func unknownKindIsReportedOnItsLineWithTheKnownKinds() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""kind": "money","#, with: #""kind": "cash","#, in: file)
        expectOnlyProblem(content.load(), in: file, line: line,
                          #""kind" is "cash"; expected one of "control", "recruitment", "money", "behaviour", "context", "vulnerability""#)
    }

    @Test func missingKindIsReportedAtTheSignal() throws {
        let content = try ContentCopy()
        let signalLine = try content.line(of: #""id": "tc-debt""#, in: file) - 1
        try content.replace("      \"kind\": \"control\",\n", with: "", in: file)
        expectOnlyProblem(content.load(), in: file, line: signalLine, #"missing required field "kind""#)
    }

    @Test func urgentForMinorMustBeABoolean() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""kind": "control","#, with: #""kind": "control", "urgentForMinor": "yes","#, in: file)
        expectOnlyProblem(content.load(), in: file, line: line, #""urgentForMinor" must be true or false, found string"#)
    }

    @Test func aStepRuleWithUrgentForMinorFalseIsAProblem() throws {
        let content = try ContentCopy()
        let line = try content.replace(#""acute": true"#, with: #""acute": true, "urgentForMinor": false"#, in: "referral/steps.json")
        expectOnlyProblem(content.load(), in: "referral/steps.json", line: line, #""urgentForMinor" can only be true"#)
    }

    @Test func shippedChecklistsGiveEverySignalAKind() {
        for checklist in ShippedContent.bundle.checklists {
            // The reader refuses a signal without a kind; this checks the
            // shipped lists also use more than one kind, as intended.
            #expect(Set(checklist.signals.map(\.kind)).count >= 3, "\(checklist.id)")
        }
        let urgent = ShippedContent.bundle.checklists.flatMap(\.signals).filter(\.urgentForMinor).map(\.id)
        #expect(urgent.contains("hs-minor-visitors"))
    }
}
