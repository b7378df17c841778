/// A last-updated date older than the freshness limit.
public struct StaleRecordCheck: Check {
    public static let id = "song.stale"
    public static let dimension = Dimension.song
    public static let severity = Severity.warning
    public static let summary = "Hồ sơ không được cập nhật quá thời hạn (mặc định 365 ngày trước ngày tham chiếu)."
    public static let examples: [CheckExample] = [
        .valid([("ngay_cap_nhat", "15/03/2026")]),
        .invalid([("ngay_cap_nhat", "15/03/2024")])
    ]

    static func evaluate(_ date: SimpleDate, _ value: FieldValue, in ctx: CheckContext) {
        guard let days = value.field.freshnessDays else { return }
        let age = ctx.asOf.dayNumber - date.dayNumber
        if age > days {
            ctx.emit(self, value, message: "Cập nhật lần cuối ngày \(date), đã \(age) ngày, quá hạn \(days) ngày.")
        }
    }
}
