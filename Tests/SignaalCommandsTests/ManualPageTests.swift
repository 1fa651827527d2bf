import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// The manual is made from the help text, and `--version` names the content's version.
@Suite struct ManualPageTests {
    @Test func manualCarriesEveryHelpTopicAsRoff() throws {
        let run = Run.signaal(["manual", "--lang", "en"], environment: ["SOURCE_DATE_EPOCH": "1796083200"])
        #expect(run.code == .ok)
        let lines = run.out.components(separatedBy: "\n")
        #expect(lines.first == #".TH SIGNAAL 1 2026-12-01 "signaal \#(signaalVersion)" "Signaal manual""#)
        #expect(lines.contains("signaal \\- recognise signals of human trafficking and know what you can do."))
        #expect(lines.contains(".SS signaal assess"))
        #expect(lines.contains(".SS signaal validate"))
        // Options stay copyable: a hyphen is \- in roff.
        #expect(run.out.contains(#"\-\-checklist"#))
        // No line may start with a dot that roff would take for a request, but for our own.
        let requests = Set(lines.compactMap { $0.hasPrefix(".") ? String($0.prefix(3)) : nil })
        #expect(requests.isSubset(of: [".TH", ".SH", ".SS", ".nf", ".fi"]))
    }

    @Test func manualInDutch() {
        let run = Run.signaal(["manual", "--lang", "nl"])
        #expect(run.code == .ok)
        #expect(run.out.contains(".SH BESCHRIJVING"))
        #expect(run.out.contains("signaal \\- signalen van mensenhandel herkennen"))
    }

    @Test func roffEscapesRequestsAndBackslashes() {
        #expect(ManualPage.escape(".rm x") == "\\&.rm x")
        #expect(ManualPage.escape("'br") == "\\&'br")
        #expect(ManualPage.escape(#"a\b"#) == #"a\eb"#)
        #expect(ManualPage.escape(#"say "hi""#) == #"say \(dqhi\(dq"#)
    }

    @Test func versionNamesTheContentVersion() throws {
        let run = Run.signaal(["--version"])
        let shipped = try #require(ContentVersion.read(at: URL(fileURLWithPath: Run.content)))
        #expect(run.out == "signaal \(signaalVersion), content \(shipped)\n")
        let bare = Run.signaal(["--version"], withContent: false)
        #expect(bare.code == .ok)
        #expect(bare.out.hasPrefix("signaal \(signaalVersion)"))
    }

    @Test(arguments: [("2026.11.27", true), ("2026.1.5.2", true), ("2026.13.01", false), ("26.11.27", false),
                      ("2026.11", false), ("2026.11.27.", false), ("2026.١١.27", false), ("", false)])
    func versionForm(_ text: String, _ valid: Bool) {
        #expect(ContentVersion.isWellFormed(text) == valid)
    }
}
