/// UTF-8 text that was once read as Windows-1252/1258 and saved again ("Nguyá»…n" for "Nguyễn").
public struct MojibakeCheck: FieldCheck {
    public static let id = "sach.mojibake"
    public static let dimension = Dimension.sach
    public static let severity = Severity.error
    public static let summary = "Chữ bị lỗi mã hóa (UTF-8 bị đọc nhầm thành Windows-1252/1258, ví dụ «Nguyá»…n»)."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Thị Hương")]),
        .valid([("ho_ten", "NGÔ BẢO CHÂU")]),
        .invalid([("ho_ten", "Nguyá»…n Thá»‹ HÆ°Æ¡ng")]),
        .invalid([("dia_chi", "Thá»§ Äá»©c")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.isText }
    static let stage = FieldCheckStage.nonASCIIText
    static let readsProfile = true

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.profile.mojibake else { return }
        let repaired = Mojibake.repaired(value.text)
        let hint = repaired.map { "; có lẽ là «\($0)»" } ?? ""
        ctx.emit(self, value, message: "«\(value.trimmedText)» bị lỗi mã hóa\(hint).", fix: repaired)
    }
}
