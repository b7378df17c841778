/// A student whose age (by calendar year, as the school-entry rule counts it) is further from
/// grade + 5 than the rules' tolerances (Luật Giáo dục 2019 Điều 28; Điều lệ trường). Younger than
/// the early-entry tolerance is an error; older than the late tolerance is a warning asking for a
/// check, since repeating a grade (up to three times a level) and late entry are lawful (Thông tư
/// 32/2020 Điều 33, Thông tư 28/2020 Điều 33).
public struct AgeGradeCheck: Check, RowCheck {
    public static let id = "dung.age-grade"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Tuổi (tính theo năm) lệch so với khối lớp quá mức cho phép (tuổi chuẩn = khối + 5)."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "15/08/2014"), ("khoi", "6")], asOf: SimpleDate(year: 2025, month: 10, day: 1)!),
        .valid([("ngay_sinh", "15/08/2012"), ("lop", "6A1")], asOf: SimpleDate(year: 2025, month: 10, day: 1)!),
        // A preschool class's number is no grade: a child of 4 in "Lớp Lá 2" is where she should be.
        .valid([("ngay_sinh", "10/03/2021"), ("lop", "Lớp Lá 2")], asOf: SimpleDate(year: 2025, month: 10, day: 1)!),
        .invalid([("ngay_sinh", "15/08/2008"), ("khoi", "6")], asOf: SimpleDate(year: 2025, month: 10, day: 1)!),
        .invalid([("ngay_sinh", "15/08/2010"), ("khoi", "6")], asOf: SimpleDate(year: 2025, month: 10, day: 1)!),
        .invalid([("ngay_sinh", "15/08/2017"), ("lop", "6A1")], asOf: SimpleDate(year: 2025, month: 10, day: 1)!)
    ]

    static func evaluate(_ ctx: CheckContext) {
        guard let rule = ctx.plan.recordType.ageGrade, let birth = ctx.birthDate else { return }
        // Slots first, the column only for a finding: a column reference would be retained and
        // released on every row.
        let fields = ctx.plan.rowFields
        var grade: Int?
        var fromClass = false
        if let slot = fields.grade?.slot, let value = ctx.state.grade(slot) {
            grade = value
        } else if let slot = fields.className?.slot, let value = ctx.state.grade(slot) {
            grade = value
            fromClass = true
        }
        guard let grade else { return }
        // The school year that contains the as-of date starts in September.
        let schoolYear = ctx.asOf.month >= 9 ? ctx.asOf.year : ctx.asOf.year - 1
        let age = schoolYear - birth.year
        let expected = grade + 5
        guard age < expected - rule.early || age > expected + rule.late else { return }
        let column = fromClass ? fields.className?.column : fields.grade?.column
        if age < expected - rule.early {
            ctx.emit(
                self, column, value: String(grade),
                message:
                    "Học sinh sinh năm \(birth.year) tròn \(age) tuổi trong năm học \(schoolYear)–\(schoolYear + 1), nhỏ hơn tuổi chuẩn \(expected) của khối \(grade) quá mức cho phép (sớm tối đa \(rule.early) năm)."
            )
        } else if age > expected + rule.late {
            ctx.emit(
                self, column, value: String(grade),
                message:
                    "Học sinh sinh năm \(birth.year) tròn \(age) tuổi trong năm học \(schoolYear)–\(schoolYear + 1), lớn hơn tuổi chuẩn \(expected) của khối \(grade) hơn \(rule.late) năm: cần kiểm tra ngày sinh và khối (lưu ban, vào học muộn là hợp lệ — TT 32/2020, TT 28/2020 Điều 33).",
                severity: .warning)
        }
    }
}
