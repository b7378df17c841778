/// A date that does not exist on the calendar (31/02, 29/02 of a common year, month 13).
public struct NonexistentDateCheck: Check {
    public static let id = "dung.date-nonexistent"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Ngày không có thật trên lịch (31/02, 29/02 năm không nhuận, tháng 13)."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "29/02/2012")]),
        .invalid([("ngay_sinh", "29/02/2013")]),
        .invalid([("ngay_sinh", "31/04/2012")]),
        .invalid([("ngay_sinh", "12/13/2012")])
    ]

    static func report(_ value: FieldValue, day: Int, month: Int, year: Int, in ctx: CheckContext) {
        let reason: String
        if month < 1 || month > 12 {
            reason = "không có tháng \(month)"
        } else {
            reason = "tháng \(month)/\(year) chỉ có \(SimpleDate.daysIn(month: month, year: year)) ngày"
        }
        ctx.emit(self, value, message: "Ngày «\(value.trimmedText)» không tồn tại: \(reason).")
    }
}
