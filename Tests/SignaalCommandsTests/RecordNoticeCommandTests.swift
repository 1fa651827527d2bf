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
}
