import Foundation
import Testing
@testable import SignaalCore
import SignaalTestSupport

/// Verification codes, and what a PDF reader really shows.
extension CertificateTests {
    // MARK: - Verification codes

    @Test("the alphabet: 32 characters, no I, O, 0 or 1")
    func alphabet() {
        #expect(VerificationCode.alphabet.count == 32)
        #expect(Set(VerificationCode.alphabet).count == 32)
        #expect(VerificationCode.alphabet.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) })
        #expect(!VerificationCode.alphabet.contains { "IO01".contains($0) })
    }

    @Test("a generated code is 10 characters from the alphabet")
    func generated() {
        var rng = SplitMix64(seed: 1)
        for _ in 0..<100 {
            let code = VerificationCode.generate(using: &rng)
            #expect(code.count == 10)
            #expect(code.allSatisfy { VerificationCode.alphabet.contains($0) })
            #expect(VerificationCode.isWellFormed(code))
        }
        #expect(VerificationCode.isWellFormed(VerificationCode.generate()))
    }

    @Test("10,000 codes from a seeded generator are all different")
    func unique() {
        var rng = SplitMix64(seed: 0x5167_6E61_616C)
        let codes = (0..<10_000).map { _ in VerificationCode.generate(using: &rng) }
        #expect(Set(codes).count == 10_000)
        // Every character of the alphabet turns up in every position.
        for position in 0..<10 {
            let seen = Set(codes.map { Array($0)[position] })
            #expect(seen.count == 32)
        }
    }

    @Test("normalise: upper case, without spaces and dashes")
    func normalise() {
        #expect(VerificationCode.normalise("abcd-234 efg") == "ABCD234EFG")
        #expect(VerificationCode.normalise(" ABCD234EFG ") == "ABCD234EFG")
        #expect(VerificationCode.normalise("") == "")
    }

    @Test("isWellFormed", arguments: [
        ("ABCD234EFG", true), ("abcd234efg", true), ("ABCD-234-EFG", true), ("abcd 234 efg", true),
        ("ABCD234EF", false), ("ABCD234EFGH", false), ("ABCD234EF0", false), ("ABCD234EF1", false),
        ("ABCDI34EFG", false), ("ABCDO34EFG", false), ("ABCD234EF!", false), ("", false), ("ÄBCD234EFG", false),
    ])
    func wellFormed(code: String, expected: Bool) {
        #expect(VerificationCode.isWellFormed(code) == expected)
    }

    // MARK: - Poppler: what a reader really shows

    static let popplerNames = ["Lotte de Vries-Ünal", "Łukasz Wójcik", "Ștefan Popescu", "Özlem Yılmaz", "François Çelik", "Zoë Brontë"]

    @Test("pdfinfo: one A4 landscape page; pdftotext gives the name, module, score and code back exactly",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo"),
                   "poppler-utils (pdftotext, pdfinfo) is not installed"),
          arguments: popplerNames)
    func poppler(name: String) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("signaal-certificate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cert.pdf")
        try Self.pdf(Self.sample(name)).write(to: file)

        let info = try Self.run("/usr/bin/pdfinfo", [file.path])
        #expect(info.error.isEmpty, "pdfinfo complains: \(info.error)")
        #expect(info.output.contains("Pages:           1\n"))
        #expect(info.output.contains("842 x 595"))
        #expect(info.output.contains("Title:           Certificaat van deelname – \(name)\n"))
        #expect(info.output.contains("Producer:        Signaal\n"))
        #expect(info.output.contains("PDF version:     1.4\n"))

        let text = try Self.run("/usr/bin/pdftotext", [file.path, "-"])
        #expect(text.error.isEmpty, "pdftotext complains: \(text.error)")
        let lines = text.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains(name), "pdftotext gave: \(lines)")
        #expect(lines.contains("Signalen herkennen in hotels en vakantieparken"))
        #expect(lines.contains("85%"))
        #expect(lines.contains("ABCD234EFG"))
    }

    @Test("pdftotext gives back Romanian, Turkish, Czech, Slovak, Hungarian and Polish letters exactly",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "pdftotext is not installed"),
          arguments: ["Ță Șș Ţţ Şş İı Ğğ Čč Řř", "Ěě Ůů Őő Űű Ľľ Ďď Ťť Ňň", "Ąą Ęę Żż Źź Ńń Ćć Śś Łł"])
    func popplerLetters(letters: String) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("signaal-certificate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("letters.pdf")
        try Self.pdf(Self.sample(letters)).write(to: file)
        let text = try Self.run("/usr/bin/pdftotext", [file.path, "-"])
        #expect(text.output.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == letters },
                "pdftotext gave: \(text.output)")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
