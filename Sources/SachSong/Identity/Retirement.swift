/// Statutory retirement under normal conditions (BLLĐ 2019 Điều 169; NĐ 135/2020/NĐ-CP).
public struct RetirementSchedule: Sendable {
    /// Calendar year → required age in months, for men and women.
    public let byYear: [Int: (men: Int, women: Int)]

    public init(_ byYear: [Int: (men: Int, women: Int)]) { self.byYear = byYear }

    /// Required age in months for someone who reaches it in `year` (the last year of the table
    /// holds afterwards, the first before).
    func requiredMonths(year: Int, gender: Gender) -> Int? {
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else { return nil }
        let entry = byYear[min(max(year, first), last)]!
        return gender == .male ? entry.men : entry.women
    }

    /// The day after which the person is past retirement: the end of the month in which the
    /// required age is reached. The required age is the table's value for the calendar year in
    /// which that age is reached (the first year Y such that birth + age(Y) falls in Y).
    public func retirementDate(birth: SimpleDate, gender: Gender) -> SimpleDate? {
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else { return nil }
        for year in (first - 1)...(last + 60) {
            guard let months = requiredMonths(year: year, gender: gender) else { return nil }
            let total = birth.month - 1 + months
            let reachYear = birth.year + total / 12
            if reachYear == year || (year == first - 1 && reachYear < first) || year == last + 60 {
                let reachMonth = total % 12 + 1
                return SimpleDate(year: reachYear, month: reachMonth, day: SimpleDate.daysIn(month: reachMonth, year: reachYear))
            }
            if reachYear < year { return nil }
        }
        return nil
    }
}
