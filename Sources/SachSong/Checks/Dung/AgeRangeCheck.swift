/// A birth date giving an age outside the record type's range (students 0–25, for nhà trẻ takes
/// children from 3 months; staff 18–75). Too young for a school grade is the age-grade check's.
public struct AgeRangeCheck: Check {
    public static let id = "dung.age-range"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Tuổi tính từ ngày sinh nằm ngoài khoảng hợp lý của loại hồ sơ."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "01/09/2014")]),
        .invalid([("ngay_sinh", "01/09/1980")]),
        .valid([("ngay_sinh", "01/03/2025")]),
        .invalid("nhan_su", [("ngay_sinh", "01/09/2015")])
    ]

    static func evaluate(_ date: SimpleDate, _ value: FieldValue, in ctx: CheckContext) {
        let field = value.field
        guard field.minAge != nil || field.maxAge != nil else { return }
        let age = date.age(at: ctx.asOf)
        if let low = field.minAge, age < low {
            ctx.emit(
                self, value,
                message: "Ngày sinh \(date) cho tuổi \(age) vào ngày \(ctx.asOf), dưới mức tối thiểu \(low) của \(ctx.plan.recordType.name.lowercased()).")
        } else if let high = field.maxAge, age > high {
            ctx.emit(
                self, value,
                message: "Ngày sinh \(date) cho tuổi \(age) vào ngày \(ctx.asOf), trên mức tối đa \(high) của \(ctx.plan.recordType.name.lowercased()).")
        }
    }
}
