/// Invisible characters: zero-width spaces and joiners, byte-order marks, non-breaking spaces.
public struct InvisibleCharacterCheck: FieldCheck {
    public static let id = "sach.invisible"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Ký tự vô hình (khoảng trắng không ngắt, ký tự độ rộng 0) trong giá trị."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Phạm Minh Tuấn")]),
        .invalid([("ho_ten", "Phạm\u{00A0}Minh Tuấn")]),
        .invalid([("ma_hoc_sinh", "\u{200B}7912345678")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { true }
    static let stage = FieldCheckStage.nonASCIIText
    static let readsProfile = true

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.profile.invisible else { return }
        ctx.emit(
            self, value, message: "«\(value.column.header)» chứa ký tự vô hình (khoảng trắng không ngắt hoặc độ rộng 0).",
            fix: cleaned(value.text))
    }

    /// The text with non-breaking spaces made ordinary spaces, zero-width characters removed, and
    /// spaces then trimmed and collapsed.
    static func cleaned(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value == 0xA0 || scalar.value == 0x202F || scalar.value == 0x2007 {
                result.unicodeScalars.append(" ")
            } else if !VietnameseLetters.isInvisible(scalar.value) {
                result.unicodeScalars.append(scalar)
            }
        }
        return SpacesCheck.normalized(result)
    }
}
