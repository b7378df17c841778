/// A required field left blank.
struct RequiredFieldCheck: Check {
    static let id = "du.required"
    static let dimension = Dimension.du
    static let severity = Severity.error
    static let summary = "Trường bắt buộc bị bỏ trống."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", ""), ("ngay_sinh", "01/02/2014")]),
        .invalid([("ho_ten", "   "), ("ngay_sinh", "01/02/2014")])
    ]

    static func report(_ column: ColumnPlan, in ctx: CheckContext) {
        ctx.emit(self, column, value: "", message: "Trường bắt buộc «\(column.header)» bị bỏ trống.")
    }
}
