/// A person's name in ALL CAPS or all lower case, with its Vietnamese title-case form.
public struct NameCaseCheck: FieldCheck {
    public static let id = "sach.name-case"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Họ tên viết toàn chữ hoa hoặc toàn chữ thường."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Đặng Thị Ánh")]),
        .invalid([("ho_ten", "ĐẶNG THỊ ÁNH")]),
        .invalid([("ho_ten", "đặng thị ánh")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .personName }
    static let readsProfile = true

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        let p = value.profile
        guard p.isAllUpper || p.isAllLower else { return }
        let fixed = titleCase(SpacesCheck.normalized(value.text))
        ctx.emit(
            self, value, message: "Họ tên «\(value.trimmedText)» viết toàn chữ \(p.isAllUpper ? "hoa" : "thường"); nên viết «\(fixed)».",
            fix: fixed)
    }

    /// Vietnamese title case: first letter of each word upper, the rest lower (Đ/đ included).
    static func titleCase(_ text: String) -> String {
        var result = ""
        var startOfWord = true
        for scalar in text.unicodeScalars {
            let value = startOfWord ? VietnameseLetters.uppercased(scalar.value) : VietnameseLetters.lowercased(scalar.value)
            result.unicodeScalars.append(Unicode.Scalar(value) ?? scalar)
            startOfWord = scalar == " " || scalar == "-"
        }
        return result
    }
}
