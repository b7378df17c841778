/// A date after the reference date where only past dates make sense (births, updates).
public struct FutureDateCheck: Check {
    public static let id = "dung.date-future"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Ngày ở tương lai so với ngày tham chiếu (--as-of)."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "01/06/2015")]),
        .invalid([("ngay_sinh", "02/06/2026")]),
        .invalid([("ngay_cap_nhat", "15/07/2026")])
    ]

    /// Reports a future date; returns true when reported.
    static func evaluate(_ date: SimpleDate, _ value: FieldValue, in ctx: CheckContext) -> Bool {
        guard !value.field.allowFuture, date > ctx.asOf else { return false }
        ctx.emit(self, value, message: "Ngày \(date) ở «\(value.column.header)» nằm sau ngày tham chiếu \(ctx.asOf).")
        return true
    }
}
