/// A valid phone number written in another form than the national 10/11 digits
/// ("+84 90 123 4567", "090.123.4567").
public struct PhoneFormatCheck: Check {
    public static let id = "sach.phone-format"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Số điện thoại đúng nhưng viết không theo dạng chuẩn 0xxxxxxxxx."
    public static let examples: [CheckExample] = [
        .valid([("so_dien_thoai", "0901234567")]),
        .invalid([("so_dien_thoai", "+84 90 123 4567")]),
        .invalid([("so_dien_thoai", "090.123.4567")])
    ]

    static func report(_ value: FieldValue, normalized: String, in ctx: CheckContext) {
        ctx.emit(self, value, message: "Số điện thoại «\(value.trimmedText)» nên viết dạng chuẩn «\(normalized)».", fix: normalized)
    }
}
