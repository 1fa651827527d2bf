/// The 10-character code printed on every certificate (as Moodle's
/// mod_customcert does), with which anyone can check that it was issued.
///
/// The alphabet has 32 characters that cannot be mistaken for one another
/// when read aloud or typed from paper: A–Z without I and O, and 2–9 (no 0 or
/// 1). With 32 symbols every character carries exactly 5 random bits, so a
/// code holds 50 bits and drawing from the generator has no modulo bias.
public enum VerificationCode {
    public static let length = 10
    public static let alphabet: [Character] = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A new code from `rng`: 10 characters from `alphabet`.
    public static func generate<R: RandomNumberGenerator>(using rng: inout R) -> String {
        // One 64-bit draw gives 12 characters of 5 bits; 10 are used.
        var bits = rng.next()
        var code = ""
        for _ in 0..<length {
            code.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return code
    }

    /// A new code from the system's secure random generator.
    public static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        return generate(using: &rng)
    }

    /// The code as stored: upper case, without the spaces and dashes people
    /// type to group it ("abcd-234 efg" → "ABCD234EFG").
    public static func normalise(_ code: String) -> String {
        String(code.uppercased().filter { $0 != " " && $0 != "-" && $0 != "\t" })
    }

    /// Whether `code`, once normalised, is 10 characters from the alphabet.
    /// Case, spaces and dashes do not matter; 0, 1, I and O never appear.
    public static func isWellFormed(_ code: String) -> Bool {
        let normal = normalise(code)
        return normal.count == length && normal.allSatisfy { allowed.contains($0) }
    }

    /// What is wrong with a code that is not well formed, to say so plainly:
    /// the characters no code uses (look-alikes first), or its length.
    public enum Flaw: Equatable, Sendable {
        /// 0, 1, I or O: left out of the alphabet because they look alike.
        case lookAlikes([Character])
        case otherCharacters([Character])
        case length(Int)
    }

    public static func flaw(_ code: String) -> Flaw? {
        let normal = normalise(code)
        var outside: [Character] = []
        for character in normal where !allowed.contains(character) && !outside.contains(character) { outside.append(character) }
        let lookAlikes = outside.filter { "01IO".contains($0) }
        if !lookAlikes.isEmpty { return .lookAlikes(lookAlikes) }
        if !outside.isEmpty { return .otherCharacters(outside) }
        return normal.count == length ? nil : .length(normal.count)
    }

    private static let allowed = Set(alphabet)
}
