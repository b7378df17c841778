/// A column that names two fields equally, or two columns that claim one field: the better
/// match is used, and the finding names both so that a person can say which is meant
/// (`--map 'HEADER=field'`).
public struct AmbiguousColumnCheck: Check {
    public static let id = "schema.ambiguous-column"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Cột khớp hai trường như nhau, hoặc hai cột cùng khớp một trường (dùng --map để chỉ rõ)."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An"), ("ngay_sinh", "01/02/2014")]),
        .invalid([("Họ và tên", "Nguyễn Văn An"), ("Họ tên", "Nguyễn Văn An")])
    ]
}
