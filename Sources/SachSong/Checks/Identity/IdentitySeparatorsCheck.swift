/// A valid 12-digit number written with spaces, dots or dashes.
struct IdentitySeparatorsCheck: Check {
    static let id = "sach.id-separators"
    static let dimension = Dimension.sach
    static let severity = Severity.warning
    static let summary = "Số định danh viết có dấu cách, dấu chấm hoặc gạch nối."
    static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "079 212 004 321")]),
        .invalid([("so_dinh_danh", "079.212.004.321")])
    ]

    static func report(_ value: FieldValue, digits: String, in ctx: CheckContext) {
        ctx.emit(self, value, message: "Số định danh «\(value.trimmedText)» nên viết liền 12 chữ số: «\(digits)».", fix: digits)
    }
}
