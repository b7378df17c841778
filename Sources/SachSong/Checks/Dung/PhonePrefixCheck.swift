/// A well-formed 10-digit mobile number whose prefix the numbering table of the profile does not
/// list: new prefixes are allocated from time to time, so it is a warning asking for a check,
/// never an error.
public struct PhonePrefixCheck: Check {
    public static let id = "dung.phone-prefix"
    public static let dimension = Dimension.dung
    public static let severity = Severity.warning
    public static let summary = "Số di động đủ 10 chữ số nhưng đầu số không có trong bảng đầu số (rules/lists/dau_so_di_dong.yaml): cần kiểm tra."
    public static let examples: [CheckExample] = [
        .valid([("so_dien_thoai", "0912345678")]),
        .invalid([("so_dien_thoai", "0801234567")]),
        .invalid([("so_dien_thoai", "0531234567")])
    ]

    static func report(_ value: FieldValue, normalized: String, prefix: String, in ctx: CheckContext) {
        ctx.emit(
            self, value,
            message:
                "Số «\(value.trimmedText)» đủ 10 chữ số nhưng đầu số «\(prefix)» không có trong bảng đầu số di động của bộ quy tắc: kiểm tra lại số, hoặc bổ sung đầu số mới vào danh mục."
        )
    }
}
