/// A phone number that is no Vietnamese mobile (10 digits, 03/05/07/08/09) or landline
/// (11 digits, 02x); "+84" forms are read and reported for normalisation.
public struct PhoneCheck: FieldCheck {
    public static let id = "dung.phone"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số điện thoại không hợp lệ (di động 10 số đầu 03/05/07/08/09, cố định 11 số đầu 02)."
    public static let examples: [CheckExample] = [
        .valid([("so_dien_thoai", "0901234567")]),
        .valid([("so_dien_thoai", "02838123456")]),
        .invalid([("so_dien_thoai", "0123456")]),
        .invalid([("so_dien_thoai", "0601234567")]),
        .invalid([("so_dien_thoai", "09012345678")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .phone }
    nonisolated(unsafe) static let alsoReports: [any Check.Type] = [PhoneFormatCheck.self, OldMobilePrefixCheck.self, PhonePrefixCheck.self]

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        let t = value.trimmed
        // The common case, a 10-digit mobile as it should be written, without building a String.
        if t.count == 10, t[0] == 0x30, t.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            ctx.plan.phones.isMobile(t[1] - 0x30, t[2] - 0x30)
        {
            return
        }
        let text = value.trimmedText
        switch PhoneNumber.parse(text, numbering: ctx.plan.phones) {
        case .valid(let normalized, let canonical):
            if !canonical {
                PhoneFormatCheck.report(value, normalized: normalized, in: ctx)
            }
        case .oldMobile(let old, let new):
            OldMobilePrefixCheck.report(value, old: old, new: new, in: ctx)
        case .lostLeadingZero(let restored):
            ctx.emit(
                self, value, message: "Số điện thoại «\(text)» có 9 chữ số: có lẽ bảng tính đã làm mất số 0 đầu («\(restored)»).",
                fix: restored)
        case .unlistedPrefix(let normalized, let prefix):
            PhonePrefixCheck.report(value, normalized: normalized, prefix: prefix, in: ctx)
        case .invalid:
            ctx.emit(self, value, message: "«\(text)» không phải số điện thoại Việt Nam hợp lệ.")
        }
    }
}
