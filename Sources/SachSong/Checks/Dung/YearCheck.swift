/// A year that is not four digits, or outside the field's range (parents' birth years).
public struct YearCheck: FieldCheck {
    public static let id = "dung.year"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Năm không phải bốn chữ số hoặc ngoài khoảng hợp lý."
    public static let examples: [CheckExample] = [
        .valid([("nam_sinh_me", "1985")]),
        .invalid([("nam_sinh_me", "85")]),
        .invalid([("nam_sinh_me", "1885")]),
        .invalid([("nam_sinh_me", "2030")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .year }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        let t = value.trimmed
        guard t.count == 4, t.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            ctx.emit(self, value, message: "«\(value.trimmedText)» không phải năm bốn chữ số.")
            return
        }
        let year = t.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if let low = value.field.min, Double(year) < low {
            ctx.emit(self, value, message: "Năm \(year) nhỏ hơn \(Int(low)).")
        } else if year > ctx.asOf.year || (value.field.max.map { Double(year) > $0 } ?? false) {
            ctx.emit(self, value, message: "Năm \(year) nằm sau năm tham chiếu \(ctx.asOf.year).")
        }
    }
}
