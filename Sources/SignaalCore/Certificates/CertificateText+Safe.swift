extension CertificateText {
    /// Every field made safe for output (`SafeText`). A name is checked when
    /// it is typed, but a records file can be edited by hand: the renderers
    /// call this, so an escape sequence in it never reaches a `.txt` that
    /// someone `cat`s, nor the text layer of a PDF.
    public var safeForOutput: CertificateText {
        func safe(_ text: String) -> String { SafeText.escaped(text) }
        return CertificateText(
            heading: safe(heading), subheading: safe(subheading), presentedTo: safe(presentedTo),
            recipient: safe(recipient), statement: safe(statement),
            details: details.map { Detail(label: safe($0.label), value: safe($0.value)) },
            codeLabel: safe(codeLabel), code: safe(code), verifyHint: safe(verifyHint),
            disclaimer: safe(disclaimer), issuer: safe(issuer))
    }
}
