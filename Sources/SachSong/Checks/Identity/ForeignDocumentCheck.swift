/// The identity number of a person who is not a Vietnamese citizen (nationality other than Việt
/// Nam): a passport or foreign document number, letters and digits, 5 to 20 of them. It gets this
/// check instead of the citizen ID's (Luật Căn cước 2023 gives the personal ID number to citizens).
public struct ForeignDocumentCheck: Check {
    public static let id = "dung.foreign-document"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số hộ chiếu hoặc giấy tờ của người nước ngoài phải gồm 5–20 chữ cái và chữ số."
    public static let examples: [CheckExample] = [
        .valid([("quoc_tich", "Hàn Quốc"), ("so_dinh_danh", "M12345678")]),
        .valid([("quoc_tich", "Việt Nam"), ("so_dinh_danh", "079212004321")]),
        .invalid([("quoc_tich", "Hàn Quốc"), ("so_dinh_danh", "M1234#5678")]),
        .invalid([("quoc_tich", "Nhật Bản"), ("so_dinh_danh", "AB1")])
    ]

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        let t = value.trimmed
        var digits = 0
        let wellFormed =
            t.count >= 5 && t.count <= 20
            && t.allSatisfy { b in
                if b >= 0x30 && b <= 0x39 { digits += 1; return true }
                return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            }
        if !wellFormed || digits == 0 {
            ctx.emit(
                self, value,
                message:
                    "«\(value.trimmedText)» ở «\(value.column.header)» không phải số hộ chiếu hoặc giấy tờ hợp lệ của người nước ngoài (5–20 chữ cái và chữ số)."
            )
        }
    }
}
