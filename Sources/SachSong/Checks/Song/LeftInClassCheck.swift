/// A student marked graduated, transferred or dropped out who still sits in a class.
struct LeftInClassCheck: Check {
    static let id = "song.left-in-class"
    static let dimension = Dimension.song
    static let severity = Severity.warning
    static let summary = "Học sinh đã tốt nghiệp, chuyển đi hoặc thôi học nhưng vẫn được xếp trong một lớp hiện tại."
    static let examples: [CheckExample] = [
        .valid([("trang_thai", "Đang học"), ("lop", "6A1")]),
        .valid([("trang_thai", "Chuyển đi"), ("lop", "")]),
        .invalid([("trang_thai", "Đã tốt nghiệp"), ("lop", "9A2")]),
    ]

    static func evaluate(_ ctx: CheckContext) {
        guard let rule = ctx.plan.recordType.status, let classField = rule.className,
              let statusSlot = ctx.slot(rule.field), let entry = ctx.state.entries[statusSlot],
              let matcher = ctx.column(rule.field)?.matcher,
              let classSlot = ctx.slot(classField), ctx.state.present[classSlot] else { return }
        let status = matcher.value(entry)
        guard rule.left.contains(status) else { return }
        ctx.emit(self, ctx.column(classField), value: ctx.state.texts[classSlot],
                 message: "Trạng thái «\(status)» nhưng vẫn xếp lớp «\(ctx.state.texts[classSlot] ?? "")»: cần cập nhật lớp hoặc trạng thái.")
    }
}
