import Foundation
import SignaalCore
import SignaalUI

/// What the effect runner may use of the world: records and files.
/// Injected, so tests run the real runner on memory records and fake
/// writers, and the interface (SignaalUI) never touches any of it.
public struct AppServices: Sendable {
    /// Training records; nil when none can be kept (then training is refused with a message).
    public var records: (any RecordKeeper)?
    /// Writes a certificate's files and returns their paths, or a message.
    public var exportCertificate: @Sendable (IssuedCertificate, TrainingModule, Language) -> Result<[String], CertificateExportFailure>
    /// Writes a file (a CSV export) in the working folder; returns its path.
    public var writeFile: @Sendable (String, Data) -> Result<String, CertificateExportFailure> = { _, _ in
        .failure(CertificateExportFailure(message: "no file writer"))
    }
    /// Writes a role's pocket card (card id, role id, language) in the working
    /// folder; returns the paths, or a message in the user's language.
    public var printCard: @Sendable (String, String, Language) -> Result<[String], CertificateExportFailure> = { _, _, _ in
        .failure(CertificateExportFailure(message: "no card printer"))
    }
    /// Writes a case note in the working folder, 0600, never over another file; returns its path.
    public var saveCaseNote: @Sendable (String, Data) -> Result<String, CertificateExportFailure> = { _, _ in
        .failure(CertificateExportFailure(message: "no file writer"))
    }
    /// Where case notes go, as shown to the user; and which Signaal writes them.
    public var workingFolder = ""
    public var appVersion = ""
    /// What to say about a certificate's PDF before it is trusted (letters its fonts lack), if anything.
    public var certificateWarning: @Sendable (IssuedCertificate, Language) -> String? = { _, _ in nil }
    /// Makes a new verification code.
    public var newCode: @Sendable () -> String
    public var now: @Sendable () -> Date
    /// Seeds the option order of one class-mode run (see `OptionOrder`).
    public var runSeed: @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }

    public init(records: (any RecordKeeper)?,
                exportCertificate: @escaping @Sendable (IssuedCertificate, TrainingModule, Language) -> Result<[String], CertificateExportFailure>,
                newCode: @escaping @Sendable () -> String,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.records = records
        self.exportCertificate = exportCertificate
        self.newCode = newCode
        self.now = now
    }

    /// No records, no files: the checklist works, training says it cannot save.
    public static let none = AppServices(records: nil, exportCertificate: { _, _, _ in .failure(CertificateExportFailure(message: "no exporter")) },
                                         newCode: { "" })

    /// What the interface itself is told: the clock, the folder, whether records are kept.
    public var environment: AppEnvironment {
        AppEnvironment(keepsRecords: records != nil, workingFolder: workingFolder, appVersion: appVersion, now: now, runSeed: runSeed)
    }
}

public struct CertificateExportFailure: Error, Equatable, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
}
