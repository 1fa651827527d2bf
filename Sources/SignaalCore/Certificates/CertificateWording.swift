import Foundation

/// Puts an issued certificate into words, in one language, from the
/// interface strings: what the PDF and the text version print.
public struct CertificateWording: Sendable, Speaks {
    public let content: ContentBundle
    public let language: Language

    /// Certificates are worded in Dutch or English; a learner who trained in
    /// Polish, Romanian or Spanish gets the English one, title included.
    public init(content: ContentBundle, language: Language) {
        self.content = content
        self.language = Language.interfaceLanguages.contains(language) ? language : .english
    }


    public func date(_ date: Date) -> String {
        DateText.long(date, locale: Locale(identifier: language == .dutch ? "nl_NL" : "en_GB"),
                      in: TimeZone(identifier: "Europe/Amsterdam") ?? .current)
    }

    /// The training is named once, in the statement; the details add who it
    /// is for, the date, and the organisation (or, on an organisation's
    /// certificate, the staff trained and the place).
    public func text(for certificate: IssuedCertificate) -> CertificateText {
        let module = content.module(certificate.moduleID)
        let title = module?.title(language) ?? certificate.moduleID
        var details: [CertificateText.Detail] = []
        if let module {
            let key = "cert.audience.\(module.audience.rawValue)"
            let audience = content.strings.values[key] != nil ? t(key) : t("audience.\(module.audience.rawValue)")
            details.append(CertificateText.Detail(label: t("cert.audience"), value: audience))
        }
        let statement: String
        switch certificate.kind {
        case .participant:
            let score = "\(certificate.scorePercent ?? 0)%"
            if let organisation = certificate.organisation {
                details.append(CertificateText.Detail(label: t("cert.organisation"), value: organisation))
            }
            statement = t("cert.statement.participant", ["module": title, "score": score])
        case .organisation:
            let completed = certificate.staffCompleted ?? 0, rostered = certificate.staffRostered ?? 0
            let percent = rostered > 0 ? completed * 100 / rostered : 0
            details.append(CertificateText.Detail(label: t("cert.staff"), value: t("cert.staffValue", ["completed": "\(completed)", "rostered": "\(rostered)", "percent": "\(percent)"])))
            if let location = certificate.location, !location.isEmpty {
                details.append(CertificateText.Detail(label: t("cert.location"), value: location))
            }
            statement = t("cert.statement.organisation", ["module": title, "percent": "\(percent)", "threshold": "\(certificate.thresholdPercent ?? 60)"])
        }
        details.append(CertificateText.Detail(label: t("cert.date"), value: date(certificate.issuedOn)))
        return CertificateText(
            heading: t("cert.heading"),
            subheading: t(certificate.kind == .participant ? "cert.subheading.participant" : "cert.subheading.organisation"),
            presentedTo: t("cert.presentedTo"),
            recipient: certificate.recipient,
            statement: statement,
            details: details,
            codeLabel: t("cert.codeLabel"),
            code: certificate.code,
            verifyHint: t("cert.verifyHint", ["code": certificate.code]),
            disclaimer: t("cert.disclaimer"),
            issuer: t("cert.issuer")
        )
    }
}
