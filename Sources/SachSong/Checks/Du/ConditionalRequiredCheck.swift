/// A field required under a condition — from an age, or for some values of another field (a
/// room's area, a piece of equipment's quantity) — left blank where its condition holds.
public struct ConditionalRequiredCheck: Check, RowCheck {
    public static let id = "du.conditional-required"
    public static let dimension = Dimension.du
    public static let severity = Severity.error
    public static let summary = "Trường bắt buộc theo điều kiện (ví dụ diện tích của phòng học) bị bỏ trống."
    public static let examples: [CheckExample] = [
        .valid("co_so_vat_chat", [("loai", "Thiết bị dạy học"), ("dien_tich", "")]),
        .invalid("co_so_vat_chat", [("loai", "Phòng học"), ("dien_tich", "")]),
        .valid("co_so_vat_chat", [("loai", "Phòng học"), ("dien_tich", "54")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        for column in ctx.plan.conditionalColumns where !ctx.state.present[column.slot] {
            switch column.field.required {
            case .fromAge(let age):
                guard let birth = ctx.birthDate else { continue }
                let actual = birth.age(at: ctx.asOf)
                if actual >= age {
                    ctx.emit(
                        self, column, value: "",
                        message: "«\(column.header)» bắt buộc từ \(age) tuổi; người này \(actual) tuổi vào ngày \(ctx.asOf) nhưng để trống.")
                }
            case .whenField(let other, let values):
                guard let current = ctx.canonical(other) else { continue }
                if values.contains(current) {
                    // The other column as the file names it ("Loại phòng"), never the field's id.
                    let name = ctx.column(other)?.header ?? other
                    ctx.emit(self, column, value: "", message: "«\(column.header)» bắt buộc khi «\(name)» là «\(current)» nhưng để trống.")
                }
            default:
                continue
            }
        }
    }
}
