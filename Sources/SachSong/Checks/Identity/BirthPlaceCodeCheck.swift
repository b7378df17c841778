/// Digits 1–3 of the personal ID number name the province where the birth was registered (NĐ
/// 137/2015 Điều 13; TT 07/2016/TT-BCA): where the export carries that place (Nơi khai sinh, Tỉnh
/// thành khai sinh, Nơi khai sinh Tỉnh (cũ)), they should be its code — or, for a province of
/// the 2025 map, the code of one of the provinces it absorbed.
public struct BirthPlaceCodeCheck: Check, RowCheck {
    public static let id = "cccd.birth-place"
    public static let dimension = Dimension.dung
    public static let severity = Severity.warning
    public static let summary = "Mã tỉnh (chữ số 1–3) của số định danh khác tỉnh nơi đăng ký khai sinh ghi trong hồ sơ."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321"), ("noi_khai_sinh", "Phường Phú Lâm, TP. Hồ Chí Minh")]),
        .valid([("so_dinh_danh", "080212004321"), ("noi_khai_sinh", "Xã Mỹ Yên, tỉnh Tây Ninh")]),
        .invalid([("so_dinh_danh", "001212004321"), ("noi_khai_sinh", "Phường Phú Lâm, TP. Hồ Chí Minh")]),
        .invalid([("so_dinh_danh", "079212004321"), ("noi_khai_sinh_cu", "Long An")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        guard ctx.state.identityDigits >= 0, !ctx.state.foreign, let places = ctx.plan.provincePlaces else { return }
        let code = Int(ctx.state.identityDigits / 1_000_000_000)
        for slot in ctx.plan.rowFields.birthRegistration where ctx.state.present[slot] {
            let bytes = ctx.bytes(slot)
            let key = KeyFingerprint(bytes).value
            let known: Set<Int>?
            if let cached = ctx.placeCodes[key] {
                known = cached
            } else {
                known = places.codes(for: String(decoding: bytes, as: UTF8.self))
                if ctx.placeCodes.count < 4096 { ctx.placeCodes[key] = known }
            }
            guard let codes = known, !codes.contains(code) else { continue }
            let place = ctx.text(slot)
            let expected = codes.sorted().map { String(format: "%03d", $0) }.joined(separator: ", ")
            ctx.emit(
                self, ctx.column(ctx.plan.recordType.identity!.citizenID), value: String(format: "%012lld", ctx.state.identityDigits),
                message:
                    "Mã tỉnh «\(String(format: "%03d", code))» của số định danh khác nơi đăng ký khai sinh «\(place)» (mã \(expected)): kiểm tra số định danh hoặc nơi khai sinh."
            )
            return
        }
    }
}
