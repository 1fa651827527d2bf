import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// The four staff of issue 14 §3, and `org link` / `org unlink`.
@Suite("Organisation links")
struct OrganisationLinkTests {
    static let roster = "Naam;Afdeling\nȘtefan Popescu;Receptie\nBakker, Marieke;Housekeeping\nJan de Vries;Keuken\nÖzlem Yılmaz;Housekeeping\nPiet Klaassen;Bar\n"

    /// A hotel with the roster above; the learners pass its module as they typed themselves.
    static func hotel(_ learners: [(String, String?)]) throws -> (DataFolder, [String]) {
        let data = DataFolder()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv")
        try roster.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let d = ["--data", data.path, "--lang", "en"]
        #expect(Run.signaal(["org", "create", "Hotel De Duinen", "--location", "Zandvoort"] + d).code == .ok)
        #expect(Run.signaal(["org", "import-roster", "hotel-de-duinen", file.path] + d).code == .ok)
        for (name, organisation) in learners {
            let train = Run.signaal(["train", "no-room-hotel", "--learner", name, "--plain"] + (organisation.map { ["--organisation", $0] } ?? []) + d,
                                    input: PlainAnswers.passing("no-room-hotel", learner: name))
            #expect(train.out.contains("Passed"), "\(name)")
        }
        return (data, d)
    }

    @Test("accents, \"Last, First\" and name-and-place count; an empty organisation is listed as unmatched in text, json and csv")
    func fourStaff() throws {
        let (data, d) = try Self.hotel([("Stefan Popescu", "Hotel De Duinen"), ("Marieke Bakker", "hotel de duinen"),
                                        ("Jan de Vries", nil), ("Özlem Yılmaz", "Hotel De Duinen Zandvoort")])
        _ = data
        let json = Run.json(Run.signaal(["org", "status", "hotel-de-duinen", "--format", "json"] + d).out)
        #expect(json["completed"] as? Int == 3)
        let unmatched = try #require(json["unmatched"] as? [[String: Any]])
        #expect(unmatched.count == 1)
        #expect(unmatched.first?["learner"] as? String == "Jan de Vries")
        #expect(unmatched.first?["likely"] as? [String] == ["Jan de Vries"])
        let text = Run.signaal(["org", "status", "hotel-de-duinen"] + d).out
        #expect(text.contains("Completed, but counted for nobody on the roster (1):"))
        #expect(text.contains("Jan de Vries · no organisation · likely: Jan de Vries"))
        #expect(text.contains("signaal org link hotel-de-duinen"))
        let csv = Run.signaal(["org", "status", "hotel-de-duinen", "--format", "csv"] + d).out
        #expect(csv.contains("Jan de Vries;;;;yes, but not on the roster — likely: Jan de Vries;"))

        let link = Run.signaal(["org", "link", "hotel-de-duinen", "Jan de Vries", "jan de vries"] + d)
        #expect(link.code == .ok, "\(link.err)")
        let linked = Run.json(Run.signaal(["org", "status", "hotel-de-duinen", "--format", "json"] + d).out)
        #expect(linked["completed"] as? Int == 4)
        #expect((linked["unmatched"] as? [Any])?.isEmpty == true)

        #expect(Run.signaal(["org", "unlink", "hotel-de-duinen", "Jan de Vries"] + d).code == .ok)
        #expect(Run.json(Run.signaal(["org", "status", "hotel-de-duinen", "--format", "json"] + d).out)["completed"] as? Int == 3)
        let again = Run.signaal(["org", "unlink", "hotel-de-duinen", "Jan de Vries"] + d)
        #expect(again.code == .failure)
        #expect(again.err.contains("is not linked"))
    }

