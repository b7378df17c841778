/// UTF-8 text that was once read as Windows-1252/1258 and saved again ("Nguyá»…n" for "Nguyễn").
struct MojibakeCheck: Check {
    static let id = "sach.mojibake"
    static let dimension = Dimension.sach
    static let severity = Severity.error
    static let summary = "Chữ bị lỗi mã hóa (UTF-8 bị đọc nhầm thành Windows-1252/1258, ví dụ «Nguyá»…n»)."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Thị Hương")]),
        .valid([("ho_ten", "NGÔ BẢO CHÂU")]),
        .invalid([("ho_ten", "Nguyá»…n Thá»‹ HÆ°Æ¡ng")]),
        .invalid([("dia_chi", "Thá»§ Äá»©c")])
    ]

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        guard value.profile.mojibake else { return }
        let repaired = Mojibake.repaired(value.text)
        let hint = repaired.map { "; có lẽ là «\($0)»" } ?? ""
        ctx.emit(self, value, message: "«\(value.trimmedText)» bị lỗi mã hóa\(hint).", fix: repaired)
    }
}
