import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

/// A command Signaal prints for the user to copy must give the shell the
/// name as typed, and run nothing that is in it.
@Suite("Names in commands to copy")
struct ShellWordTests {
    /// What `sh -c script` prints.
    static func sh(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// What `sh` makes of `word`: the one argument it passes on.
    static func shellReads(_ word: String) throws -> String { try sh("printf %s " + word) }

    /// The words `sh` makes of a command line.
    static func splitByShell(_ line: String) throws -> [String] {
        try sh("for word in " + line + "; do printf '%s\\0' \"$word\"; done").split(separator: "\0").map(String.init)
    }

    /// The line a passed `train --plain` prints with the certificate command.
    static func certificateLine(_ name: String, module: String, language: String, _ data: DataFolder) throws -> Substring {
        let run = Run.signaal(["train", module, "--learner", name, "--plain", "--data", data.path, "--lang", language],
                              input: PlainAnswers.passing(module, learner: name))
        return try #require(run.out.split(separator: "\n").first { $0.contains("signaal certificate") }, "\(run.out)")
    }

    @Test("every name reaches the shell unchanged, and nothing in it runs",
          arguments: ["Anna de Boer", "Анна Петрова", "de Vries, Jan \"Jantje\"", "O'Brien", "$(touch /tmp/signaal-shellword)",
                      "`id`", "back\\slash", "Hi! ${HOME}", "it's \"both\""])
    func roundTrip(name: String) throws {
        #expect(try Self.shellReads(ShellWord.quoted(name)) == name)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/signaal-shellword"))
    }

    @Test("a plain name keeps its double quotes")
    func familiar() {
        #expect(ShellWord.quoted("Anna de Boer") == "\"Anna de Boer\"")
    }

    @Test("the certificate command after a passed training is safe to paste")
    func certificateHint() throws {
        let name = "de Vries, Jan \"Jantje\" $(id)"
        let line = try Self.certificateLine(name, module: "youth-relationships", language: "en", DataFolder())
        #expect(line.hasPrefix("Your certificate: "))
        let word = try #require(line.components(separatedBy: "--learner ").last?.components(separatedBy: " --module").first)
        #expect(try Self.shellReads(word) == name, "\(line)")
    }


    @Test("--lang pl with --data: the printed certificate command, pasted as it is, makes the certificate (no doubled quotes)")
    func polishCommandWorks() throws {
        let data = DataFolder()
        let name = "Małgorzata Wójcik"
        let line = try Self.certificateLine(name, module: "no-room-hotel", language: "pl", data)
        let command = String(try #require(line.range(of: "signaal certificate").map { line[$0.lowerBound...] }))
        #expect(!command.contains("\"\""), "\(command)")
        let words = try Self.splitByShell(command)
        #expect(words.contains(name) && words.contains(data.path), "\(words)")
        let out = data.path + "/cert"
        let made = Run.signaal(Array(words.dropFirst()) + ["--out", out + ".txt", "--format", "txt"])
        #expect(made.code == .ok, "\(made.err)")
        #expect(FileManager.default.fileExists(atPath: out + ".txt"))
    }
}
