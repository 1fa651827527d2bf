import Foundation
import Testing
@testable import SignaalCore

/// Every date format Signaal writes, with recorded expected text.
@Suite("Date text")
struct DateTextTests {
    /// 2025-03-14 23:30:05 UTC: already the 15th in Amsterdam.
    let lateEvening = Date(timeIntervalSince1970: 1_741_995_005)
    let utc = TimeZone(identifier: "UTC")!
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    @Test("ISO days, internet timestamps and case-note minutes follow the zone they are given")
    func isoForms() {
        #expect(DateText.day(lateEvening, in: utc) == "2025-03-14")
        #expect(DateText.day(lateEvening, in: amsterdam) == "2025-03-15")
        #expect(DateText.internet(lateEvening) == "2025-03-14T23:30:05Z")
        #expect(DateText.internet("2025-03-14T23:30:05Z") == lateEvening)
        #expect(DateText.internet("2025-03-14T23:30:05.250Z") == lateEvening.addingTimeInterval(0.25))
        #expect(DateText.internet("14-03-2025") == nil)
        #expect(DateText.minute(lateEvening, in: utc) == "2025-03-14 23:30 +00:00", "UTC keeps its digits, not Z")
        #expect(DateText.minute(lateEvening, in: amsterdam) == "2025-03-15 00:30 +01:00")
        #expect(DateText.minute(Date(timeIntervalSince1970: 1_751_000_000), in: amsterdam) == "2025-06-27 06:53 +02:00", "summer time")
    }

    @Test("compact UTC digits for PDF dates, padded to four digits of year")
    func compact() {
        #expect(DateText.compactUTC(lateEvening) == "20250314233005")
        #expect(DateText.compactUTC(Date(timeIntervalSince1970: 0)) == "19700101000000")
        #expect(PDFSyntax.date(lateEvening) == "D:20250314233005Z")
    }

    @Test("the card's numeric day and the certificate's long date, in Dutch and English")
    func localForms() {
        let march5 = Date(timeIntervalSince1970: 1_741_168_800)  // 2025-03-05 10:00 UTC
        #expect(DateText.numericDay(march5, in: amsterdam) == "05-03-2025")
        #expect(DateText.long(march5, locale: Locale(identifier: "nl_NL"), in: amsterdam) == "5 maart 2025")
        #expect(DateText.long(march5, locale: Locale(identifier: "en_GB"), in: amsterdam) == "5 March 2025")
        #expect(DateText.long(lateEvening, locale: Locale(identifier: "nl_NL"), in: amsterdam) == "15 maart 2025")
    }
}
