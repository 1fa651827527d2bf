import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// A temporary data folder for the records, removed afterwards.
final class DataFolder {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-data-\(UUID().uuidString)").path
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Answers for `train --plain` that pass: every right option (by the
/// number this learner sees it under), first replies in chats.
enum PlainAnswers {
    static func passing(_ moduleID: String, learner: String, wrong: Bool = false) -> [String] {
        guard let module = ShippedModules.bundle.module(moduleID) else { return [] }
        let order = OptionOrder.learner(learner)
        var input: [String] = []
        for unit in module.units {
            switch unit.content {
            case .lesson(let pages):
                input += Array(repeating: "", count: pages.count)
            case .chat(let chat):
                var node = chat.node(chat.start)
                while let current = node, !current.isEnd {
                    input.append("1")
                    node = chat.node(current.replies[0].next)
                }
                input.append("")
            case .question(let question):
                let shown = order.permutation(module: module, unit: unit)
                let right = shown.indices.filter { question.options[shown[$0]].correct != wrong }.map { "\($0 + 1)" }
                input.append(question.kind.allowsSeveral ? right.joined(separator: " ") : (right.first ?? "1"))
            }
        }
        return input
    }
}

enum ShippedModules {
    static let bundle: ContentBundle = {
        guard let bundle = ContentLoader.load(from: URL(fileURLWithPath: Run.content)).bundle else { fatalError("shipped content invalid") }
        return bundle
    }()
}

@Suite("Training commands")
struct TrainingCommandTests {
    @Test("modules lists every module with its facts")
    func modules() {
        let run = Run.signaal(["modules", "--format", "json"])
        #expect(run.code == .ok)
        let list = (try? JSONSerialization.jsonObject(with: Data(run.out.utf8))) as? [[String: Any]] ?? []
        let ids = list.compactMap { $0["id"] as? String }
        #expect(ids.contains("buit-youth") && ids.contains("buit-professional") && ids.contains("no-room-hotel"))
        for module in list {
            for key in ["title", "audience", "minutes", "passMark", "languages"] { #expect(module[key] != nil) }
        }
    }

    @Test("train --plain: pass, certificate as PDF and text, verify the code")
    func trainCertificateVerify() throws {
        let data = DataFolder()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-cert-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let train = Run.signaal(["train", "buit-youth", "--learner", "Zoë Brontë", "--plain", "--data", data.path, "--lang", "en"],
                                input: PlainAnswers.passing("buit-youth", learner: "Zoë Brontë"))
        #expect(train.code == .ok)
        #expect(train.out.contains("Passed"))
        let certificate = Run.signaal(["certificate", "--learner", "zoë brontë", "--module", "buit-youth", "--out", out,
                                       "--format", "txt", "--data", data.path, "--lang", "en"])
        #expect(certificate.code == .ok, "\(certificate.err)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Zoë Brontë"))
        #expect(text.contains("not an official qualification"))
        let records = try TrainingRecordsFile.store(in: URL(fileURLWithPath: data.path)).read().0
        let code = try #require(records.certificates.first?.code)
        #expect(text.contains(code))
        let verify = Run.signaal(["verify", code.lowercased(), "--data", data.path, "--lang", "en"])
        #expect(verify.code == .ok)
        #expect(verify.out.contains("Zoë Brontë"))
        let unknown = Run.signaal(["verify", "AAAAAAAAAA", "--data", data.path, "--lang", "en"])
        #expect(unknown.code == .failure)
        #expect(Run.signaal(["verify", "not-a-code", "--data", data.path]).code == .failure)
    }

    @Test("stopping halfway keeps the progress; running again resumes")
    func resume() throws {
        let data = DataFolder()
        let first = Run.signaal(["train", "buit-youth", "--learner", "Sam", "--plain", "--data", data.path, "--lang", "en"], input: ["", "", "", "q"])
        #expect(first.code == .ok)
        #expect(first.out.contains("progress is saved"))
        let saved = try TrainingRecordsFile.store(in: URL(fileURLWithPath: data.path)).read().0.enrolments.first?.progress
        #expect(saved?.unitIndex ?? 0 > 0 || saved?.pageIndex ?? 0 > 0)
        let second = Run.signaal(["train", "buit-youth", "--learner", "Sam", "--plain", "--data", data.path, "--lang", "en"], input: ["q"])
        #expect(second.out.contains("carry on where you left off"))
    }

    @Test("a failed module gives no certificate")
    func failedNoCertificate() {
        let data = DataFolder()
        let train = Run.signaal(["train", "buit-youth", "--learner", "Kim", "--plain", "--data", data.path, "--lang", "en"],
                                input: PlainAnswers.passing("buit-youth", learner: "Kim", wrong: true))
        #expect(train.out.contains("Not passed yet"))
        let certificate = Run.signaal(["certificate", "--learner", "Kim", "--module", "buit-youth", "--data", data.path, "--lang", "en"])
        #expect(certificate.code == .failure)
        #expect(certificate.err.contains("completed this training with a pass"))
    }

    @Test("an empty learner name or an unknown module is a usage error")
    func usage() {
        #expect(Run.signaal(["train", "buit-youth", "--learner", "  ", "--plain"]).code == .usage)
        #expect(Run.signaal(["train", "nope", "--learner", "A", "--plain"]).code == .usage)
        #expect(Run.signaal(["train", "no-room-hotel", "--learner", "A", "--plain", "--text-lang", "de"]).code == .usage)
    }
}

@Suite("Organisation commands")
struct OrganisationCommandTests {
    static let roster = "\u{FEFF}Naam;Afdeling;E-mail\r\n\"de Vries, Anna\";Receptie;anna@zee.nl\r\nŁukasz Wójcik;Housekeeping;\r\nÖzlem Yılmaz;Housekeeping;\r\n;Keuken;\r\nBob Jansen;Keuken;=HYPERLINK(\"x\")\r\nMaria García;Receptie;\r\n"

    @Test("create, import (dry run first), three staff complete, 60% reached, certificate issued")
    func hotelFlow() throws {
        let data = DataFolder()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv")
        try Self.roster.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let d = ["--data", data.path, "--lang", "en"]
        #expect(Run.signaal(["org", "create", "Hotel De Zeemeeuw"] + d).code == .ok)
        #expect(Run.signaal(["org", "create", "hotel de zeemeeuw"] + d).code == .failure, "no duplicates")
        // Nobody on the roster: not "0 more staff needed", but the roster to import.
        let empty = Run.signaal(["org", "certificate", "hotel-de-zeemeeuw"] + d)
        #expect(empty.code == .failure && empty.err.contains("Import the roster first: signaal org import-roster hotel-de-zeemeeuw"), "\(empty.err)")
        #expect(Run.signaal(["org", "status", "hotel-de-zeemeeuw"] + d).out.contains("No one is on the staff roster yet"))
        let dry = Run.signaal(["org", "import-roster", "hotel-de-zeemeeuw", file.path, "--dry-run"] + d)
        #expect(dry.out.contains("5 to add"))
        #expect(dry.err.contains(".csv:5: the name is empty"), "the bad line is reported with its number: \(dry.err)")
        let status0 = Run.json(Run.signaal(["org", "status", "hotel-de-zeemeeuw", "--format", "json"] + d).out)
        #expect(status0["rostered"] as? Int == 0, "a dry run saves nothing")
        #expect(Run.signaal(["org", "import-roster", "hotel-de-zeemeeuw", file.path] + d).out.contains("5 added"))
        #expect(Run.signaal(["org", "import-roster", "hotel-de-zeemeeuw", file.path] + d).out.contains("0 added"), "re-import merges")

        let refused = Run.signaal(["org", "certificate", "hotel-de-zeemeeuw"] + d)
        #expect(refused.code == .failure)
        #expect(refused.err.contains("3 more staff"))

        for name in ["Łukasz Wójcik", "özlem yılmaz", "de Vries, Anna"] {
            let train = Run.signaal(["train", "no-room-hotel", "--learner", name, "--organisation", "Hotel De Zeemeeuw", "--plain"] + d,
                                    input: PlainAnswers.passing("no-room-hotel", learner: name))
            #expect(train.code == .ok)
        }
        let status = Run.json(Run.signaal(["org", "status", "hotel-de-zeemeeuw", "--format", "json"] + d).out)
        #expect(status["rostered"] as? Int == 5)
        #expect(status["completed"] as? Int == 3)
        #expect(status["percent"] as? Double == 60)
        #expect(status["threshold"] as? Int == 60)
        #expect(status["eligible"] as? Bool == true)

        let csv = Run.signaal(["org", "status", "hotel-de-zeemeeuw", "--format", "csv"] + d).out
        #expect(csv.contains("'=HYPERLINK"), "formulas are neutralised")

        let out = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let certificate = Run.signaal(["org", "certificate", "hotel-de-zeemeeuw", "--out", out, "--format", "txt"] + d)
        #expect(certificate.code == .ok, "\(certificate.err)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Hotel De Zeemeeuw"))
        #expect(text.contains("3 of 5 (60%)"))
    }

    @Test("an unknown organisation says which exist")
    func unknown() {
        let data = DataFolder()
        let run = Run.signaal(["org", "status", "Nope", "--data", data.path, "--lang", "en"])
        #expect(run.code == .failure)
        #expect(run.err.contains("There is no organisation"))
        #expect(Run.signaal(["org", "frobnicate", "--data", data.path]).code == .usage)
    }
}
