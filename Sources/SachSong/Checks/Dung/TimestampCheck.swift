/// A date-and-time that cannot be read, or lies in the future.
public struct TimestampCheck: FieldCheck {
    public static let id = "dung.timestamp"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Thời điểm (ngày giờ) không đọc được hoặc ở tương lai."
    public static let examples: [CheckExample] = [
        .valid("hoat_dong", [("thoi_diem", "2026-05-20 08:15:00")]),
        .invalid("hoat_dong", [("thoi_diem", "20/05/2026 25:61")]),
        .invalid("hoat_dong", [("thoi_diem", "2026-07-20 08:15:00")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .timestamp }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard let stamp = TimestampParser.parse(value.trimmedText) else {
            ctx.emit(self, value, message: "«\(value.trimmedText)» không phải thời điểm hợp lệ (cần dạng yyyy-mm-dd hh:mm:ss hoặc dd/mm/yyyy hh:mm).")
            return
        }
        if stamp.date > ctx.asOf && !value.field.allowFuture {
            ctx.emit(self, value, message: "Thời điểm \(value.trimmedText) nằm sau ngày tham chiếu \(ctx.asOf).")
        }
    }
}
