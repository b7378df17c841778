/// An 11-digit mobile number of before the 2018 change (0162…, 0123…), with its new form.
public struct OldMobilePrefixCheck: Check {
    public static let id = "dung.phone-old-prefix"
    public static let dimension = Dimension.dung
    public static let severity = Severity.warning
    public static let summary = "Số di động 11 số cũ (đổi đầu số năm 2018), kèm số mới tương ứng."
    public static let examples: [CheckExample] = [
        .valid([("so_dien_thoai", "0321234567")]),
        .invalid([("so_dien_thoai", "01621234567")]),
        .invalid([("so_dien_thoai", "01201234567")])
    ]

    static func report(_ value: FieldValue, old: String, new: String, in ctx: CheckContext) {
        ctx.emit(self, value, message: "Số di động 11 số «\(old)» đã đổi đầu số từ 2018; số mới là «\(new)».", fix: new)
    }
}
