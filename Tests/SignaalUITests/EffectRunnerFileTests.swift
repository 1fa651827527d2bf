import Foundation
@testable import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

/// The real effect runner, wired as `signaal` wires it, on a temporary data
/// folder and working folder: what a learner does on screen ends up on disk.
@Suite("Effect runner on disk")
struct EffectRunnerFileTests {
    @Test("a module trained to its certificate: progress and certificate in the records file, the certificate's PDF and text in the working folder")
    func certificateOnDisk() throws {
        let folders = try Folders()
        defer { withExtendedLifetime(folders) {} }  // removed only when the test is over
        let data = folders.data, work = folders.work
        var driver = TrainingDriver.home(language: .english, services: try folders.services())
        #expect(driver.state.screen == .learnerHome)
        TrainingDriver.openYouthModule(&driver)
        driver.press(.enter)
        let store = TrainingRecordsFile.store(in: data)
        let halfway = try #require(driver.state.training?.runner.progress)
        #expect(try store.read().0.enrolments.first?.progress == halfway, "the page turn is on disk")

        TrainingDriver.answerEverythingRight(&driver)
        #expect(driver.state.training?.runner.isCompleted == true)
        driver.press(.character("c"))

        let records = try store.read().0
        let certificate = try #require(records.certificates.first)
        #expect(records.certificates.count == 1)
        #expect(certificate.recipient == "Zoë Brontë")
        #expect(records.enrolments.first?.completed != nil)
        #expect(driver.state.status?.key == "certificate.saved")
        let files = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        #expect(files.count == 2 && files.contains { $0.hasSuffix(".pdf") } && files.contains { $0.hasSuffix(".txt") }, "\(files)")
        let text = try String(contentsOf: work.appendingPathComponent(try #require(files.first { $0.hasSuffix(".txt") })), encoding: .utf8)
        #expect(text.contains(certificate.code))
        #expect(text.contains("Zoë Brontë"))
        #expect(driver.text.contains(certificate.code), "the status line says the code")
    }

    @Test("a manager's CSV export names the staff, so it is written for its owner only (0600), and again over an earlier export")
    func csvExportIsOwnerOnly() throws {
        let folders = try Folders()
        defer { withExtendedLifetime(folders) {} }  // removed only when the test is over
        let work = folders.work
        let runner = EffectRunner(content: TestContent.bundle, services: try folders.services())
        for export in ["Naam;Status\r\nAnna;klaar\r\n", "Naam;Status\r\nAnna;klaar\r\nBen;bezig\r\n"] {
            let messages = runner.perform(.exportCSV(fileName: "hotel-zee.csv", data: Data(export.utf8)))
            let path = work.appendingPathComponent("hotel-zee.csv").path
            #expect(messages == [.fileExported(path: path)])
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == export)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["hotel-zee.csv"], "no temporary file left")
    }

    /// A temporary data folder and working folder, removed afterwards, and
    /// the services `signaal` wires to them.
    final class Folders {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("signaal-effects-\(UUID().uuidString)")
        var data: URL { base.appendingPathComponent("data") }
        var work: URL { base.appendingPathComponent("work") }

        init() throws { try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: base) }

        func services() throws -> AppServices {
            let commandLine = SignaalCommandLine(console: Console(out: { _ in }, err: { _ in }, readLine: { nil }),
                                                 environment: [:], executable: nil, interactive: true)
            let arguments = try Arguments.parse(["--data", data.path], spec: .init(valued: ["data"], flags: []))
            return commandLine.services(TestContent.bundle, arguments, language: .english, folder: work)
        }
    }
}
