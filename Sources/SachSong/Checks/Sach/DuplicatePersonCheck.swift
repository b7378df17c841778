/// The same person entered twice: the same name (ignoring case and spaces), birth date and
/// class, or name, birth date and citizen ID.
struct DuplicatePersonCheck: Check {
    static let id = "sach.duplicate-person"
    static let dimension = Dimension.sach
    static let severity = Severity.error
    static let summary = "Cùng một người được nhập hai lần (trùng họ tên, ngày sinh và lớp hoặc số định danh)."
    static let examples: [CheckExample] = [
        .valid([("ho_ten", "Võ Minh Khang"), ("ngay_sinh", "02/02/2013"), ("lop", "7A1")]),
        // A single row cannot repeat itself; the engine tests plant repeated persons.
    ]

    /// The fingerprint of one duplicate-key set, or nil when one of its fields is missing.
    static func key(_ slots: [Int], in ctx: CheckContext) -> KeyFingerprint? {
        var bytes: [UInt8] = []
        for slot in slots {
            guard ctx.state.present[slot] else { return nil }
            if let date = ctx.state.dates[slot] {
                bytes.append(contentsOf: date.iso.utf8)
            } else if let text = ctx.state.texts[slot] {
                bytes.append(contentsOf: MatchKey.of(text).utf8)
            } else {
                return nil
            }
            bytes.append(0x1F)
        }
        return KeyFingerprint(bytes)
    }

    static func report(_ fields: [String], first: KeyPlace, in ctx: CheckContext) {
        let column = fields.first.flatMap(ctx.column)
        let names = fields.compactMap { ctx.column($0)?.header }.joined(separator: ", ")
        let value = column.flatMap { ctx.state.texts[$0.slot] }
        ctx.emit(self, column, value: value,
                 message: "Trùng người với dòng dữ liệu \(first.row) (dòng \(first.line)): cùng \(names).")
    }
}
