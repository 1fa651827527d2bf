/// The xAPI account name for a learner: the same on every machine for the
/// same name and organisation (compared as rosters compare them, see
/// `PersonKey`), so an LRS can count a chain's staff, yet no name or e-mail
/// leaves the computer.
///
/// SHA-256 over a fixed prefix, the organisation's secret salt (optional,
/// from the LRS settings), the organisation and the name. Without a salt
/// anyone who guesses a name and organisation can test the guess; with
/// one, only those who hold the settings can. FNV or another short hash
/// would collide too easily across a chain's thousands of staff.
public struct LearnerPseudonym: Sendable {
    public let salt: String

    public init(salt: String) { self.salt = salt }

    public func learner(name: String, organisation: String?) -> String {
        SHA256.hex(["signaal-learner-v1", salt, PersonKey.name(organisation ?? ""), PersonKey.name(name)].joined(separator: "\u{1F}"))
    }

    public func organisation(_ name: String) -> String {
        SHA256.hex(["signaal-organisation-v1", salt, PersonKey.name(name)].joined(separator: "\u{1F}"))
    }
}
