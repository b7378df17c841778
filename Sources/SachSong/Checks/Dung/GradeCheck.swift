/// A grade that is not 1–12, or a class name that does not start with its grade (a preschool's
/// groups and classes, which have no grade, are neither).
public struct GradeCheck: Check {
    public static let id = "dung.grade"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Khối lớp không phải 1–12, hoặc tên lớp không bắt đầu bằng số khối."
    public static let examples: [CheckExample] = [
        .valid([("khoi", "Khối 6")]),
        .valid([("lop", "6A1")]),
        // A preschool's groups and classes have no grade, and their numbers are none.
        .valid([("lop", "Lớp Chồi 1")]),
        .valid([("lop", "Nhóm 24-36 tháng")]),
        .valid([("khoi", "Mẫu giáo lớn")]),
        .invalid([("khoi", "13")]),
        .invalid([("lop", "ABC")])
    ]

    /// Reads a grade field.
    static func evaluateGrade(_ value: FieldValue, in ctx: CheckContext) -> Int? {
        if GradeParser.isPreschool(bytes: value.trimmed) { return nil }
        if let grade = GradeParser.grade(bytes: value.trimmed) { return grade }
        ctx.emit(self, value, message: "«\(value.trimmedText)» không phải khối lớp 1–12.")
        return nil
    }

    /// Reads the grade a class name starts with.
    static func evaluateClass(_ value: FieldValue, in ctx: CheckContext) -> Int? {
        if GradeParser.isPreschool(bytes: value.trimmed) { return nil }
        if let grade = GradeParser.grade(bytes: value.trimmed) { return grade }
        ctx.emit(
            self, value, message: "Tên lớp «\(value.trimmedText)» không bắt đầu bằng số khối (ví dụ 6A1, 12.6).",
            severity: .warning)
        return nil
    }
}
