/// A valid 12-digit number written with spaces, dots or dashes.
public struct IdentitySeparatorsCheck: Check {
    public static let id = "sach.id-separators"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Số định danh viết có dấu cách, dấu chấm hoặc gạch nối."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "079 212 004 321")]),
        .invalid([("so_dinh_danh", "079.212.004.321")])
    ]

    static func report(_ value: FieldValue, digits: String, in ctx: CheckContext) {
        ctx.emit(self, value, message: "Số định danh «\(value.trimmedText)» nên viết liền 12 chữ số: «\(digits)».", fix: digits)
    }
}
