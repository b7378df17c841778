/// A field required under a condition — the citizen ID from age 14, a field needed for some
/// statuses — left blank where its condition holds.
struct ConditionalRequiredCheck: Check {
    static let id = "du.conditional-required"
    static let dimension = Dimension.du
    static let severity = Severity.error
    static let summary = "Trường bắt buộc theo điều kiện (ví dụ số định danh từ 14 tuổi) bị bỏ trống."
    static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "10/03/2016"), ("so_dinh_danh", "")]),
        .invalid([("ngay_sinh", "10/03/2010"), ("so_dinh_danh", "")]),
        .valid([("ngay_sinh", "10/03/2010"), ("so_dinh_danh", "079210000123")]),
    ]

    static func evaluate(_ ctx: CheckContext) {
        for column in ctx.plan.conditionalColumns where !ctx.state.present[column.slot] {
            switch column.field.required {
            case .fromAge(let age):
                guard let birth = ctx.birthDate else { continue }
                let actual = birth.age(at: ctx.asOf)
                if actual >= age {
                    ctx.emit(self, column, value: "",
                             message: "«\(column.header)» bắt buộc từ \(age) tuổi; người này \(actual) tuổi vào ngày \(ctx.asOf) nhưng để trống.")
                }
            case .whenField(let other, let values):
                guard let current = ctx.canonical(other) else { continue }
                if values.contains(current) {
                    ctx.emit(self, column, value: "", message: "«\(column.header)» bắt buộc khi «\(other)» là «\(current)» nhưng để trống.")
                }
            default:
                continue
            }
        }
    }
}
