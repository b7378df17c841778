/// Digits 1–3 of the personal ID number name the province where the birth was registered (NĐ
/// 137/2015 Điều 13; TT 07/2016/TT-BCA): where the export carries that place (Nơi khai sinh, Tỉnh
/// thành khai sinh, Nơi khai sinh Tỉnh (cũ)), they should be its code — or, for a province of
/// the 2025 map, the code of one of the provinces it absorbed.
struct BirthPlaceCodeCheck: Check {
    static let id = "cccd.birth-place"
    static let dimension = Dimension.dung
    static let severity = Severity.warning
    static let summary = "Mã tỉnh (chữ số 1–3) của số định danh khác tỉnh nơi đăng ký khai sinh ghi trong hồ sơ."
    static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321"), ("noi_khai_sinh", "Phường Phú Lâm, TP. Hồ Chí Minh")]),
        .valid([("so_dinh_danh", "080212004321"), ("noi_khai_sinh", "Xã Mỹ Yên, tỉnh Tây Ninh")]),
        .invalid([("so_dinh_danh", "001212004321"), ("noi_khai_sinh", "Phường Phú Lâm, TP. Hồ Chí Minh")]),
        .invalid([("so_dinh_danh", "079212004321"), ("noi_khai_sinh_cu", "Long An")]),
    ]

    static func evaluate(_ ctx: CheckContext) {
        guard let places = ctx.plan.provincePlaces, ctx.state.identityDigits >= 0, !ctx.state.foreign,
              let fields = ctx.plan.recordType.identity?.birthRegistration else { return }
        let code = Int(ctx.state.identityDigits / 1_000_000_000)
        for field in fields {
            guard let column = ctx.column(field), ctx.state.present[column.slot] else { continue }
            let place = ctx.text(column.slot)
            guard let codes = places.codes(for: place), !codes.contains(code) else { continue }
            let expected = codes.sorted().map { String(format: "%03d", $0) }.joined(separator: ", ")
            ctx.emit(self, ctx.column(ctx.plan.recordType.identity!.citizenID), value: String(format: "%012lld", ctx.state.identityDigits),
                     message: "Mã tỉnh «\(String(format: "%03d", code))» của số định danh khác nơi đăng ký khai sinh «\(place)» (mã \(expected)): kiểm tra số định danh hoặc nơi khai sinh.")
            return
        }
    }
}
