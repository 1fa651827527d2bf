import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

@Suite("Certificate wording")
struct CertificateWordingTests {
    static let issued = Date(timeIntervalSince1970: 1_741_944_600)

    static func participant() -> IssuedCertificate {
        IssuedCertificate(code: "ABCD234EFG", kind: .participant, issuedOn: issued, moduleID: "buit-professional", recipient: "Zoë Brontë",
                          learnerID: "l1", organisation: "Jeugdhuis West", scorePercent: 85, staffCompleted: nil, staffRostered: nil, thresholdPercent: nil)
    }

    @Test("the training is named once: in the statement, not again in the details", arguments: [Language.dutch, .english])
    func trainingOnce(language: Language) throws {
        let text = CertificateWording(content: ShippedContent.bundle, language: language).text(for: Self.participant())
        let title = try #require(ShippedContent.bundle.module("buit-professional")).title(language)
        let everything = [text.statement] + text.details.map(\.value) + text.details.map(\.label)
        #expect(everything.filter { $0.contains(title) }.count == 1, "\(everything)")
        #expect(text.statement.contains("85%"))
        #expect(!text.details.contains { $0.value == "85%" }, "the score is in the statement")
    }

    @Test("the audience reads as who it is for, not 'Doelgroep: voor …'")
    func audience() throws {
        let text = CertificateWording(content: ShippedContent.bundle, language: .dutch).text(for: Self.participant())
        let audience = try #require(text.details.first)
        #expect(audience.label == "Bedoeld voor")
        #expect(audience.value == "professionals die met jongeren werken")
    }

    @Test("an organisation certificate carries the organisation's place, issued again when the place changes")
    func place() throws {
        let module = try #require(ShippedContent.bundle.module("no-room-hotel"))
        var fixture = OrganisationFixture(moduleID: module.id, staff: ["Anna", "Bram"])
        fixture.organisation.location = "Zandvoort"
        fixture.learner("Anna", completed: Self.issued)
        fixture.learner("Bram", completed: Self.issued)
        var records = fixture.records
        var organisation = fixture.organisation
        let status = fixture.status()
        var codes = ["CODEAAAAAA", "CODEBBBBBB"].makeIterator()
        let first = try #require(records.organisationCertificate(for: organisation, status: status, module: module, now: Self.issued) { codes.next()! })
        #expect(first.location == "Zandvoort")
        let text = CertificateWording(content: ShippedContent.bundle, language: .dutch).text(for: first)
        #expect(text.details.contains { $0.label == "Plaats" && $0.value == "Zandvoort" })
        organisation.location = "Bloemendaal"
        let second = try #require(records.organisationCertificate(for: organisation, status: status, module: module, now: Self.issued) { codes.next()! })
        #expect(second.code == "CODEBBBBBB" && second.location == "Bloemendaal")
    }

    @Test("a learner who trained in Polish gets an English certificate, not a mix")
    func polishLearner() throws {
        let certificate = IssuedCertificate(code: "ABCD234EFG", kind: .participant, issuedOn: Self.issued, moduleID: "no-room-hotel",
                                            recipient: "Анна Петрова", learnerID: "l1", organisation: nil, scorePercent: 90,
                                            staffCompleted: nil, staffRostered: nil, thresholdPercent: nil)
        let text = CertificateWording(content: ShippedContent.bundle, language: Language("pl")).text(for: certificate)
        let title = try #require(ShippedContent.bundle.module("no-room-hotel")).title(.english)
        #expect(text.statement.hasPrefix("has completed the training “\(title)”"))
        #expect(text.heading == "Certificate")
    }
}
