/// The same person entered twice: the same name (ignoring case and spaces), birth date and
/// class, or name, birth date and citizen ID.
public struct DuplicatePersonCheck: Check {
    public static let id = "sach.duplicate-person"
    public static let dimension = Dimension.sach
    public static let severity = Severity.error
    public static let summary = "Cùng một người được nhập hai lần (trùng họ tên, ngày sinh và lớp hoặc số định danh)."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Võ Minh Khang"), ("ngay_sinh", "02/02/2013"), ("lop", "7A1")])
        // A single row cannot repeat itself; the engine tests plant repeated persons.
    ]

    /// The fingerprint of one duplicate-key set (match keys of the values, dates as days),
    /// or nil when one of its fields is missing.
    static func key(_ slots: [Int], in ctx: CheckContext, buffer: inout [UInt8]) -> KeyFingerprint? {
        buffer.removeAll(keepingCapacity: true)
        for slot in slots {
            guard ctx.state.present[slot] else { return nil }
            if let day = ctx.state.dayNumber(slot) {
                withUnsafeBytes(of: day) { buffer.append(contentsOf: $0) }
            } else if MatchKey.write(ctx.bytes(slot), into: &ctx.scratch) {
                buffer.append(contentsOf: ctx.scratch)
            } else {
                buffer.append(contentsOf: MatchKey.of(ctx.text(slot)).utf8)
            }
            buffer.append(0x1F)
        }
        return KeyFingerprint(buffer)
    }

    /// The same fingerprint as `key(_:in:buffer:)`, built in `sink` (no allocation); falls back
    /// to the array path when the key does not fit. Leading fields shared with the row's previous
    /// key are not normalised again (`KeySink.begin`).
    static func key(
        _ slots: UnsafeBufferPointer<Int>, in ctx: CheckContext, sink: inout KeySink, buffer: inout [UInt8]
    ) -> KeyFingerprint? {
        unowned(unsafe) let state = ctx.state
        var position = sink.begin(slots, row: ctx.row, line: ctx.line)
        while position < slots.count {
            let slot = slots[position]
            guard state.present[slot] else { return nil }
            if let day = state.dayNumber(slot) {
                var word = UInt64(bitPattern: Int64(day)).littleEndian
                for _ in 0..<8 { sink.append(UInt8(truncatingIfNeeded: word)); word >>= 8 }
            } else if !MatchKey.append(ctx.bytes(slot), to: &sink) {
                for b in MatchKey.of(ctx.text(slot)).utf8 { sink.append(b) }
            }
            sink.append(0x1F)
            sink.endPart(position, slot: slot)
            position += 1
        }
        if sink.overflowed { return key(Array(slots), in: ctx, buffer: &buffer) }
        return KeyFingerprint(sink.bytes)
    }

    static func report(_ fields: [String], first: KeyPlace, in ctx: CheckContext) {
        let column = fields.first.flatMap(ctx.column)
        let names = fields.compactMap { ctx.column($0)?.header }.joined(separator: ", ")
        let value = column.map { ctx.text($0.slot) }
        ctx.emit(
            self, column, value: value,
            message: "Trùng \(ctx.plan.recordType.identity == nil ? "hồ sơ" : "người") với dòng dữ liệu \(first.row) (dòng \(first.line)): cùng \(names).",
            firstSeen: Finding.FirstSeen(row: Int(first.row), line: Int(first.line)))
    }
}
