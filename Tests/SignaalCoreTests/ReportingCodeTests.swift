import Testing
@testable import SignaalCore
import SignaalTestSupport

/// The afwegingskader from `Content/meldcode.json`, through the decision function.
@Suite("Meldcode afwegingskader")
struct ReportingCodeTests {
    /// The framework as a table, written independently of the code: one
    /// pattern per path through the five questions, in order. Y = yes,
    /// N = no, - = not answered, ? = any of these (not asked any more).
    /// Each entry: pattern, expected outcome (nil = still open), the
    /// question that decided or must be answered next (1-based; 0 = all).
    static let table: [(pattern: String, outcome: ReportingCode.Outcome?, question: Int)] = [
        ("-????", nil, 1),
        ("N????", .close, 1),
        ("Y-???", nil, 2),
        ("YY???", .report, 2),
        ("YN-??", nil, 3),
        ("YNN??", .report, 3),
        ("YNY-?", nil, 4),
        ("YNYN?", .report, 4),
        ("YNYY-", nil, 5),
        ("YNYYN", .report, 5),
        ("YNYYY", .help, 0),
    ]

    static var code: ReportingCode {
        get throws { try #require(ShippedContent.bundle.reportingCode, "Content/meldcode.json is loaded") }
    }

    static func matches(_ pattern: String, _ answers: [Bool?]) -> Bool {
        zip(pattern, answers).allSatisfy { symbol, answer in
            switch symbol {
            case "Y": return answer == true
            case "N": return answer == false
            case "-": return answer == nil
            default: return true
            }
        }
    }

    /// Every combination of five answers (yes, no, none): 243.
    static var combinations: [[Bool?]] {
        var all: [[Bool?]] = [[]]
        for _ in 0..<5 { all = all.flatMap { prefix in [true, false, nil].map { prefix + [$0] } } }
        return all
    }

    @Test("every combination of answers gives the decision of the framework's table")
    func everyCombination() throws {
        let code = try Self.code
        #expect(Self.combinations.count == 243)
        for answers in Self.combinations {
            let rows = Self.table.filter { Self.matches($0.pattern, answers) }
            try #require(rows.count == 1, "exactly one table row matches \(answers)")
            let row = rows[0]
            let decision = code.decision(answers)
            if let outcome = row.outcome {
                #expect(decision == .decided(outcome, question: row.question == 0 ? nil : row.question - 1), "\(answers)")
                let reason = try #require(code.reason(for: decision), "a decision has a reason")
                #expect(!reason(.dutch).isEmpty && !reason(.english).isEmpty)
            } else {
                #expect(decision == .open(question: row.question - 1), "\(answers)")
                #expect(code.reason(for: decision) == nil)
            }
        }
    }

    @Test("reporting is explained as reporting to Veilig Thuis, closing as closing")
    func reasonsSayWhy() throws {
        let code = try Self.code
        let report = try #require(code.reason(for: code.decision([true, true, nil, nil, nil])))
        #expect(report(.english).contains("Veilig Thuis"))
        let close = try #require(code.reason(for: code.decision([false, nil, nil, nil, nil])))
        #expect(close(.english).lowercased().contains("close"))
        #expect(code.outcomeLabels[.report]?(.dutch).contains("Veilig Thuis") == true)
    }

    @Test("the five steps are the shipped referral steps; teachers and youth workers use them, hotel staff do not")
    func stepsAndRoles() throws {
        let code = try Self.code
        #expect(code.steps.count == 5)
        for id in code.steps { #expect(ShippedContent.bundle.steps.contains { $0.id == id }, "\(id)") }
        #expect(code.applies(to: "teacher") && code.applies(to: "youth-worker"))
        #expect(!code.applies(to: "hotel-staff") && !code.applies(to: nil))
    }
}

@Suite("Case reference and note text")
struct CaseReferenceTests {
    @Test("dossier numbers are accepted, trimmed; empty means none", arguments: ["D-2024/118", " 12345 ", "VT#2024.07_3", "2024 018"])
    func accepted(reference: String) throws {
        let valid = try CaseReference.validate(reference).get()
        #expect(valid == reference.trimmingCharacters(in: .whitespaces))
    }

    @Test func empty() throws {
        #expect(try CaseReference.validate("   ").get() == nil)
    }

    @Test("what could be a name, or is not safe, is refused with the reason", arguments: [
        ("Jan Jansen", CaseReference.Problem.looksLikeName), ("Zoë", .characters), ("D-1\u{1B}[31m", .characters),
        ("12\n34", .characters), ("D-12\u{202E}", .characters), (String(repeating: "1", count: 41), .tooLong),
        ("../../etc/1", .dotDot), ("D..12", .dotDot), ("D-12 ..", .dotDot), ("\"12\"", .characters), ("12 — 3", .characters),
        ("Zoë..1", .characters),
    ])
    func refused(reference: String, problem: CaseReference.Problem) {
        #expect(throws: CaseReference.ProblemBox(problem)) { try CaseReference.validate(reference).get() }
    }

    @Test("a one-line note loses control characters and bidi overrides, keeps letters, is cut at 120")
    func clean() {
        #expect(NoteText.clean("met \u{1B}[2Jcollega\r\n overlegd\u{202E}") == "met [2Jcollega overlegd")
        #expect(NoteText.clean("  Zoë   ł  ") == "Zoë ł")
        #expect(NoteText.clean(String(repeating: "a", count: 200)).count == 120)
    }

    @Test("dates are real calendar dates in YYYY-MM-DD")
    func dates() {
        #expect(NoteText.date("2024-02-29") == "2024-02-29")
        #expect(NoteText.date("2023-02-29") == nil)
        #expect(NoteText.date("2024-13-01") == nil)
        #expect(NoteText.date("24-01-01") == nil)
        #expect(NoteText.date("2024-01-01; rm") == nil)
    }
}
