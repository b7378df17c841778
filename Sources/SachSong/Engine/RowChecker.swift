import CSVInput

/// The checking of one file's rows: field checks, then row checks, then keys.
final class RowChecker {
    let plan: FilePlan
    let ctx: CheckContext
    private let usedSlots: UnsafeMutableBufferPointer<Int>
    /// A required column is missing: every row is incomplete.
    private let missesRequiredColumn: Bool
    private var keyBuffer: [UInt8] = []
    /// Where person keys are built (see `KeySink`).
    private let keyStorage: UnsafeMutablePointer<UInt8>
    private static let keyCapacity = 4096
    var rowsWithErrors = 0
    var rowsIncomplete = 0
    /// The file column of the nationality field, if any (read before the fields of each row).
    private let nationalityColumn: Unmanaged<ColumnPlan>?
    /// Per address column (file index): rows naming an abolished district, and the first unit.
    var abolishedUnits: [Int: (count: Int, example: String, line: Int)] = [:]
    /// Lines of rows, for the places of keys.
    let lines: RowLines
    let uniqueIndices: [KeyIndex]
    /// Slot → position in `uniqueIndices`.
    private let uniquePosition: [Int?]
    let personKeys: [KeyIndex]
    private let empty: UnsafeBufferPointer<UInt8>
    /// The plan's columns without ownership (the plan owns them for the whole run): reaching a
    /// column costs no retain and release, which 22 columns of a million rows would.
    private let columnHandles: UnsafeMutablePointer<Unmanaged<ColumnPlan>>
    private let columnCount: Int
    /// The key tables, unique fields then person keys, as handles (`uniqueIndices` and
    /// `personKeys` own them).
    private let tables: UnsafeMutablePointer<KeyHandle>
    private let tableCount: Int
    /// The slots of each person key, in place likewise.
    private let personSlots: UnsafeMutablePointer<[Int]>
    /// Per row: the fingerprint of each key (unique fields, then person keys; 0 when none).
    private let pending: UnsafeMutablePointer<UInt64>
    /// Per row: where each key was seen before.
    let found: UnsafeMutablePointer<KeyPlace?>
    /// Indicator counters, bumped once per row after the checks (when the options ask for them).
    let tally: FileTally
    private let tallies: Bool
    /// Bit per data row: the row has an error (for adding cross-file findings later).
    var errorRows: [UInt64] = []
    /// A later part of a file, read on its own (`SegmentedFileCheck`): a repeated key is kept as
    /// a `KeyRepeat` instead of reported, for the part before may hold its first occurrence.
    let defersKeys: Bool
    /// The checks this run performs (``CheckDispatch``).
    let dispatch: CheckDispatch
    /// Per column (as `columnHandles`), its enabled field checks by stage, and the enabled row
    /// checks: kept as plain buffers, so that calling them costs no reference counting.
    private let columnChecks: UnsafeMutablePointer<ColumnChecks>
    private let rowChecks: UnsafeMutableBufferPointer<any RowCheck.Type>
    /// The duplicate-person keys checked (none when that rule is disabled).
    let duplicateKeys: [(fields: [String], slots: [Int])]
    /// The repeated keys of a part that defers them, in row order.
    private(set) var repeats: [KeyRepeat] = []
    /// A part that defers its keys notes where every `checkpointSpacing`-th row starts, so that
    /// any row can be found again by reading on from the last checkpoint before it (at most 15
    /// rows) — instead of keeping an offset per key (16 bytes per 16 rows).
    private(set) var checkpoints: [(row: Int, offset: Int64)] = []
    static let checkpointSpacing = 16
    private var nextCheckpoint = 1

