/// An 11-digit number that is a 12-digit one whose leading zero a spreadsheet dropped, when the
/// restored number agrees with the row's birth date and gender.
public struct LostLeadingZeroCheck: Check {
    public static let id = "cccd.lost-zero"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số định danh mất số 0 đầu (bảng tính đổi thành số); số khôi phục khớp với hồ sơ."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321"), ("ngay_sinh", "05/05/2012"), ("gioi_tinh", "Nam")]),
        .invalid([("so_dinh_danh", "79212004321"), ("ngay_sinh", "05/05/2012"), ("gioi_tinh", "Nam")])
    ]

    static func report(_ column: ColumnPlan, original: String, restored: String, in ctx: CheckContext) {
        ctx.emit(
            self, column, value: original,
            message: "«\(original)» có 11 chữ số: bảng tính đã làm mất số 0 đầu; số đúng là «\(restored)» (khớp ngày sinh và giới tính).",
            fix: restored)
    }
}
