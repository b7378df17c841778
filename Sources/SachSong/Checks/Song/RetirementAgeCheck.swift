/// Staff past the statutory retirement age yet still "working" (a warning: later retirement
/// exists for some qualifications).
public struct RetirementAgeCheck: Check, RowCheck {
    public static let id = "song.retirement"
    public static let dimension = Dimension.song
    public static let severity = Severity.warning
    public static let summary = "Nhân sự đã quá tuổi nghỉ hưu theo lộ trình (BLLĐ 2019, NĐ 135/2020) nhưng vẫn ghi đang làm việc."
    public static let examples: [CheckExample] = [
        .valid("nhan_su", [("ngay_sinh", "10/10/1970"), ("gioi_tinh", "Nam"), ("trang_thai", "Đang làm việc")]),
        .invalid("nhan_su", [("ngay_sinh", "10/01/1963"), ("gioi_tinh", "Nam"), ("trang_thai", "Đang làm việc")]),
        .invalid("nhan_su", [("ngay_sinh", "10/01/1968"), ("gioi_tinh", "Nữ"), ("trang_thai", "Đang làm việc")]),
        .valid("nhan_su", [("ngay_sinh", "10/01/1963"), ("gioi_tinh", "Nam"), ("trang_thai", "Đã nghỉ hưu")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        let fields = ctx.plan.rowFields
        guard let schedule = ctx.plan.retirement, let birthRef = fields.retirementBirth,
            let birth = ctx.state.date(birthRef.slot), let genderRef = fields.retirementGender,
            let genderEntry = ctx.state.entry(genderRef.slot), let gender = fields.genders[genderEntry]
        else { return }
        if let statusRef = fields.retirementStatus {
            guard let entry = ctx.state.entry(statusRef.slot), fields.workingStatuses[entry] else { return }
        }
        let rule = ctx.plan.recordType.retirement!
        guard let retired = schedule.retirementDate(birth: birth, gender: gender), ctx.asOf > retired else { return }
        ctx.emit(
            self, ctx.column(rule.birthDate), value: birth.description,
            message: "\(gender == .male ? "Nam" : "Nữ") sinh \(birth) đã đến tuổi nghỉ hưu từ \(retired) nhưng vẫn ghi đang làm việc.")
    }
}
