/// A number that cannot be read, is not whole where it must be, or is out of range.
public struct NumberCheck: FieldCheck {
    public static let id = "dung.number"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Giá trị số không đọc được hoặc nằm ngoài khoảng cho phép."
    public static let examples: [CheckExample] = [
        .valid("co_so_vat_chat", [("dien_tich", "54,5")]),
        .invalid("co_so_vat_chat", [("dien_tich", "năm mươi")]),
        .invalid("co_so_vat_chat", [("dien_tich", "-3")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .integer || column.type == .number }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        let text = value.trimmedText
        guard let number = NumberParser.parse(text) else {
            ctx.emit(self, value, message: "«\(text)» không phải là số.")
            return
        }
        let field = value.field
        if field.type == .integer, number.rounded() != number {
            ctx.emit(self, value, message: "«\(text)» phải là số nguyên.")
        } else if let low = field.min, number < low {
            ctx.emit(self, value, message: "\(text) nhỏ hơn mức tối thiểu \(format(low)) của «\(value.column.header)».")
        } else if let high = field.max, number > high {
            ctx.emit(self, value, message: "\(text) lớn hơn mức tối đa \(format(high)) của «\(value.column.header)».")
        }
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}
