/// A date that cannot be read, or whose year has two digits only.
public struct DateFormatCheck: Check {
    public static let id = "dung.date-format"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Ngày không đọc được (cần dạng dd/mm/yyyy) hoặc năm chỉ có hai chữ số."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "05/09/2012")]),
        .valid([("ngay_sinh", "2012-09-05")]),
        .invalid([("ngay_sinh", "5 tháng 9 năm 2012")]),
        .invalid([("ngay_sinh", "05/09/12")])
    ]

    /// Parses the value; reports unreadable and nonexistent dates; returns the date when real.
    static func evaluate(_ value: FieldValue, in ctx: CheckContext) -> SimpleDate? {
        switch DateParser.parse(value.trimmed) {
        case .date(let date, let canonical):
            if !canonical { DateFormCheck.report(value, date: date, in: ctx) }
            return date
        case .ambiguousYear:
            ctx.emit(self, value, message: "Ngày «\(value.trimmedText)» có năm hai chữ số, không rõ thế kỷ; cần dạng dd/mm/yyyy.")
        case .unreadable:
            ctx.emit(self, value, message: "«\(value.trimmedText)» không phải ngày hợp lệ; cần dạng dd/mm/yyyy.")
        case .nonexistent(let day, let month, let year):
            NonexistentDateCheck.report(value, day: day, month: month, year: year, in: ctx)
        }
        return nil
    }
}
