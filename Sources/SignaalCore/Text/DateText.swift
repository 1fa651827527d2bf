import Foundation

/// Every way Signaal writes a date, in one place and from the platform's
/// formatters (`ISO8601DateFormatter`, `Date.FormatStyle`), so no caller pads
/// digits or picks a calendar by hand. All use the Gregorian calendar and
/// Latin digits whatever the machine's locale.
public enum DateText {
    /// "2026-11-27" (ISO 8601 full date) as the day is in `zone`.
    public static func day(_ date: Date, in zone: TimeZone) -> String {
        iso8601([.withFullDate], zone).string(from: date)
    }

    /// "2026-03-01T09:30:00Z" (RFC 3339, UTC): xAPI statements, JSON output.
    public static func internet(_ date: Date) -> String {
        iso8601([.withInternetDateTime], utc).string(from: date)
    }

    /// An RFC 3339 timestamp read back, with or without fractional seconds.
    public static func internet(_ text: String) -> Date? {
        iso8601([.withInternetDateTime], utc).date(from: text)
            ?? iso8601([.withInternetDateTime, .withFractionalSeconds], utc).date(from: text)
    }

    /// "2026-11-27 10:15 +01:00": a case note's time, to the minute, with the
    /// offset always as digits (UTC is "+00:00", not "Z", as in the notes kept so far).
    public static func minute(_ date: Date, in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm xxx"
        return formatter.string(from: date)
    }

    /// "20250314093000" in UTC: a PDF date's digits, a file name's stamp.
    public static func compactUTC(_ date: Date) -> String {
        let format: Date.FormatString = """
            \(year: .padded(4))\(month: .twoDigits)\(day: .twoDigits)\
            \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)
            """
        return Date.VerbatimFormatStyle(format: format, timeZone: utc, calendar: gregorian(utc)).format(date)
    }

    /// "27-11-2026": day, month, year in digits, as Dutch forms write a date.
    public static func numericDay(_ date: Date, in zone: TimeZone) -> String {
        let format: Date.FormatString = "\(day: .twoDigits)-\(month: .twoDigits)-\(year: .defaultDigits)"
        return Date.VerbatimFormatStyle(format: format, timeZone: zone, calendar: gregorian(zone)).format(date)
    }

    /// "27 november 2026" (nl) or "27 November 2026" (en): the month by name
    /// in `locale`'s language.
    public static func long(_ date: Date, locale: Locale, in zone: TimeZone) -> String {
        Date.FormatStyle(locale: locale, calendar: gregorian(zone), timeZone: zone).day().month(.wide).year().format(date)
    }

    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    private static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private static func iso8601(_ options: ISO8601DateFormatter.Options, _ zone: TimeZone) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = options
        formatter.timeZone = zone
        return formatter
    }
}
