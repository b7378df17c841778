/// Invisible characters: zero-width spaces and joiners, byte-order marks, non-breaking spaces.
struct InvisibleCharacterCheck: Check {
    static let id = "sach.invisible"
    static let dimension = Dimension.sach
    static let severity = Severity.warning
    static let summary = "Ký tự vô hình (khoảng trắng không ngắt, ký tự độ rộng 0) trong giá trị."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Phạm Minh Tuấn")]),
        .invalid([("ho_ten", "Phạm\u{00A0}Minh Tuấn")]),
        .invalid([("ma_hoc_sinh", "\u{200B}7912345678")]),
    ]

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.profile.invisible else { return }
        var cleaned = ""
        for scalar in value.text.unicodeScalars {
            if scalar.value == 0xA0 || scalar.value == 0x202F || scalar.value == 0x2007 {
                cleaned.unicodeScalars.append(" ")
            } else if !VietnameseLetters.isInvisible(scalar.value) {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        ctx.emit(self, value, message: "«\(value.column.header)» chứa ký tự vô hình (khoảng trắng không ngắt hoặc độ rộng 0).",
                 fix: SpacesCheck.normalized(cleaned))
    }
}
