import Foundation
import Testing

extension EndToEnd {
    @Suite("signaal assess", .serialized)
    struct Assess {
        @Test("--format json has level, levelRank, score, contributing and referral")
        func json() throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary)
            let picks = try checklist.positions(strong: 1, other: 1).map { checklist.signals[$0].id }
            let result = try ProcessRunner.run(binary, ["assess", "--checklist", checklist.id, "--format", "json"]
                                               + picks.flatMap { ["--signal", $0] })
            #expect(!result.signalled && result.status == 0, "\(result.transcript)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                      "a JSON object\n\(result.transcript)")
            #expect(object["level"] is String)
            #expect(object["levelRank"] is Int)
            #expect(object["score"] is Int)
            #expect(Set(object["contributing"] as? [String] ?? []) == Set(picks))
            #expect((object["referral"] as? [Any])?.isEmpty == false, "at least one step")
        }

        @Test("An unknown signal id exits 2 and lists the valid ids")
        func unknownSignal() throws {
            let binary = try SignaalBinary.url()
            let checklist = try ChecklistCatalogue.load(binary)
            let result = try ProcessRunner.run(binary, ["assess", "--checklist", checklist.id, "--signal", "no-such-signal", "--format", "json"])
            #expect(!result.signalled && result.status == 2, "\(result.transcript)")
            #expect(result.stderr.contains("no-such-signal"), "\(result.transcript)")
            let missing = checklist.signals.map(\.id).filter { !result.stderr.contains($0) }
            #expect(missing.isEmpty, "stderr lists every valid id; missing: \(missing)")
            #expect(result.stdout.isEmpty, "nothing on stdout for a usage error")
        }
    }
}
