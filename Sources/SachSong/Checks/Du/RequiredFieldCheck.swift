/// A required field left blank.
public struct RequiredFieldCheck: Check {
    public static let id = "du.required"
    public static let dimension = Dimension.du
    public static let severity = Severity.error
    public static let summary = "Trường bắt buộc bị bỏ trống."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", ""), ("ngay_sinh", "01/02/2014")]),
        .invalid([("ho_ten", "   "), ("ngay_sinh", "01/02/2014")])
    ]

    static func report(_ column: ColumnPlan, in ctx: CheckContext) {
        ctx.emit(self, column, value: "", message: "Trường bắt buộc «\(column.header)» bị bỏ trống.")
    }
}
