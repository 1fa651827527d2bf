import Foundation
import SignaalCommands
import Testing
@testable import SignaalCore
@testable import SignaalUI

@Suite("Long names")
struct LongNameTests {
    @Test("the name field takes 200 characters and scrolls: the end typed is on screen, nothing spills")
    func nameFieldScrolls() {
        var driver = Driver(services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("3")
        #expect(driver.state.screen == .learnerForm)
        let name = (0..<18).map { "Петрова\($0 % 10)-Ж" }.joined(separator: " ")
        #expect(name.count == 197)
        driver.type(name + " XYZ")
        #expect(driver.state.learnerForm.name == name + " XY", "typing stops at 200 characters")
        let screen = driver.text
        #expect(screen.contains("Петрова7-Ж XY▏"), "the end of the name is shown:\n\(screen)")
        #expect(!screen.contains("Петрова0-Ж Петрова1"), "the start has scrolled out of view")
    }
}

@Suite("Too small a window")
struct TooSmallTests {
    @Test("keys pressed while the window asks to be made bigger do nothing")
    func keysIgnored() {
        var driver = Driver()
        let before = driver.state.screen
        driver.resize(Size(width: 70, height: 20))
        #expect(driver.text.contains("80x24"))
        let effects = driver.press(.enter, .character("Q"), .character("L"), .down, .enter)
        #expect(effects.isEmpty, "not even quit")
        driver.resize(Size(width: 80, height: 24))
        #expect(driver.state.screen == before)
        #expect(driver.state.language == .dutch)
        #expect(driver.state.overlay == nil)
    }
}

@Suite("Certificate warning on screen")
struct CertificateWarningScreenTests {
    @Test("a certificate whose PDF cannot draw every letter is saved with the warning shown")
    func warningShown() throws {
        var services = TrainingDriver.services()
        services.certificateWarning = { certificate, _ in certificate.recipient == "李小龙" ? "the PDF has no glyph for 李" : nil }
        var driver = Driver(language: .english, services: services)
        let module = try #require(TestContent.bundle.module("buit-youth"))
        let certificate = IssuedCertificate(code: "ABCD234EFG", kind: .participant, issuedOn: Date(), moduleID: module.id, recipient: "李小龙",
                                            learnerID: "l1", organisation: nil, scorePercent: 90, staffCompleted: nil, staffRostered: nil, thresholdPercent: nil)
        let effects = TrainingActions.deliver(certificate, moduleID: module.id, driver.state)
        #expect(effects == [.writeCertificate(certificate, moduleID: module.id, language: .english, warningLanguage: .english)])
        // The runner writes the files and finds the warning; the app says both.
        for message in effects.flatMap(driver.runner.perform) { _ = driver.app.update(message) }
        let status = try #require(driver.state.status)
        #expect(driver.state.t(status.key, status.arguments) == "Certificate ABCD234EFG saved: certificaat-buit-youth.pdf in the folder /tmp. the PDF has no glyph for 李")
    }
}
