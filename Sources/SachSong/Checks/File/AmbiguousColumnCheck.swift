/// A column that names two fields equally, or two columns that claim one field: the better
/// match is used, and the finding names both so that a person can say which is meant
/// (`--map 'HEADER=field'`).
struct AmbiguousColumnCheck: Check {
    static let id = "schema.ambiguous-column"
    static let dimension = Dimension.sach
    static let severity = Severity.warning
    static let summary = "Cột khớp hai trường như nhau, hoặc hai cột cùng khớp một trường (dùng --map để chỉ rõ)."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An"), ("ngay_sinh", "01/02/2014")]),
        .invalid([("Họ và tên", "Nguyễn Văn An"), ("Họ tên", "Nguyễn Văn An")])
    ]
}
