import Foundation
import Testing
@testable import SignaalCommands
@testable import SignaalCore

@Suite("Verify code")
struct VerifyCodeTests {
    @Test("a malformed code says which characters codes use, and what is wrong with this one", arguments: [
        ("3FNYN4ZEWO", "O is never part of a code (0, 1, I and O are never used"),
        ("3FNYN4ZEI1", "I, 1 is never part of a code"),
        ("3fnyn-4zew", "this one has 9."),
        ("3FNYN4Z#W6", "\"#\" does not belong in a code."),
    ])
    func malformed(code: String, problem: String) {
        let run = Run.signaal(["verify", code, "--lang", "en", "--data", DataFolder().path])
        #expect(run.code == .failure)
        #expect(run.out.contains(problem), "\(run.out)")
        #expect(run.out.contains("the letters A–Z without I and O, and the digits 2–9"))
    }

    @Test("flaws: look-alikes first, then other characters, then the length")
    func flaws() {
        #expect(VerificationCode.flaw("ABCD234EFG") == nil)
        #expect(VerificationCode.flaw("abcd 234-efg") == nil)
        #expect(VerificationCode.flaw("O0") == .lookAlikes(["O", "0"]))
        #expect(VerificationCode.flaw("ABC$") == .otherCharacters(["$"]))
        #expect(VerificationCode.flaw("ABCD") == .length(4))
    }

    @Test("a pasted page instead of a code is quoted only in part")
    func longInput() {
        let pasted = String(repeating: "A", count: 100_000)
        let run = Run.signaal(["verify", pasted, "--lang", "en", "--data", DataFolder().path])
        #expect(run.code == .failure)
        #expect(run.out.contains("\"" + String(repeating: "A", count: 40) + "…\" is not a valid code"), "\(run.out.prefix(200))")
        #expect(run.out.contains("this one has 100000."))
        #expect(run.out.utf8.count < 400)
    }

    @Test("in Dutch too")
    func dutch() {
        let run = Run.signaal(["verify", "3FNYN4ZEW0", "--lang", "nl", "--data", DataFolder().path])
        #expect(run.out.contains("0 komt in geen enkele code voor"))
        #expect(run.out.contains("de letters A–Z zonder I en O, en de cijfers 2–9"))
    }
}