    init(
        plan: FilePlan, rules: CompiledRules, options: CheckOptions, collector: FindingCollector, path: String,
        defersKeys: Bool = false
    ) {
        self.defersKeys = defersKeys
        tallies = options.tallies
        let dispatch = CheckDispatch(options: options)
        self.dispatch = dispatch
        duplicateKeys = dispatch.duplicatePerson ? plan.duplicateKeys : []
        self.plan = plan
        nationalityColumn = plan.rowFields.nationality?.column.map { Unmanaged.passUnretained($0) }
        ctx = CheckContext(collector: collector, plan: plan, settings: rules.ruleSet.settings, asOf: options.asOf)
        usedSlots = .allocate(capacity: plan.columns.count)
        _ = usedSlots.initialize(from: plan.columns.map(\.slot))
        missesRequiredColumn = !plan.missingRequired.isEmpty
        columnCount = plan.columns.count
        columnHandles = .allocate(capacity: max(columnCount, 1))
        columnHandles.initialize(from: plan.columns.map { Unmanaged.passUnretained($0) }, count: columnCount)
        columnChecks = .allocate(capacity: max(columnCount, 1))
        columnChecks.initialize(from: plan.columns.map { ColumnChecks($0, dispatch) }, count: columnCount)
        rowChecks = .allocate(capacity: dispatch.rowChecks.count)
        _ = rowChecks.initialize(from: dispatch.rowChecks)
        let type = plan.recordType
        keyBuffer.reserveCapacity(256)
        keyStorage = .allocate(capacity: Self.keyCapacity)
        let lines = RowLines()
        self.lines = lines
        personKeys = duplicateKeys.map { _ in KeyIndex(lines: lines) }
        uniqueIndices = plan.uniqueColumns.map { _ in KeyIndex(lines: lines) }
        var positions = [Int?](repeating: nil, count: type.fields.count)
        for (i, column) in plan.uniqueColumns.enumerated() { positions[column.slot] = i }
        uniquePosition = positions
        empty = UnsafeBufferPointer(start: UnsafePointer(bitPattern: 1), count: 0)
        tally = FileTally(plan: plan, rules: rules, options: options, path: path)
        let keyCount = plan.uniqueColumns.count + duplicateKeys.count
        tableCount = keyCount
        tables = .allocate(capacity: max(keyCount, 1))
        tables.initialize(from: (uniqueIndices + personKeys).map(\.handle), count: keyCount)
        personSlots = .allocate(capacity: max(duplicateKeys.count, 1))
        personSlots.initialize(from: duplicateKeys.map(\.slots), count: duplicateKeys.count)
        pending = .allocate(capacity: max(keyCount, 1))
        pending.initialize(repeating: 0, count: max(keyCount, 1))
        found = .allocate(capacity: max(keyCount, 1))
        found.initialize(repeating: nil, count: max(keyCount, 1))
    }

    deinit {
        columnHandles.deallocate()
        for i in 0..<columnCount { columnChecks[i].deallocate() }
        columnChecks.deallocate()
        rowChecks.deallocate()
        usedSlots.deallocate()
        tables.deinitialize(count: tableCount)
        tables.deallocate()
        personSlots.deinitialize(count: duplicateKeys.count)
        personSlots.deallocate()
        keyStorage.deallocate()
        pending.deallocate()
        found.deallocate()
    }

    /// Keys of unique fields by field id, for duplicates across files.
    var keys: [String: KeyIndex] {
        var result: [String: KeyIndex] = [:]
        for (i, column) in plan.uniqueColumns.enumerated() { result[column.field.id] = uniqueIndices[i] }
        return result
    }

    /// Checks one data row.
    func check(
        _ record: RecordView, number: Int, line: Int, offset: Int64 = -1, profiles: UnsafePointer<TextProfile>,
        placeholders: UnsafePointer<Bool>, matches: UnsafePointer<Int32>
    ) {
        ctx.row = number
        ctx.line = line
        lines.note(row: number, line: line)
        ctx.rowHasError = false
        ctx.rowIncomplete = missesRequiredColumn
        ctx.state.reset(usedSlots)
        ctx.state.record = record
        defer { ctx.state.record = nil }
        for i in 0..<(tableCount - duplicateKeys.count) { pending[i] = 0 }
        if let nationality = nationalityColumn {
            ctx.state.foreign = nationality._withUnsafeGuaranteedRef { isForeign(record, $0) }
        }
        for i in 0..<columnCount {
            columnHandles[i]._withUnsafeGuaranteedRef { column in
                let bytes = column.index < record.count ? record[column.index] : empty
                checkField(column, columnChecks[i], bytes, profiles[i], placeholders[i], matches[i])
            }
        }
        // Person keys first (they read what the fields left, as the row checks do), their slots
        // prefetched, so that the misses overlap with the row checks.
        let uniqueCount = tableCount - duplicateKeys.count
        var sink = KeySink(base: keyStorage, capacity: Self.keyCapacity)
        for i in 0..<(tableCount - uniqueCount) {
            let key = DuplicatePersonCheck.key(personSlots[i], in: ctx, sink: &sink, buffer: &keyBuffer)?.value ?? 0
            pending[uniqueCount + i] = key
            if key != 0 { tables[uniqueCount + i].prefetch(raw: key) }
        }
        for check in rowChecks { check.evaluate(ctx) }
        // All keys of the row probe their tables back to back, so that their cache misses overlap.
        let row = ctx.row
        if defersKeys {
            deferKeys(row: row, offset: offset)
        } else {
            for i in 0..<tableCount {
                found[i] = pending[i] == 0 ? nil : tables[i].insert(raw: pending[i], row: row)
            }
            for i in 0..<tableCount where found[i] != nil { reportKey(i, record) }
        }
        if tallies { tally.observe(ctx) }
        if ctx.rowHasError {
            rowsWithErrors += 1
            markError(row: ctx.row)
        }
        if ctx.rowIncomplete { rowsIncomplete += 1 }
    }

