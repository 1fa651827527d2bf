/// The two faces of a certificate: regular for labels and small print,
/// bold for the name, the values and the code (see `CertificateFonts`).
enum PDFFontFace: CaseIterable, Sendable {
    case regular
    case bold

    /// The page's resource name for the face.
    var resourceName: String {
        self == .bold ? "F2" : "F1"
    }
}
