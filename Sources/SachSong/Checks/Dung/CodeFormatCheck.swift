/// An identifier that is not made of digits, or has a length the rules do not allow
/// (MOET student code: 10 digits).
public struct CodeFormatCheck: FieldCheck {
    public static let id = "dung.code-format"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Mã không đúng định dạng (chỉ gồm chữ số, đúng số chữ số quy định)."
    public static let examples: [CheckExample] = [
        .valid([("ma_hoc_sinh", "7912345678")]),
        .invalid([("ma_hoc_sinh", "791234567")]),
        .invalid([("ma_hoc_sinh", "79123A5678")]),
        .invalid([("ma_hoc_sinh", "79123456789")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .code }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.column.hasDigitRule else { return }
        let counts = value.column.digitCounts
        let t = value.trimmed
        let allDigits = t.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        if allDigits && t.count < 64 && counts & (1 << UInt64(t.count)) != 0 { return }
        let digits = value.field.digits
        if !allDigits {
            let text = value.trimmedText
            if text.contains("E+") || text.contains("e+") {
                ctx.emit(self, value, message: "Mã «\(text)» bị bảng tính đổi sang dạng số khoa học; cần lưu dạng văn bản.")
            } else {
                ctx.emit(self, value, message: "Mã «\(text)» chỉ được gồm chữ số.")
            }
        } else if !digits.contains(t.count) {
            let expected = digits.map(String.init).joined(separator: " hoặc ")
            ctx.emit(self, value, message: "Mã «\(value.trimmedText)» có \(t.count) chữ số, cần \(expected).")
        }
    }
}
