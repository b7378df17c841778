import CSVInput

/// The checking of one file's rows: field checks, then row checks, then keys (``RowKeys``).
final class RowChecker {
    let plan: FilePlan
    let ctx: CheckContext
    private let usedSlots: UnsafeMutableBufferPointer<Int>
    /// A required column is missing: every row is incomplete.
    private let missesRequiredColumn: Bool
    var rowsWithErrors = 0
    var rowsIncomplete = 0
    /// The file column of the nationality field, if any (read before the fields of each row).
    private let nationalityColumn: Unmanaged<ColumnPlan>?
    /// Per address column (file index): rows naming an abolished district, and the first unit.
    var abolishedUnits: [Int: (count: Int, example: String, line: Int)] = [:]
    /// The row's keys, for duplicates.
    let keys: RowKeys
    private let empty: UnsafeBufferPointer<UInt8>
    /// The plan's columns without ownership (the plan owns them for the whole run): reaching a
    /// column costs no retain and release, which 22 columns of a million rows would.
    private let columnHandles: UnsafeMutablePointer<Unmanaged<ColumnPlan>>
    private let columnCount: Int
    /// Indicator counters, bumped once per row after the checks (when the options ask for them).
    let tally: FileTally
    private let tallies: Bool
    /// Bit per data row: the row has an error (for adding cross-file findings later).
    var errorRows: [UInt64] = []
    /// The checks this run performs (``CheckDispatch``).
    let dispatch: CheckDispatch
    /// Per column (as `columnHandles`), its enabled field checks by stage, and the enabled row
    /// checks: kept as plain buffers, so that calling them costs no reference counting.
    private let columnChecks: UnsafeMutablePointer<ColumnChecks>
    private let rowChecks: UnsafeMutableBufferPointer<any RowCheck.Type>
    /// The context and its row state without ownership (this checker owns the context, the
    /// context its state, for the whole run): the row loop reaches them through these, which
    /// costs no retain and release per cell and per check.
    private let contextHandle: Unmanaged<CheckContext>
    private let stateHandle: Unmanaged<RowState>

    init(
        plan: FilePlan, rules: CompiledRules, options: CheckOptions, collector: FindingCollector, path: String,
        defersKeys: Bool = false
    ) {
        tallies = options.tallies
        let dispatch = CheckDispatch(options: options)
        self.dispatch = dispatch
        keys = RowKeys(plan: plan, persons: dispatch.duplicatePerson, defers: defersKeys)
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
        empty = UnsafeBufferPointer(start: UnsafePointer(bitPattern: 1), count: 0)
        tally = FileTally(plan: plan, rules: rules, options: options, path: path)
        contextHandle = Unmanaged.passUnretained(ctx)
        stateHandle = Unmanaged.passUnretained(ctx.state)
    }

    deinit {
        columnHandles.deallocate()
        for i in 0..<columnCount { columnChecks[i].deallocate() }
        columnChecks.deallocate()
        rowChecks.deallocate()
        usedSlots.deallocate()
    }

    /// Checks one data row.
    func check(
        _ record: RecordView, number: Int, line: Int, offset: Int64 = -1, facts: UnsafePointer<CellFacts>
    ) {
        contextHandle._withUnsafeGuaranteedRef { ctx in
            stateHandle._withUnsafeGuaranteedRef { state in
                check(record, number: number, line: line, offset: offset, facts: facts, ctx: ctx, state: state)
            }
        }
    }

    @inline(__always)
    private func check(
        _ record: RecordView, number: Int, line: Int, offset: Int64, facts: UnsafePointer<CellFacts>,
        ctx: CheckContext, state: RowState
    ) {
        ctx.row = number
        ctx.line = line
        keys.begin(row: number, line: line)
        ctx.rowHasError = false
        ctx.rowIncomplete = missesRequiredColumn
        state.reset(usedSlots)
        state.record = record
        defer { state.record = nil }
        if let nationality = nationalityColumn {
            state.foreign = nationality._withUnsafeGuaranteedRef { isForeign(record, $0) }
        }
        for i in 0..<columnCount {
            columnHandles[i]._withUnsafeGuaranteedRef { column in
                let bytes = column.index < record.count ? record[column.index] : empty
                checkField(column, columnChecks[i], bytes, facts[i], ctx: ctx, state: state)
            }
        }
        // Person keys first (they read what the fields left, as the row checks do), so that
        // their cache misses overlap with the row checks.
        keys.notePersons(in: ctx)
        for check in rowChecks { check.evaluate(ctx) }
        keys.probe(record, row: ctx.row, offset: offset, in: ctx)
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

    /// Checks one cell: `facts` were learnt when its row was copied (``CellFacts``).
    private func checkField(
        _ column: ColumnPlan, _ checks: ColumnChecks, _ bytes: UnsafeBufferPointer<UInt8>, _ facts: CellFacts,
        ctx: CheckContext, state: RowState
    ) {
        let value = FieldValue(column: column, bytes: bytes, facts: facts)
        if value.trimmed.isEmpty {
            if column.requiredAlways { RequiredFieldCheck.report(column, in: ctx) }
            return
        }
        // Lists have their own values ("Chưa có"), and a count of 0 is a real number.
        if column.meansNothing(value.trimmed, listed: facts.placeholder, matched: facts.matched) {
            PlaceholderCheck.report(value, in: ctx)
            return
        }
        let slot = column.slot
        state.present[slot] = true

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
                state.setDate(slot, date)
                if !FutureDateCheck.evaluate(date, value, in: ctx) {
                    AgeRangeCheck.evaluate(date, value, in: ctx)
                    StaleRecordCheck.evaluate(date, value, in: ctx)
                }
            }
        case .citizenID:
            CitizenIDFormatCheck.evaluate(value, in: ctx)
        case .enumeration, .flag:
            let matched = ValueMatcher.unpack(facts.matched)
            if case .canonical(let entry) = matched {
                // The value as the list writes it: nothing to report.
                state.setEntry(slot, entry)
            } else if let matcher = column.matcher {
                state.setEntry(slot, AllowedValueCheck.evaluate(value, matched: matched, matcher: matcher, in: ctx))
            } else {
                state.setEntry(slot, nil)
            }
        case .grade:
            state.setGrade(slot, GradeCheck.evaluateGrade(value, in: ctx))
        case .className:
            state.setGrade(slot, GradeCheck.evaluateClass(value, in: ctx))
        case .personName, .timestamp, .year, .phone, .email, .code, .integer, .number:
            break
        }
        for check in checks.typed { check.evaluate(value, in: ctx) }

        keys.note(value, slot: slot, in: ctx)
    }
}
