import Foundation

/// Text not in Unicode NFC: letters written as a base letter plus combining marks (as
/// Windows-1258 or macOS produce), which compare unequal to the same text typed normally.
struct NormalizationCheck: Check {
    static let id = "sach.nfc"
    static let dimension = Dimension.sach
    static let severity = Severity.warning
    static let summary = "Văn bản chưa chuẩn hóa Unicode NFC (dấu thanh tách rời khỏi chữ)."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "Nguye\u{0302}\u{0303}n Va\u{0306}n An")])
    ]

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.profile.combiningMark else { return }
        let fixed = value.text.precomposedStringWithCanonicalMapping
        ctx.emit(self, value, message: "«\(fixed)» chưa ở dạng Unicode dựng sẵn (NFC): dấu được gõ tách rời.", fix: fixed)
    }
}
