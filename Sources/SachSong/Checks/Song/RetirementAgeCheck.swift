/// Staff past the statutory retirement age yet still "working" (a warning: later retirement
/// exists for some qualifications).
struct RetirementAgeCheck: Check {
    static let id = "song.retirement"
    static let dimension = Dimension.song
    static let severity = Severity.warning
    static let summary = "Nhân sự đã quá tuổi nghỉ hưu theo lộ trình (BLLĐ 2019, NĐ 135/2020) nhưng vẫn ghi đang làm việc."
    static let examples: [CheckExample] = [
        .valid("nhan_su", [("ngay_sinh", "10/10/1970"), ("gioi_tinh", "Nam"), ("trang_thai", "Đang làm việc")]),
        .invalid("nhan_su", [("ngay_sinh", "10/01/1963"), ("gioi_tinh", "Nam"), ("trang_thai", "Đang làm việc")]),
        .invalid("nhan_su", [("ngay_sinh", "10/01/1968"), ("gioi_tinh", "Nữ"), ("trang_thai", "Đang làm việc")]),
        .valid("nhan_su", [("ngay_sinh", "10/01/1963"), ("gioi_tinh", "Nam"), ("trang_thai", "Đã nghỉ hưu")]),
    ]

    static func evaluate(_ ctx: CheckContext) {
        guard let rule = ctx.plan.recordType.retirement, let schedule = ctx.plan.retirement,
              let birthSlot = ctx.slot(rule.birthDate), let birth = ctx.state.dates[birthSlot],
              let genderSlot = ctx.slot(rule.gender), let genderEntry = ctx.state.entries[genderSlot],
              let genderMatcher = ctx.column(rule.gender)?.matcher,
              let gender = Gender(canonical: genderMatcher.value(genderEntry)) else { return }
        if let statusField = rule.status {
            guard let slot = ctx.slot(statusField), let entry = ctx.state.entries[slot],
                  let matcher = ctx.column(statusField)?.matcher, rule.working.contains(matcher.value(entry)) else { return }
        }
        guard let retired = schedule.retirementDate(birth: birth, gender: gender), ctx.asOf > retired else { return }
        ctx.emit(self, ctx.column(rule.birthDate), value: birth.description,
                 message: "\(gender == .male ? "Nam" : "Nữ") sinh \(birth) đã đến tuổi nghỉ hưu từ \(retired) nhưng vẫn ghi đang làm việc.")
    }
}
