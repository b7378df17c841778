/// The first three digits name no province of the birth-registration list (they may be a
/// country code for a birth registered abroad, hence a warning).
public struct ProvinceCodeCheck: Check {
    public static let id = "cccd.province"
    public static let dimension = Dimension.dung
    public static let severity = Severity.warning
    public static let summary = "Ba chữ số đầu của số định danh không phải mã tỉnh nơi đăng ký khai sinh."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "003212004321")]),
        .invalid([("so_dinh_danh", "099212004321")])
    ]

    static func message(id: CitizenID) -> String {
        "Mã tỉnh «\(id.provinceCode)» của số «\(id.digits)» không có trong danh mục 63 tỉnh (có thể là mã quốc gia nếu khai sinh ở nước ngoài)."
    }
}
