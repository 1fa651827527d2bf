extension CertificateText {
    /// Names are at most 80 characters when typed; anything longer was put in the records by hand.
    public static let maximumRecordText = 200

    /// Every field made safe for output (`SafeText`). A name is checked when
    /// it is typed, but a records file can be edited by hand: the renderers
    /// call this, so an escape sequence in it never reaches a `.txt` that
    /// someone `cat`s, nor the text layer of a PDF.
    ///
    /// The name and the details (which come from the records) are also cut
    /// at `maximumRecordText` characters: a 100,000-character name typed into
    /// the file would otherwise cost the layout minutes to fit.
    public var safeForOutput: CertificateText {
        func safe(_ text: String) -> String { SafeText.escaped(text) }
        func short(_ text: String) -> String {
            text.count > Self.maximumRecordText ? safe(String(text.prefix(Self.maximumRecordText))) + "…" : safe(text)
        }
        return CertificateText(
            heading: safe(heading), subheading: safe(subheading), presentedTo: safe(presentedTo),
            recipient: short(recipient), statement: safe(statement),
            details: details.map { Detail(label: safe($0.label), value: short($0.value)) },
            codeLabel: safe(codeLabel), code: safe(code), verifyHint: safe(verifyHint),
            disclaimer: safe(disclaimer), issuer: safe(issuer))
    }
}
