/// Text that Excel would take for a formula when the file is opened (it begins with =, + or @):
/// a formula such as =HYPERLINK(…) in a name can send whoever opens the export elsewhere. The
/// user's data is never changed by sachsong: the finding says how to fix it.
public struct FormulaLikeCheck: FieldCheck {
    public static let id = "sach.formula-like"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Ô văn bản bắt đầu bằng =, + hoặc @: Excel sẽ hiểu là công thức khi mở tệp."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "=HYPERLINK(\"http://x.example\",\"Bấm để xem\")")]),
        .invalid([("dia_chi", "@SUM(1+1)")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.isText }
    static let stage = FieldCheckStage.text

    /// True for bytes Excel reads as the start of a formula.
    @inline(__always)
    static func matches(_ trimmed: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = trimmed.first else { return false }
        if first == 0x3D || first == 0x40 { return trimmed.count > 1 }
        // "+84 912…" is a phone, "+5" a number: a formula needs a letter or a bracket after "+".
        if first == 0x2B, trimmed.count > 1 { let next = trimmed[1]; return next == 0x28 || (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A }
        return false
    }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard matches(value.trimmed) else { return }
        ctx.emit(
            self, value,
            message:
                "«\(value.trimmedText)» ở «\(value.column.header)» bắt đầu bằng «\(value.trimmedText.prefix(1))»: Excel sẽ chạy nó như công thức khi mở tệp. Sửa lại nội dung, hoặc thêm dấu ' ở đầu nếu đúng là văn bản."
        )
    }
}
