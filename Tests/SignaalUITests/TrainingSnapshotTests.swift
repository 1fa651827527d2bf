import Foundation
import SignaalCommands
import Testing
import SignaalCore
@testable import SignaalUI

/// A learner in memory, with a fixed clock and a fake certificate exporter.
enum TrainingDriver {
    static func services(_ keeper: MemoryRecordKeeper = MemoryRecordKeeper()) -> AppServices {
        var services = AppServices(records: keeper,
                                   exportCertificate: { certificate, _, _ in .success(["/tmp/certificaat-\(certificate.moduleID).pdf"]) },
                                   newCode: { "TESTCODE23" },
                                   now: { Date(timeIntervalSince1970: 1_790_000_000) })
        services.runSeed = { 14 }
        return services
    }

    /// Teacher → training for professionals → named learner → module list.
    static func home(language: Language = .dutch, size: Size = Size(width: 80, height: 24), keeper: MemoryRecordKeeper = MemoryRecordKeeper()) -> Driver {
        home(language: language, size: size, services: services(keeper))
    }

    /// The same with any services (a real data folder, a counting keeper).
    static func home(language: Language = .dutch, size: Size = Size(width: 80, height: 24), services: AppServices) -> Driver {
        var driver = Driver(language: language, size: size, services: services)
        driver.press(.enter)
        driver.type("3")
        driver.type("Zoë Brontë")
        driver.press(.tab)
        driver.type("Hotel Zee")
        driver.press(.enter)
        return driver
    }

    /// The youth module started by the same learner.
    static func youthModule(language: Language = .dutch, size: Size = Size(width: 80, height: 24), keeper: MemoryRecordKeeper = MemoryRecordKeeper()) -> Driver {
        var driver = home(language: language, size: size, keeper: keeper)
        openYouthModule(&driver)
        return driver
    }

    /// From the learner's module list, the youth module's first page.
    static func openYouthModule(_ driver: inout Driver) {
        let index = TestContent.bundle.modules.firstIndex { $0.id == "buit-youth" } ?? 0
        driver.press(.home)
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
    }

    /// Goes through the module to its end, choosing every right option.
    static func answerEverythingRight(_ driver: inout Driver) {
        for _ in 0..<200 {
            guard let runner = driver.state.training?.runner, !runner.progress.finished else { break }
            if let question = runner.question {
                for (index, option) in question.options.enumerated() where option.correct {
                    driver.press(.character(Character("\(index + 1)")))
                }
                driver.press(.enter, .enter)
            } else {
                driver.press(.enter)
            }
        }
    }

    /// Presses Enter through lessons until the current unit is of `kind`;
    /// answers questions right (by the numbers shown), or "1" everywhere.
    static func advance(_ driver: inout Driver, untilChat: Bool = false, untilQuestion: Bool = false, oneEverywhere: Bool = false) {
        let wanted = untilChat || untilQuestion
        for _ in 0..<100 {
            guard let unit = driver.state.training?.runner.unit else {
                if wanted { Issue.record("the module ended before the chat or question asked for") }
                return
            }
            switch unit.content {
            case .chat where untilChat: return
            case .question where untilQuestion: return
            case .lesson: driver.press(.enter)
            case .chat:
                driver.press(.character("1"))
                driver.press(.enter, .enter, .enter)
            case .question:
                let question = driver.state.training?.runner.question
                let right = question.map { q in q.options.indices.filter { q.options[$0].correct } } ?? []
                for index in oneEverywhere || right.isEmpty ? [0] : right {
                    driver.press(.character(Character("\(index + 1)")))
                }
                driver.press(.enter, .enter)
            }
        }
        if wanted { Issue.record("no chat or question within 100 units") }
    }
}

@Suite("Training screens")
struct TrainingSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ screen: String, _ size: Size) -> String { "training-\(screen)-\(size.width)x\(size.height)" }

    @Test(arguments: sizes)
    func learnerForm(size: Size) {
        var driver = Driver(size: size, services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("3Łukasz Wójcik")
        Snapshot.check(driver.screen, Self.name("learner-form", size))
    }

    @Test(arguments: sizes)
    func home(size: Size) {
        Snapshot.check(TrainingDriver.home(size: size).screen, Self.name("home", size))
    }

    @Test(arguments: sizes)
    func lesson(size: Size) {
        var driver = TrainingDriver.youthModule(size: size)
        driver.press(.enter)
        Snapshot.check(driver.screen, Self.name("lesson", size))
    }

    @Test(arguments: sizes)
    func chat(size: Size) {
        var driver = TrainingDriver.youthModule(size: size)
        TrainingDriver.advance(&driver, untilChat: true)
        driver.press(.enter)  // all first messages shown
        Snapshot.check(driver.screen, Self.name("chat", size))
        driver.press(.character("2"))
        Snapshot.check(driver.screen, Self.name("chat-feedback", size))
    }

    @Test(arguments: sizes)
    func question(size: Size) {
        var driver = TrainingDriver.youthModule(size: size)
        TrainingDriver.advance(&driver, untilQuestion: true)
        driver.press(.down)
        Snapshot.check(driver.screen, Self.name("question", size))
        driver.press(.enter)
        Snapshot.check(driver.screen, Self.name("question-feedback", size))
    }

    @Test(arguments: sizes)
    func completion(size: Size) {
        var driver = TrainingDriver.youthModule(size: size)
        TrainingDriver.advance(&driver)
        Snapshot.check(driver.screen, Self.name("completion", size))
    }

    @Test(arguments: sizes)
    func classSummary(size: Size) {
        var driver = Driver(size: size, services: TrainingDriver.services())
        driver.press(.enter)
        driver.type("2")
        #expect(driver.state.training?.classMode == true)
        TrainingDriver.advance(&driver, oneEverywhere: true)
        Snapshot.check(driver.screen, Self.name("class-summary", size))
    }
}
