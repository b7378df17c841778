/// A class whose leading number disagrees with the grade ("7A2" in grade 6).
struct ClassGradeCheck: Check {
    static let id = "dung.class-grade"
    static let dimension = Dimension.dung
    static let severity = Severity.error
    static let summary = "Lớp không khớp khối (ví dụ lớp 7A2 nhưng khối 6)."
    static let examples: [CheckExample] = [
        .valid([("lop", "6A1"), ("khoi", "6")]),
        .invalid([("lop", "7A2"), ("khoi", "Khối 6")]),
    ]

    static func evaluate(_ ctx: CheckContext) {
        guard let rule = ctx.plan.recordType.ageGrade, let gradeField = rule.grade, let classField = rule.className,
              let gradeSlot = ctx.slot(gradeField), let classSlot = ctx.slot(classField),
              let grade = ctx.state.grades[gradeSlot], let classGrade = ctx.state.grades[classSlot],
              grade != classGrade else { return }
        let column = ctx.column(classField)
        ctx.emit(self, column, value: ctx.state.texts[classSlot],
                 message: "Lớp «\(ctx.state.texts[classSlot] ?? "")» thuộc khối \(classGrade) nhưng khối ghi là \(grade).")
    }
}
