import Foundation

/// Text not in Unicode NFC: letters written as a base letter plus combining marks (as
/// Windows-1258 or macOS produce), which compare unequal to the same text typed normally.
public struct NormalizationCheck: FieldCheck {
    public static let id = "sach.nfc"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Văn bản chưa chuẩn hóa Unicode NFC (dấu thanh tách rời khỏi chữ)."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "Nguye\u{0302}\u{0303}n Va\u{0306}n An")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { true }
    static let stage = FieldCheckStage.nonASCIIText
    static let readsProfile = true

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.profile.combiningMark else { return }
        let fixed = value.text.precomposedStringWithCanonicalMapping
        ctx.emit(self, value, message: "«\(fixed)» chưa ở dạng Unicode dựng sẵn (NFC): dấu được gõ tách rời.", fix: fixed)
    }
}
