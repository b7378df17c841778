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

    /// Today in Vietnam.
    public static func today() -> SimpleDate {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return SimpleDate(dayNumber: seconds / 86_400)
    }
}
