/// The fourth digit's sex (even male, odd female) disagrees with the record's gender.
public struct GenderDigitCheck: Check {
    public static let id = "cccd.gender"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Giới tính mã hóa trong số định danh (chữ số thứ 4 chẵn: nam, lẻ: nữ) không khớp giới tính ghi trong hồ sơ."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079312004321"), ("gioi_tinh", "Nữ")]),
        .invalid([("so_dinh_danh", "079312004321"), ("gioi_tinh", "Nam")]),
        .invalid([("so_dinh_danh", "079212004321"), ("gioi_tinh", "Nữ")])
    ]

    static func message(id: CitizenID, gender: Gender) -> String {
        "Chữ số thứ 4 của «\(id.digits)» là \(id.centuryDigit) (giới tính \(id.gender.rawValue)), nhưng hồ sơ ghi «\(gender.rawValue)»."
    }
}
