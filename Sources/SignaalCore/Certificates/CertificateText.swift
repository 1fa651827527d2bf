/// Everything printed on a certificate, already in the reader's language.
///
/// The renderers only lay this out: they translate nothing and add no words
/// of their own, so the same value prints as a PDF and as plain text.
public struct CertificateText: Equatable, Sendable {
    /// One labelled line in the details block: "Module" / "Herkennen in hotels".
    public struct Detail: Equatable, Sendable {
        public var label: String
        public var value: String
    }

    public var heading: String        // "Certificaat" / "Certificate"
    public var subheading: String     // "van deelname" / "of completion", or "Organisatiecertificaat"
    public var presentedTo: String    // "uitgereikt aan" / "presented to"
    public var recipient: String      // the learner's or organisation's name
    public var statement: String      // one or two sentences
    public var details: [Detail]      // module, audience, date, score, organisation, staff trained …
    public var codeLabel: String      // "Verificatiecode" / "Verification code"
    public var code: String           // 10 characters, see `VerificationCode`
    public var verifyHint: String     // "Controleer met: signaal verify ABCD234EFG"
    public var disclaimer: String     // "This is a training certificate, not an official qualification."
    public var issuer: String         // "Signaal" and a short line
}

extension CertificateText {
    /// The details given as `(label, value)` pairs (tests write them so).
    init(
        heading: String, subheading: String, presentedTo: String, recipient: String,
        statement: String, details: [(label: String, value: String)], codeLabel: String, code: String,
        verifyHint: String, disclaimer: String, issuer: String
    ) {
        self.init(
            heading: heading, subheading: subheading, presentedTo: presentedTo, recipient: recipient,
            statement: statement, details: details.map { Detail(label: $0.label, value: $0.value) },
            codeLabel: codeLabel, code: code, verifyHint: verifyHint, disclaimer: disclaimer, issuer: issuer
        )
    }
}