    /// True when the row's nationality names another country (blank or Việt Nam: a citizen).
    @inline(never)
    private func isForeign(_ record: RecordView, _ column: ColumnPlan) -> Bool {
        guard column.index < record.count else { return false }
        let bytes = record[column.index]
        if bytes.isEmpty { return false }
        let fingerprint = KeyFingerprint(bytes).value
        if let known = ctx.foreignValues[fingerprint] { return known }
        let key = MatchKey.of(String(decoding: bytes, as: UTF8.self))
        let foreign =
            !key.isEmpty && !plan.vietnameseNationality.contains(key)
            && Array(key.utf8).withUnsafeBufferPointer { !PlaceholderCheck.isPlaceholder($0, placeholders: plan.placeholders) }
        if ctx.foreignValues.count < 1024 { ctx.foreignValues[fingerprint] = foreign }
        return foreign
    }

    /// Sets the error bit of a row.
    func markError(row: Int) {
        let word = row >> 6
        if word >= errorRows.count { errorRows.append(contentsOf: repeatElement(0, count: word - errorRows.count + 1)) }
        errorRows[word] |= 1 << UInt64(row & 63)
    }

    func isErrorRow(_ row: Int) -> Bool {
        let word = row >> 6
        return word < errorRows.count && errorRows[word] & (1 << UInt64(row & 63)) != 0
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

    /// `placeholder`: the trimmed value is a placeholder (tested when the row was copied).
    private func checkField(
        _ column: ColumnPlan, _ checks: ColumnChecks, _ bytes: UnsafeBufferPointer<UInt8>, _ profile: TextProfile,
        _ placeholder: Bool, _ matched: Int32
    ) {
        let value = FieldValue(column: column, bytes: bytes, profile: profile)
        if value.trimmed.isEmpty {
            if column.requiredAlways { RequiredFieldCheck.report(column, in: ctx) }
            return
        }
        // Lists have their own values ("Chưa có"), and a count of 0 is a real number.
        if column.meansNothing(value.trimmed, listed: placeholder, matched: matched) {
            PlaceholderCheck.report(value, in: ctx)
            return
        }
        let slot = column.slot
        ctx.state.present[slot] = true

        for check in checks.text { check.evaluate(value, in: ctx) }
        if !value.profile.isASCII {
            for check in checks.nonASCIIText { check.evaluate(value, in: ctx) }
        }
        // The readers: what they find, other checks use.
        switch column.type {
        case .text:
            if column.isAddress && dispatch.abolishedDistrict, let unit = AbolishedDistrictCheck.unit(in: value.trimmed) {
                let seen = abolishedUnits[column.index]
                abolishedUnits[column.index] = ((seen?.count ?? 0) + 1, seen?.example ?? unit, seen?.line ?? ctx.line)
            }
        case .date:
            if let date = DateFormatCheck.evaluate(value, in: ctx) {
                ctx.state.setDate(slot, date)
                if !FutureDateCheck.evaluate(date, value, in: ctx) {
                    AgeRangeCheck.evaluate(date, value, in: ctx)
                    StaleRecordCheck.evaluate(date, value, in: ctx)
                }
            }
        case .citizenID:
            CitizenIDFormatCheck.evaluate(value, in: ctx)
        case .enumeration, .flag:
            if let matcher = column.matcher {
                ctx.state.setEntry(slot, AllowedValueCheck.evaluate(value, matched: ValueMatcher.unpack(matched), matcher: matcher, in: ctx))
            } else {
                ctx.state.setEntry(slot, nil)
            }
        case .grade:
            ctx.state.setGrade(slot, GradeCheck.evaluateGrade(value, in: ctx))
        case .className:
            ctx.state.setGrade(slot, GradeCheck.evaluateClass(value, in: ctx))
        case .personName, .timestamp, .year, .phone, .email, .code, .integer, .number:
            break
        }
        for check in checks.typed { check.evaluate(value, in: ctx) }

        if let position = uniquePosition[slot] {
            let key = DuplicateKeyCheck.key(value, in: ctx).value
            pending[position] = key
            tables[position].prefetch(raw: key)
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
    func reportKey(_ i: Int, _ record: RecordView) {
        guard let first = found[i] else { return }
        let uniqueCount = uniqueIndices.count
        if i < uniqueCount {
            let column = plan.uniqueColumns[i]
            let bytes = column.index < record.count ? record[column.index] : empty
            DuplicateKeyCheck.report(FieldValue(column: column, bytes: bytes), first: first, in: ctx)
        } else {
            DuplicatePersonCheck.report(duplicateKeys[i - uniqueCount].fields, first: first, in: ctx)
        }
    }
}
