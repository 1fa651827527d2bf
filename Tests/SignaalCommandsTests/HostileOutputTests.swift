import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// A records file edited by hand to attack whoever reads Signaal's output:
/// every command that prints from it shows the bytes escaped, never raw.
@Suite("Hostile output")
struct HostileOutputTests {
    /// Retitles the terminal, clears it, turns the text around, and a C1 CSI.
    static let evil = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\u{9B}31m\u{200B}x"

    /// What must never be in output: any unsafe character but a line break
    /// (and the CR of a CSV's CRLF, and its leading byte order mark).
    static func rawUnsafe(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index in
            let scalar = scalars[index]
            if scalar == "\n" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") { return nil }
            if scalar == "\u{FEFF}" && index == 0 { return nil }  // the CSV's byte order mark, for Excel
            return SafeText.isUnsafe(scalar) ? "U+" + SafeText.hex4(scalar.value) : nil
        }
    }

    /// A data folder whose records name an organisation, its staff, a learner
    /// and a certificate with `evil` in every text.
    static func hostileRecords() throws -> DataFolder {
        let data = DataFolder()
        let store = TrainingRecordsFile.store(in: URL(fileURLWithPath: data.path))
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        _ = try store.update { records in
            let staff = [StaffMember(name: evil, department: evil, email: "a@b.nl", added: now)]
            records.organisations.append(Organisation(id: "../../escape", name: evil, location: evil, created: now, staff: staff))
            records.certificates.append(IssuedCertificate(
                code: "ABCDEFGHJK", kind: .participant, issuedOn: now, moduleID: "no-room-hotel", recipient: evil,
                learnerID: nil, organisation: evil, scorePercent: 90, staffCompleted: nil, staffRostered: nil, thresholdPercent: nil))
        }
        return data
    }

    @Test("verify, org list and org status (text, csv, json) print no raw control or direction character")
    func commandsEscape() throws {
        let data = try Self.hostileRecords()
        let d = ["--data", data.path, "--lang", "en"]
        let runs = [
            Run.signaal(["verify", "ABCDEFGHJK"] + d),
            Run.signaal(["org", "list"] + d),
            Run.signaal(["org", "status", "../../escape"] + d),
            Run.signaal(["org", "status", "../../escape", "--format", "csv"] + d),
            Run.signaal(["org", "status", "../../escape", "--format", "json"] + d),
            Run.signaal(["org", "status", "nope"] + d),
        ]
        for run in runs {
            #expect(Self.rawUnsafe(in: run.out + run.err).isEmpty, "\(run.out)\(run.err)")
        }
        #expect(runs[0].code == .ok)
        #expect(runs[0].out.contains("Evil\\u001B]0;pwned\\u0007"), "shown escaped: \(runs[0].out)")
        #expect(runs[1].out.contains("\\u202E"))
        // JSON escapes read back as the original text.
        let json = Run.json(runs[4].out)
        #expect(json["organisation"] as? String == Self.evil)
    }

    @Test("the text and PDF certificates carry the name escaped")
    func certificates() throws {
        let text = CertificateText(heading: "Certificate", subheading: "of completion", presentedTo: "presented to",
                                   recipient: Self.evil, statement: "completed", details: [("Organisation", Self.evil)],
                                   codeLabel: "Code", code: "ABCDEFGHJK", verifyHint: "signaal verify", disclaimer: "", issuer: "Signaal")
        let plain = CertificatePlainText.render(text)
        #expect(Self.rawUnsafe(in: plain).isEmpty, "\(plain)")
        #expect(plain.contains("\\u202E"))
        let fonts = try CertificateFonts.load(from: [URL(fileURLWithPath: Run.content).appendingPathComponent("fonts")])
        let pdf = CertificatePDF.render(text, fonts: fonts)
        // The embedded font is binary; what matters is the text the PDF holds.
        if CertificatePrintTests.popplerInstalled {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-evil-\(UUID().uuidString).pdf")
            defer { try? FileManager.default.removeItem(at: file) }
            try pdf.write(to: file)
            let shown = try CertificatePrintTests.pdftotext(file.path)
            #expect(!shown.contains("\u{1B}") && !shown.contains("\u{202E}"), "\(shown)")
        }
        // A 100,000-character name put in the records by hand is cut, not laid out for minutes.
        var long = text
        long.recipient = String(repeating: "W", count: 100_000)
        #expect(long.safeForOutput.recipient.count == CertificateText.maximumRecordText + 1)
        #expect(CertificatePlainText.render(long).contains("W…"))
        #expect(!CertificatePDF.render(long, fonts: fonts).isEmpty)
    }

    @Test("the CSV export's file name is a slug of the id, whatever the records say")
    func exportName() {
        #expect(CSVExport.fileName(organisationID: "../../x", stem: "voortgang") == "x-voortgang.csv")
        #expect(CSVExport.fileName(organisationID: "/etc/passwd", stem: "../p") == "etc-passwd-p.csv")
        #expect(CSVExport.fileName(organisationID: "hotel-de-zeemeeuw", stem: "progress") == "hotel-de-zeemeeuw-progress.csv")
    }

    @Test("organisation names follow the rules for names, and the message says which rule")
    func organisationNames() {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        let bidi = Run.signaal(["org", "create", "Hotel \u{202E}X"] + d)
        #expect(bidi.code == .usage)
        #expect(bidi.err.contains("organisation's name holds U+202E"), "\(bidi.err)")
        let long = Run.signaal(["org", "create", String(repeating: "x", count: 100_000)] + d)
        #expect(long.err.contains("too long: 100000 characters, 200 at most"), "\(long.err)")
        let escape = Run.signaal(["train", "no-room-hotel", "--learner", "Zoë", "--organisation", Self.evil, "--plain"] + d, input: ["q"])
        #expect(escape.code == .usage)
        #expect(escape.err.contains("holds U+001B"), "\(escape.err)")
        let dutch = Run.signaal(["train", "no-room-hotel", "--learner", "", "--plain", "--data", data.path, "--lang", "nl"])
        #expect(dutch.err.contains("De naam is leeg"), "\(dutch.err)")
        let place = Run.signaal(["org", "create", "Hotel", "--location", "A\u{7}"] + d)
        #expect(place.err.contains("The location holds U+0007"), "\(place.err)")
        #expect(Run.signaal(["org", "list"] + d).out.contains("no organisations"), "nothing was created")
    }

    @Test("an unwritable --out says which file and why, in the user's language")
    func unwritableOut() {
        let data = DataFolder()
        let d = ["--data", data.path]
        let train = Run.signaal(["train", "buit-professional", "--learner", "Zoë", "--plain"] + d, input: PlainAnswers.passing("buit-professional", learner: "Zoë"))
        #expect(train.code == .ok)
        let missing = "/nonexistent-\(UUID().uuidString)/x.pdf"
        let english = Run.signaal(["certificate", "--learner", "Zoë", "--module", "buit-professional", "--out", missing, "--format", "pdf", "--lang", "en"] + d)
        #expect(english.code == .failure)
        #expect(english.err.contains("Could not write \(missing): that folder does not exist"), "\(english.err)")
        #expect(!english.err.contains("NSCocoaErrorDomain"))
        let folder = Run.signaal(["certificate", "--learner", "Zoë", "--module", "buit-professional", "--out", data.path, "--format", "txt", "--lang", "nl"] + d)
        #expect(folder.err.contains("Kan \(data.path) niet schrijven: dat is een map"), "\(folder.err)")
    }
}
