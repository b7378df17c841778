/// The keys of a file's rows, for duplicates: each unique field's value (a student code, a
/// citizen ID) and each duplicate-person key (name and birth date…), probed in their tables
/// row by row. A repeat is reported at once against its first occurrence, or — in a later part
/// of a file read in two — kept as a `KeyRepeat` until the parts are joined (`SegmentMerge`).
/// Memory grows with distinct keys, not rows.
final class RowKeys {
    private let plan: FilePlan
    /// Lines of rows, for the places of keys.
    let lines: RowLines
    let uniqueIndices: [KeyIndex]
    /// Slot → position in `uniqueIndices`.
    private let uniquePosition: [Int?]
    /// The duplicate-person keys checked (none when that rule is disabled).
    let duplicateKeys: [(fields: [String], slots: [Int])]
    let personKeys: [KeyIndex]
    /// The key tables, unique fields then person keys, as handles (`uniqueIndices` and
    /// `personKeys` own them).
    private let tables: UnsafeMutablePointer<KeyHandle>
    private let tableCount: Int
    private let uniqueCount: Int
    /// The slots of each person key, in place likewise.
    /// The slots of each person key, as buffers (no array to retain per row).
    private let personSlots: UnsafeMutablePointer<UnsafeBufferPointer<Int>>
    /// Per row: the fingerprint of each key (unique fields, then person keys; 0 when none).
    private let pending: UnsafeMutablePointer<UInt64>
    /// Per row: where each key was seen before.
    let found: UnsafeMutablePointer<KeyPlace?>
    private var keyBuffer: [UInt8] = []
    /// Where person keys are built (see `KeySink`).
    private let keyStorage: UnsafeMutablePointer<UInt8>
    private static let keyCapacity = 4096
    private let empty: UnsafeBufferPointer<UInt8>
    /// A later part of a file, read on its own (`SegmentedFileCheck`): a repeated key is kept as
    /// a `KeyRepeat` instead of reported, for the part before may hold its first occurrence.
    let defers: Bool
    /// The repeated keys of a part that defers them, in row order.
    private(set) var repeats: [KeyRepeat] = []
    /// A part that defers its keys notes where every `checkpointSpacing`-th row starts, so that
    /// any row can be found again by reading on from the last checkpoint before it (at most 15
    /// rows) — instead of keeping an offset per key (16 bytes per 16 rows).
    private(set) var checkpoints: [(row: Int, offset: Int64)] = []
    static let checkpointSpacing = 16
    private var nextCheckpoint = 1

    init(plan: FilePlan, persons: Bool, defers: Bool) {
        self.plan = plan
        self.defers = defers
        duplicateKeys = persons ? plan.duplicateKeys : []
        let lines = RowLines()
        self.lines = lines
        personKeys = duplicateKeys.map { _ in KeyIndex(lines: lines) }
        uniqueIndices = plan.uniqueColumns.map { _ in KeyIndex(lines: lines) }
        var positions = [Int?](repeating: nil, count: plan.recordType.fields.count)
        for (i, column) in plan.uniqueColumns.enumerated() { positions[column.slot] = i }
        uniquePosition = positions
        uniqueCount = plan.uniqueColumns.count
        tableCount = uniqueCount + duplicateKeys.count
        tables = .allocate(capacity: max(tableCount, 1))
        tables.initialize(from: (uniqueIndices + personKeys).map(\.handle), count: tableCount)
        personSlots = .allocate(capacity: max(duplicateKeys.count, 1))
        personSlots.initialize(
            from: duplicateKeys.map { key in
                let slots = UnsafeMutableBufferPointer<Int>.allocate(capacity: key.slots.count)
                _ = slots.initialize(from: key.slots)
                return UnsafeBufferPointer(slots)
            }, count: duplicateKeys.count)
        pending = .allocate(capacity: max(tableCount, 1))
        pending.initialize(repeating: 0, count: max(tableCount, 1))
        found = .allocate(capacity: max(tableCount, 1))
        found.initialize(repeating: nil, count: max(tableCount, 1))
        keyBuffer.reserveCapacity(256)
        keyStorage = .allocate(capacity: Self.keyCapacity)
        empty = UnsafeBufferPointer(start: UnsafePointer(bitPattern: 1), count: 0)
    }