    @Test("a near name is offered, not counted; linking to a name not on the roster is refused")
    func nearName() throws {
        let (data, d) = try Self.hotel([("Piet Klaasen", "Hotel De Duinen")])
        _ = data
        let status = Run.json(Run.signaal(["org", "status", "hotel-de-duinen", "--format", "json"] + d).out)
        #expect(status["completed"] as? Int == 0)
        #expect((status["unmatched"] as? [[String: Any]])?.first?["likely"] as? [String] == ["Piet Klaassen"])
        let wrong = Run.signaal(["org", "link", "hotel-de-duinen", "Piet Klaasen", "Piet Nobody"] + d)
        #expect(wrong.code == .failure)
        let nobody = Run.signaal(["org", "link", "hotel-de-duinen", "Nobody", "Piet Klaassen"] + d)
        #expect(nobody.code == .failure)
        #expect(nobody.err.contains("Nobody has trained"))
        #expect(Run.signaal(["org", "link", "hotel-de-duinen", "Piet Klaasen", "Piet Klaassen"] + d).code == .ok)
        #expect(Run.json(Run.signaal(["org", "status", "hotel-de-duinen", "--format", "json"] + d).out)["completed"] as? Int == 1)
    }

    @Test("\"X\" without an organisation and \"X\" with one both get their certificate (issue 8 §5)")
    func sameNameBothCertified() throws {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        for organisation in [nil, "Hotel Zee"] as [String?] {
            let train = Run.signaal(["train", "no-room-hotel", "--learner", "X", "--plain"] + (organisation.map { ["--organisation", $0] } ?? []) + d,
                                    input: PlainAnswers.passing("no-room-hotel", learner: "X"))
            #expect(train.out.contains("Passed"))
        }
        let ambiguous = Run.signaal(["certificate", "--learner", "X", "--module", "no-room-hotel", "--format", "txt", "--out", data.path + "/a.txt"] + d)
        #expect(ambiguous.code == .usage)
        #expect(ambiguous.err.contains("--organisation \"\""))
        let none = Run.signaal(["certificate", "--learner", "X", "--organisation", "", "--module", "no-room-hotel", "--format", "txt", "--out", data.path + "/none.txt"] + d)
        #expect(none.code == .ok, "\(none.err)")
        let hotel = Run.signaal(["certificate", "--learner", "X", "--organisation", "hotel zee", "--module", "no-room-hotel", "--format", "txt", "--out", data.path + "/zee.txt"] + d)
        #expect(hotel.code == .ok, "\(hotel.err)")
        #expect(try String(contentsOfFile: data.path + "/zee.txt", encoding: .utf8).contains("Hotel Zee"))
    }

    @Test("train --plain without --organisation carries on the one record with that name; with several it asks for one")
    func plainFindsRecord() throws {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        _ = Run.signaal(["train", "no-room-hotel", "--learner", "Zoe", "--organisation", "Hotel Zee", "--plain"] + d, input: ["", "q"])
        let again = Run.signaal(["train", "no-room-hotel", "--learner", "zoe", "--plain"] + d, input: ["q"])
        #expect(again.out.contains("You carry on as Zoe · Hotel Zee."))
        #expect(again.out.contains("You carry on where you left off"))
        #expect(try TrainingRecordsFile.store(in: URL(fileURLWithPath: data.path)).read().0.learners.count == 1)
        _ = Run.signaal(["train", "no-room-hotel", "--learner", "Zoe", "--organisation", "Hotel Zon", "--plain"] + d, input: ["q"])
        let which = Run.signaal(["train", "no-room-hotel", "--learner", "Zoe", "--plain"] + d, input: ["q"])
        #expect(which.code == .usage)
        #expect(which.err.contains("\"Hotel Zee\", \"Hotel Zon\""))
    }

    @Test("of two learners with one name, the one who completed the module gets the certificate without --organisation")
    func onlyCompleterMeant() {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        _ = Run.signaal(["train", "no-room-hotel", "--learner", "Y", "--plain"] + d, input: ["q"])
        _ = Run.signaal(["train", "no-room-hotel", "--learner", "Y", "--organisation", "Hotel Zee", "--plain"] + d,
                        input: PlainAnswers.passing("no-room-hotel", learner: "Y"))
        let certificate = Run.signaal(["certificate", "--learner", "Y", "--module", "no-room-hotel", "--format", "txt", "--out", data.path + "/y.txt"] + d)
        #expect(certificate.code == .ok, "\(certificate.err)")
    }
}
