/// A student marked graduated, transferred or dropped out who still sits in a class.
public struct LeftInClassCheck: Check, RowCheck {
    public static let id = "song.left-in-class"
    public static let dimension = Dimension.song
    public static let severity = Severity.warning
    public static let summary = "Học sinh đã tốt nghiệp, chuyển đi hoặc thôi học nhưng vẫn được xếp trong một lớp hiện tại."
    public static let examples: [CheckExample] = [
        .valid([("trang_thai", "Đang học"), ("lop", "6A1")]),
        .valid([("trang_thai", "Chuyển đi"), ("lop", "")]),
        .invalid([("trang_thai", "Đã tốt nghiệp"), ("lop", "9A2")])
    ]

    static func evaluate(_ ctx: CheckContext) {
        let fields = ctx.plan.rowFields
        guard let statusRef = fields.status, let classRef = fields.statusClass, ctx.state.present[classRef.slot],
            let entry = ctx.state.entry(statusRef.slot), fields.leftStatuses[entry],
            let matcher = statusRef.column?.matcher
        else { return }
        let classSlot = classRef.slot
        let status = matcher.value(entry)
        ctx.emit(
            self, classRef.column, value: ctx.text(classSlot),
            message: "Trạng thái «\(status)» nhưng vẫn xếp lớp «\(ctx.text(classSlot))»: cần cập nhật lớp hoặc trạng thái.")
    }
}
