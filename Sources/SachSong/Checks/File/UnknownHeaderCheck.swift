/// A column whose header matches no field of the record type (reported once per file).
public struct UnknownHeaderCheck: Check {
    public static let id = "schema.unknown-header"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Cột có tiêu đề không khớp trường nào của loại hồ sơ (không được kiểm tra)."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "Nguyễn Văn An"), ("Sở thích", "Bóng đá")])
    ]
}
