import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// A records file that cannot be read is moved aside, and every command
/// that read it says so, in the user's language.
@Suite("Record notices on the command line")
struct RecordNoticeCommandTests {
    /// An organisation whose roster file's header was damaged by hand.
    static func damagedRoster() throws -> DataFolder {
        let data = DataFolder()
        #expect(Run.signaal(["org", "create", "Hotel De Duinen", "--data", data.path, "--lang", "en"]).code == .ok)
        let roster = URL(fileURLWithPath: data.path).appendingPathComponent("records/organisations/hotel-de-duinen.roster")
        try Data("NOT JSON\n".utf8).write(to: roster)
        return data
    }

    @Test("org list and org status say that a damaged roster was moved aside")
    func orgReportsMovedAside() throws {
        for action in [["list"], ["status", "hotel-de-duinen"]] {
            let data = try Self.damagedRoster()
            let run = Run.signaal(["org"] + action + ["--data", data.path, "--lang", "en"])
            #expect(run.err.contains("could not be read and was moved to"), "\(action): \(run.err)")
            #expect(run.err.contains("hotel-de-duinen.roster.corrupt-"), "\(action): \(run.err)")
        }
    }

    @Test("train --plain words a moved-aside file in the user's language")
    func plainTrainingNoticeInDutch() throws {
        let data = DataFolder()
        try FileManager.default.createDirectory(atPath: data.path, withIntermediateDirectories: true)
        try Data("{\"version\":1,\"learn".utf8).write(to: URL(fileURLWithPath: data.path).appendingPathComponent("training-records.json"))
        let run = Run.signaal(["train", "buit-youth", "--learner", "Anna", "--plain", "--data", data.path, "--lang", "nl"], input: ["q"])
        #expect(run.err.contains("kon niet worden gelezen"), "\(run.err)")
        #expect(!run.err.contains("could not be read"), "\(run.err)")
    }

    @Test("train --plain whose last save failed says so in its exit code and never that the progress is saved")
    func failedSaveIsNotSuccess() throws {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        #expect(Run.signaal(["train", "buit-youth", "--learner", "Anna", "--plain"] + d, input: ["q"]).code == .ok)
        let records = URL(fileURLWithPath: data.path).appendingPathComponent("records")
        // Every learner's stripe lock a folder: no save can take its lock.
        for stripe in 0..<64 {
            let lock = records.appendingPathComponent("locks/\(stripe).lock")
            try? FileManager.default.removeItem(at: lock)
            try FileManager.default.createDirectory(at: lock, withIntermediateDirectories: true)
        }
        let quit = Run.signaal(["train", "buit-youth", "--learner", "Anna", "--plain"] + d, input: ["", "q"])
        #expect(quit.err.contains("Saving failed"), "\(quit.err)")
        #expect(!quit.out.contains("Your progress is saved"))
        #expect(quit.code == .failure)
        // The completion cannot be logged: passing is said, but the command failed.
        let other = DataFolder()
        try FileManager.default.createDirectory(atPath: other.path + "/records/completions.log", withIntermediateDirectories: true)
        let pass = Run.signaal(["train", "buit-youth", "--learner", "Anna", "--plain", "--data", other.path, "--lang", "en"],
                               input: PlainAnswers.passing("buit-youth", learner: "Anna"))
        #expect(pass.err.contains("Saving failed"), "\(pass.err)")
        #expect(pass.code == .failure)
    }

    @Test("a roster cut off in its last line is damage: moved aside and said, not read as a shorter roster")
    func truncatedRoster() throws {
        let data = DataFolder()
        let d = ["--data", data.path, "--lang", "en"]
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv")
        try "Naam;Afdeling\nAnna de Wit;Receptie\nBram Smit;Bar\nCor Visser;Keuken\n".write(to: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: csv) }
        #expect(Run.signaal(["org", "create", "Hotel De Duinen"] + d).code == .ok)
        #expect(Run.signaal(["org", "import-roster", "hotel-de-duinen", csv.path] + d).code == .ok)
        let roster = URL(fileURLWithPath: data.path).appendingPathComponent("records/organisations/hotel-de-duinen.roster")
        let whole = try Data(contentsOf: roster)
        try whole.dropLast(5).write(to: roster)
        let status = Run.signaal(["org", "status", "hotel-de-duinen", "--format", "json"] + d)
        #expect(Run.json(status.out)["rostered"] as? Int != 2, "Cor Visser was silently dropped")
        #expect(status.err.contains("could not be read and was moved to"), "\(status.err)")
    }

    @Test("org status --lrs says a damaged roster was moved aside too, whatever the LRS answers")
    func lrsStatusReportsMovedAside() throws {
        let data = try Self.damagedRoster()
        let run = Run.signaal(["org", "status", "hotel-de-duinen", "--lrs", "http://127.0.0.1:9/xAPI/", "--data", data.path, "--lang", "en"])
        let moved = try FileManager.default.contentsOfDirectory(atPath: data.path + "/records/organisations")
        #expect(moved.contains { $0.hasPrefix("hotel-de-duinen.roster.corrupt-") }, "the damaged roster was read")
        #expect(run.err.contains("could not be read and was moved to"), "\(run.err)")
    }
}
