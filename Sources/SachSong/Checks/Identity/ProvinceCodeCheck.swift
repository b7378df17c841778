/// The first three digits name no province of the birth-registration list (they may be a
/// country code for a birth registered abroad, hence a warning).
struct ProvinceCodeCheck: Check {
    static let id = "cccd.province"
    static let dimension = Dimension.dung
    static let severity = Severity.warning
    static let summary = "Ba chữ số đầu của số định danh không phải mã tỉnh nơi đăng ký khai sinh."
    static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "003212004321")]),
        .invalid([("so_dinh_danh", "099212004321")])
    ]

    static func message(id: CitizenID) -> String {
        "Mã tỉnh «\(id.provinceCode)» của số «\(id.digits)» không có trong danh mục 63 tỉnh (có thể là mã quốc gia nếu khai sinh ở nước ngoài)."
    }
}
