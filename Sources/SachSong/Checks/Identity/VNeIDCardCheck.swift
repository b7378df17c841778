/// A VNeID level that cannot agree with the person's age or card (NĐ 69/2024/NĐ-CP Điều 7):
/// level 2 below `vneid_level2_min_age` (6) cannot exist (error); level 2 at the card age (14) or
/// over without a card is inconsistent (warning).
public struct VNeIDCardCheck: Check, RowCheck {
    public static let id = "dung.vneid-card"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Mức VNeID không khớp với tuổi hoặc thẻ căn cước (mức 2 dưới 6 tuổi; mức 2 từ 14 tuổi mà không có thẻ)."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "10/03/2010"), ("co_the_can_cuoc", "Có"), ("muc_vneid", "Mức 2")]),
        .invalid([("ngay_sinh", "10/03/2021"), ("muc_vneid", "Mức 2")]),
        .invalid([("ngay_sinh", "10/03/2010"), ("co_the_can_cuoc", "Không"), ("muc_vneid", "Mức 2")]),
        .valid([("ngay_sinh", "10/03/2021"), ("muc_vneid", "Chưa có")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        let fields = ctx.plan.rowFields
        guard fields.vneidLevel2 >= 0, let vneid = fields.vneid, ctx.state.entry(vneid.slot) == fields.vneidLevel2,
            let birth = ctx.birthDate, !ctx.state.foreign
        else { return }
        let age = birth.age(at: ctx.asOf)
        let column = vneid.column
        if age < ctx.settings.vneidLevel2MinAge {
            ctx.emit(
                self, column, value: ctx.text(vneid.slot),
                message: "VNeID mức 2 ở người \(age) tuổi (sinh \(birth)): không thể có dưới \(ctx.settings.vneidLevel2MinAge) tuổi (NĐ 69/2024/NĐ-CP).")
        } else if age >= ctx.settings.cardAge, let card = fields.card, fields.cardNo >= 0, ctx.state.entry(card.slot) == fields.cardNo {
            ctx.emit(
                self, column, value: ctx.text(vneid.slot),
                message: "VNeID mức 2 nhưng ghi chưa có thẻ căn cước ở người \(age) tuổi: mức 2 đi kèm thẻ căn cước, cần kiểm tra một trong hai.",
                severity: .warning)
        }
    }
}
