/// A class whose leading number disagrees with the grade ("7A2" in grade 6).
public struct ClassGradeCheck: Check, RowCheck {
    public static let id = "dung.class-grade"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Lớp không khớp khối (ví dụ lớp 7A2 nhưng khối 6)."
    public static let examples: [CheckExample] = [
        .valid([("lop", "6A1"), ("khoi", "6")]),
        .invalid([("lop", "7A2"), ("khoi", "Khối 6")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        let fields = ctx.plan.rowFields
        guard let gradeRef = fields.grade, let classRef = fields.className,
            let grade = ctx.state.grade(gradeRef.slot), let classGrade = ctx.state.grade(classRef.slot),
            grade != classGrade
        else { return }
        let classSlot = classRef.slot
        let column = classRef.column
        ctx.emit(
            self, column, value: ctx.text(classSlot),
            message: "Lớp «\(ctx.text(classSlot))» thuộc khối \(classGrade) nhưng khối ghi là \(grade).")
    }
}
