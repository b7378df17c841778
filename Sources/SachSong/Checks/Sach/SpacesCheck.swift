import Foundation

/// Leading, trailing or doubled spaces, and tabs or line breaks inside a value.
public struct SpacesCheck: FieldCheck {
    public static let id = "sach.spaces"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Khoảng trắng thừa ở đầu, cuối hoặc giữa giá trị."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Lê Thị Hoa")]),
        .invalid([("ho_ten", " Lê Thị Hoa")]),
        .invalid([("ho_ten", "Lê  Thị Hoa")]),
        .invalid([("dia_chi", "12 Lê Lợi, Quận 1 ")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { true }
    static let stage = FieldCheckStage.text
    static let readsProfile = true

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        let p = value.profile
        guard p.leadingSpace || p.trailingSpace || p.doubleSpace || p.hasTabOrNewline else { return }
        var what: [String] = []
        if p.leadingSpace { what.append("ở đầu") }
        if p.trailingSpace { what.append("ở cuối") }
        if p.doubleSpace { what.append("hai dấu cách liền nhau") }
        if p.hasTabOrNewline { what.append("ký tự tab/xuống dòng") }
        ctx.emit(
            self, value, message: "Khoảng trắng thừa (\(what.joined(separator: ", "))) ở «\(value.column.header)».",
            fix: normalized(value.text))
    }

    /// The value with spaces trimmed and runs of white space collapsed to one space.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
