/// A citizen card issued before the last renewal age the person has reached (Luật Căn cước 2023
/// Điều 21: renewed at 14, 25, 40 and 60; a card issued within 2 years before such an age stays
/// valid to the next one; the ages are `card_renewal_ages` in profile.yaml). Read from the
/// export's issue date (Ngày cấp); a warning, as the export may lag behind the card.
public struct CardRenewalCheck: Check, RowCheck {
    public static let id = "song.card-expired"
    public static let dimension = Dimension.song
    public static let severity = Severity.warning
    public static let summary = "Thẻ căn cước cấp trước tuổi phải đổi thẻ (14, 25, 40, 60) mà người đó đã qua: thẻ đã hết hạn."
    public static let examples: [CheckExample] = [
        .valid("nhan_su", [("ngay_sinh", "10/03/2000"), ("ngay_cap", "15/09/2023")]),
        .invalid("nhan_su", [("ngay_sinh", "10/03/2000"), ("ngay_cap", "15/04/2020")]),
        .valid("nhan_su", [("ngay_sinh", "10/03/2000"), ("ngay_cap", "15/04/2024")]),
        .valid("nhan_su", [("ngay_sinh", "10/03/1964"), ("ngay_cap", "15/04/2022")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        let fields = ctx.plan.rowFields
        guard let issuedRef = fields.cardIssued, let issued = ctx.state.date(issuedRef.slot), let birth = ctx.birthDate,
            !ctx.state.foreign
        else { return }
        // A person without a card, or with an old 9-digit CMND, has no card to renew.
        if let card = fields.card, fields.cardNo >= 0, ctx.state.entry(card.slot) == fields.cardNo { return }
        if let id = fields.identityID?.column, ctx.state.present[id.slot], ctx.state.identityDigits < 0 { return }
        let ages = ctx.settings.cardRenewalAges
        let issuedAge = birth.age(at: issued)
        guard let renewal = ages.first(where: { $0 > issuedAge }) else { return }
        var due = renewal
        if issuedAge >= renewal - 2 {
            // Issued within two years before a renewal age: valid to the next one, or for life.
            guard let next = ages.first(where: { $0 > renewal }) else { return }
            due = next
        }
        let dueDate = birth.adding(years: due)
        guard ctx.asOf >= dueDate else { return }
        ctx.emit(
            self, issuedRef.column, value: issued.description,
            message:
                "Thẻ cấp ngày \(issued) (khi \(issuedAge) tuổi) phải đổi khi đủ \(due) tuổi, tức từ \(dueDate); nay người này \(birth.age(at: ctx.asOf)) tuổi: thẻ đã hết hạn, cần đổi thẻ và cập nhật ngày cấp."
        )
    }
}