    deinit {
        tables.deinitialize(count: tableCount)
        tables.deallocate()
        for i in 0..<duplicateKeys.count { personSlots[i].deallocate() }
        personSlots.deallocate()
        keyStorage.deallocate()
        pending.deallocate()
        found.deallocate()
    }

    /// Keys of unique fields by field id, for duplicates across files.
    var byField: [String: KeyIndex] {
        var result: [String: KeyIndex] = [:]
        for (i, column) in plan.uniqueColumns.enumerated() { result[column.field.id] = uniqueIndices[i] }
        return result
    }

    /// A new row begins.
    @inline(__always)
    func begin(row: Int, line: Int) {
        lines.note(row: row, line: line)
        for i in 0..<uniqueCount { pending[i] = 0 }
    }

    /// The value of a cell of the row, in `slot`: its key is taken when the field is unique, and
    /// its table's slot prefetched.
    @inline(__always)
    func note(_ value: FieldValue, slot: Int, in ctx: CheckContext) {
        guard let position = uniquePosition[slot] else { return }
        let key = DuplicateKeyCheck.key(value, in: ctx).value
        pending[position] = key
        tables[position].prefetch(raw: key)
    }

    /// The person keys of the row, built from what its fields left in `ctx.state`; their slots
    /// are prefetched, so that the misses overlap with the row checks.
    @inline(__always)
    func notePersons(in ctx: CheckContext) {
        var sink = KeySink(base: keyStorage, capacity: Self.keyCapacity)
        for i in 0..<duplicateKeys.count {
            let key = DuplicatePersonCheck.key(personSlots[i], in: ctx, sink: &sink, buffer: &keyBuffer)?.value ?? 0
            pending[uniqueCount + i] = key
            if key != 0 { tables[uniqueCount + i].prefetch(raw: key) }
        }
    }

    /// Probes the row's keys in their tables, back to back so that their cache misses overlap,
    /// and reports the repeats (or keeps them, in a part that defers them).
    @inline(__always)
    func probe(_ record: RecordView, row: Int, offset: Int64, in ctx: CheckContext) {
        if defers {
            deferKeys(row: row, offset: offset)
            return
        }
        for i in 0..<tableCount {
            found[i] = pending[i] == 0 ? nil : tables[i].insert(raw: pending[i], row: row)
        }
        for i in 0..<tableCount where found[i] != nil { report(i, record, in: ctx) }
    }

    /// Records the row's keys (and a checkpoint now and then); a repeat within this part is kept
    /// for later.
    private func deferKeys(row: Int, offset: Int64) {
        if row >= nextCheckpoint {
            checkpoints.append((row, offset))
            nextCheckpoint = row + Self.checkpointSpacing
        }
        for i in 0..<tableCount where pending[i] != 0 {
            if tables[i].insert(raw: pending[i], row: row) != nil {
                repeats.append(KeyRepeat(key: i, fingerprint: pending[i], row: row))
            }
        }
    }

    /// Sizes the key tables for about `rows` rows (the file's size over the bytes of the rows
    /// seen so far), so that they are not rebuilt again and again as they fill.
    func expectRows(_ rows: Int) {
        for index in uniqueIndices { index.reserve(rows) }
        for index in personKeys { index.reserve(rows) }
    }

    /// Reports the repeated key `i` of this row (unique fields first, then person keys).
    @inline(never)
    func report(_ i: Int, _ record: RecordView, in ctx: CheckContext) {
        guard let first = found[i] else { return }
        if i < uniqueCount {
            let column = plan.uniqueColumns[i]
            let bytes = column.index < record.count ? record[column.index] : empty
            DuplicateKeyCheck.report(FieldValue(column: column, bytes: bytes), first: first, in: ctx)
        } else {
            DuplicatePersonCheck.report(duplicateKeys[i - uniqueCount].fields, first: first, in: ctx)
        }
    }
}
