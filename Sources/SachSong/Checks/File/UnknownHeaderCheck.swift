/// A column whose header matches no field of the record type (reported once per file).
struct UnknownHeaderCheck: Check {
    static let id = "schema.unknown-header"
    static let dimension = Dimension.sach
    static let severity = Severity.warning
    static let summary = "Cột có tiêu đề không khớp trường nào của loại hồ sơ (không được kiểm tra)."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "Nguyễn Văn An"), ("Sở thích", "Bóng đá")])
    ]
}
