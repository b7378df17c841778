/// A value of the code list written another way than its canonical spelling ("nu" for "Nữ",
/// "MĐ2" for "Mức 2", "01" for "Đang học").
public struct ValueSynonymCheck: Check {
    public static let id = "sach.value-synonym"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Giá trị đúng nhưng viết khác cách viết chuẩn của danh mục."
    public static let examples: [CheckExample] = [
        .valid([("gioi_tinh", "Nữ")]),
        .invalid([("gioi_tinh", "nu")]),
        .invalid([("muc_vneid", "MĐ2")])
    ]

    static func report(_ value: FieldValue, canonical: String, in ctx: CheckContext) {
        ctx.emit(self, value, message: "«\(value.trimmedText)» nên viết theo danh mục là «\(canonical)».", fix: canonical)
    }
}
