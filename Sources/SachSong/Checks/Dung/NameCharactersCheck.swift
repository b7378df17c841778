/// A person's name holding digits or symbols.
struct NameCharactersCheck: Check {
    static let id = "dung.name-characters"
    static let dimension = Dimension.dung
    static let severity = Severity.error
    static let summary = "Họ tên chứa chữ số hoặc ký hiệu không thuộc tên người."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Thị Ánh")]),
        .valid([("ho_ten", "Y' Bhăm")]),
        .invalid([("ho_ten", "Nguyễn Văn 2")]),
        .invalid([("ho_ten", "Trần@Bình")]),
    ]

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        var bad = value.profile.digits > 0
        if !bad {
            for b in value.trimmed where b < 0x80 {
                let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                if !letter && b != 0x20 && b != 0x27 && b != 0x2D && b != 0x2E { bad = true; break }
            }
        }
        if bad {
            ctx.emit(self, value, message: "Họ tên «\(value.trimmedText)» chứa chữ số hoặc ký hiệu.")
        }
    }
}
