import Foundation

/// The reference date ("as of") as people give it — YYYY-MM-DD, or dd/mm/yyyy as a clerk writes
/// it — and today's date in Vietnam (UTC+7), the default. Shared by the command line and the
/// service.
public enum ReferenceDate {
    public static func parse(_ text: String) -> SimpleDate? {
        if let date = DateParser.parseISO(text) { return date }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// Vietnam's offset from UTC (no daylight saving).
    static let vietnamOffset = 7 * 3600

    /// Today in Vietnam.
    public static func today() -> SimpleDate { day(of: Date()) }

    /// The day an instant falls on in Vietnam.
    public static func day(of date: Date) -> SimpleDate {
        SimpleDate(dayNumber: Int((Double(vietnamSeconds(date)) / 86_400).rounded(.down)))
    }

    /// The hour and minute an instant shows on a clock in Vietnam.
    public static func clock(of date: Date) -> (hour: Int, minute: Int) {
        let ofDay = ((vietnamSeconds(date) % 86_400) + 86_400) % 86_400
        return (ofDay / 3600, ofDay % 3600 / 60)
    }

    /// Whole seconds since 1970-01-01 00:00 on Vietnam's clock.
    private static func vietnamSeconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down)) + vietnamOffset
    }

    /// The last second of a day in Vietnam.
    public static func endOfDay(_ day: SimpleDate) -> Date {
        Date(timeIntervalSince1970: Double((day.dayNumber + 1) * 86_400 - vietnamOffset - 1))
    }
}
