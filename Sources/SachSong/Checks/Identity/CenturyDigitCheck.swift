/// The fourth digit encodes a century that cannot be a living person's (4–9: born after
/// 2099), or one that disagrees with the birth date.
public struct CenturyDigitCheck: Check {
    public static let id = "cccd.century"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Chữ số thứ 4 (thế kỷ và giới tính) không hợp lệ hoặc không khớp thế kỷ của năm sinh."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079312004321"), ("ngay_sinh", "05/05/2012")]),
        .invalid([("so_dinh_danh", "079512004321")]),
        .invalid([("so_dinh_danh", "079112004321"), ("ngay_sinh", "05/05/2012")])
    ]

    static func impossibleMessage(id: CitizenID) -> String {
        "Chữ số thứ 4 của «\(id.digits)» là \(id.centuryDigit), nghĩa là sinh từ năm \(id.century): không thể với người đang học hoặc làm việc."
    }

    static func mismatchMessage(id: CitizenID, birth: SimpleDate) -> String {
        "Chữ số thứ 4 của «\(id.digits)» ứng với thế kỷ bắt đầu năm \(id.century), nhưng ngày sinh là \(birth)."
    }
}
