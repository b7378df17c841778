import CSVInput

/// A calendar date without time zone (proleptic Gregorian).
public struct SimpleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the day exists (31/02 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= SimpleDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        guard year >= 1 && year <= 9999 else { return Self.generalDayNumber(year: year, month: month, day: day) }
        return Self.fastDayNumber(year: year, month: month, day: day)
    }

    /// The date of a day number.
    public init(dayNumber: Int) {
        if dayNumber >= Self.fastDays.lowerBound && dayNumber <= Self.fastDays.upperBound {
            self = Self.fastDate(dayNumber: dayNumber)
        } else {
            self = Self.generalDate(dayNumber: dayNumber)
        }
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Day numbers of 0001-01-01 to 9999-12-31, where the fast forms hold (tested day by day).
    static var fastDays: ClosedRange<Int> { -719_162...2_932_896 }

    /// Days since 1970-01-01 for years 1 to 9999: Neri and Schneider's Euclidean affine forms
    /// (2022), in unsigned 32-bit arithmetic without divisions of signed numbers.
    @inline(__always)
    static func fastDayNumber(year: Int, month: Int, day: Int) -> Int {
        let j: UInt32 = month <= 2 ? 1 : 0
        let y = UInt32(truncatingIfNeeded: year) &- j
        let m = UInt32(truncatingIfNeeded: month) &+ 12 &* j
        let c = y / 100
        let yearDays = 1461 &* y / 4 &- c &+ c / 4
        let monthDays = (979 &* m &- 2919) / 32
        return Int(yearDays &+ monthDays &+ UInt32(truncatingIfNeeded: day)) - 719_469
    }

    /// The date of a day number in `fastDays` (Neri and Schneider).
    @inline(__always)
    static func fastDate(dayNumber: Int) -> SimpleDate {
        let n = UInt32(truncatingIfNeeded: dayNumber + 719_468)
        let n1 = 4 &* n &+ 3
        let century = n1 / 146_097
        let nc = n1 % 146_097 / 4
        let p2 = 2_939_745 &* UInt64(4 &* nc &+ 3)
        let yearOfCentury = UInt32(truncatingIfNeeded: p2 >> 32)
        let dayOfYear = UInt32(truncatingIfNeeded: p2) / 2_939_745 / 4
        let n3 = 2141 &* dayOfYear &+ 197_913
        let m = n3 >> 16
        let d = (n3 & 0xFFFF) / 2141
        let january: UInt32 = dayOfYear >= 306 ? 1 : 0
        return SimpleDate(
            unchecked: Int(100 &* century &+ yearOfCentury &+ january),
            Int(january == 1 ? m &- 12 : m), Int(d &+ 1))
    }

    /// Days since 1970-01-01, any year (`CivilDays`, the reference the fast path is tested against).
    static func generalDayNumber(year: Int, month: Int, day: Int) -> Int {
        CivilDays.number(year: year, month: month, day: day)
    }

    /// The date of any day number (`CivilDays`).
    static func generalDate(dayNumber: Int) -> SimpleDate {
        let (year, month, day) = CivilDays.date(dayNumber)
        return SimpleDate(unchecked: year, month, day)
    }

    /// Adds days.
    public func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

    /// The same day `years` later (29 February becomes 1 March in a common year): the day a
    /// person born on this date reaches that age.
    public func adding(years: Int) -> SimpleDate {
        SimpleDate(year: year + years, month: month, day: day) ?? SimpleDate(year: year + years, month: 3, day: 1)!
    }

    /// Full years from `self` (a birth date) to `date`, counting birthdays. Someone born on
    /// 29 February has a birthday on 1 March in common years.
    public func age(at date: SimpleDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// dd/mm/yyyy
    public var description: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(day))/\(two(month))/\(year)"
    }

    /// yyyy-mm-dd
    public var iso: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
