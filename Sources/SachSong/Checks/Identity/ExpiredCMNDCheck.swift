/// A staff member identified only by an old 9-digit CMND, no longer valid since 1/1/2025
/// (Luật Căn cước 2023 Điều 46).
public struct ExpiredCMNDCheck: Check {
    public static let id = "song.cmnd-expired"
    public static let dimension = Dimension.song
    public static let severity = Severity.error
    public static let summary = "Nhân sự chỉ có CMND 9 số cũ, hết giá trị sử dụng từ 01/01/2025."
    public static let examples: [CheckExample] = [
        .valid("nhan_su", [("so_dinh_danh", "079085001234")]),
        .invalid("nhan_su", [("so_dinh_danh", "023456789")])
    ]

    static func report(_ value: FieldValue, digits: String, in ctx: CheckContext) {
        ctx.emit(self, value, message: "«\(digits)» là CMND 9 số, hết giá trị từ 01/01/2025 (Luật Căn cước 2023, Điều 46); cần số định danh cá nhân 12 chữ số.")
    }
}
