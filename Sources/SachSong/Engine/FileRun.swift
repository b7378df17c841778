import CSVInput

/// The checking of one file's rows: field checks, then row checks, then keys.
final class FileRun {
    let plan: FilePlan
    let ctx: CheckContext
    private let usedSlots: [Int]
    private var keyBuffer: [UInt8] = []
    private(set) var rowsWithErrors = 0
    private(set) var rowsIncomplete = 0
    private var uniqueIndices: [KeyIndex]
    /// Slot → position in `uniqueIndices`.
    private var uniquePosition: [Int?]
    private var personKeys: [KeyIndex]
    private let empty: UnsafeBufferPointer<UInt8>
    /// Indicator counters, bumped once per row after the checks.
    let tally: FileTally
    /// Bit per data row: the row has an error (for adding cross-file findings later).
    private(set) var errorRows: [UInt64] = []

    init(plan: FilePlan, rules: CompiledRules, options: CheckOptions, collector: FindingCollector, path: String) {
        self.plan = plan
        ctx = CheckContext(collector: collector, plan: plan, settings: rules.ruleSet.settings, asOf: options.asOf)
        usedSlots = plan.columns.map(\.slot)
        let type = plan.recordType
        keyBuffer.reserveCapacity(256)
        personKeys = Array(repeating: KeyIndex(), count: plan.duplicateKeys.count)
        uniqueIndices = Array(repeating: KeyIndex(), count: plan.uniqueColumns.count)
        uniquePosition = Array(repeating: nil, count: type.fields.count)
        for (i, column) in plan.uniqueColumns.enumerated() { uniquePosition[column.slot] = i }
        empty = UnsafeBufferPointer(start: UnsafePointer(bitPattern: 1), count: 0)
        tally = FileTally(plan: plan, rules: rules, options: options, path: path)
    }

    /// Keys of unique fields by field id, for duplicates across files.
    var keys: [String: KeyIndex] {
        var result: [String: KeyIndex] = [:]
        for (i, column) in plan.uniqueColumns.enumerated() { result[column.field.id] = uniqueIndices[i] }
        return result
    }

    /// Checks one data row.
    func check(_ row: DataRow) {
        ctx.row = row.number
        ctx.line = row.line
        ctx.rowHasError = false
        ctx.rowIncomplete = !plan.missingRequired.isEmpty
        ctx.state.reset(usedSlots)
        let record = row.record
        ctx.state.record = record
        defer { ctx.state.record = nil }
        for column in plan.columns {
            let bytes = column.index < record.count ? record[column.index] : empty
            checkField(column, bytes)
        }
        ConditionalRequiredCheck.evaluate(ctx)
        IdentityConsistency.evaluate(ctx)
        AgeGradeCheck.evaluate(ctx)
        ClassGradeCheck.evaluate(ctx)
        LeftInClassCheck.evaluate(ctx)
        RetirementAgeCheck.evaluate(ctx)
        for (i, key) in plan.duplicateKeys.enumerated() {
            guard let fingerprint = DuplicatePersonCheck.key(key.slots, in: ctx, buffer: &keyBuffer) else { continue }
            if let first = personKeys[i].insert(fingerprint, row: ctx.row, line: ctx.line) {
                DuplicatePersonCheck.report(key.fields, first: first, in: ctx)
            }
        }
        tally.observe(ctx)
        if ctx.rowHasError {
            rowsWithErrors += 1
            let word = ctx.row >> 6
            if word >= errorRows.count { errorRows.append(contentsOf: repeatElement(0, count: word - errorRows.count + 1)) }
            errorRows[word] |= 1 << UInt64(ctx.row & 63)
        }
        if ctx.rowIncomplete { rowsIncomplete += 1 }
    }

    private func checkField(_ column: ColumnPlan, _ bytes: UnsafeBufferPointer<UInt8>) {
        let value = FieldValue(column: column, bytes: bytes)
        let field = column.field
        if value.trimmed.isEmpty {
            if field.required == .always { RequiredFieldCheck.report(column, in: ctx) }
            return
        }
        // Lists have their own values ("Chưa có"), and a count of 0 is a real number.
        if !field.type.hasOwnValues && PlaceholderCheck.isPlaceholder(value, in: ctx) {
            PlaceholderCheck.report(value, in: ctx)
            return
        }
        let slot = column.slot
        ctx.state.present[slot] = true

        SpacesCheck.evaluate(value, in: ctx)
        if !value.profile.isASCII {
            InvisibleCharacterCheck.evaluate(value, in: ctx)
            NormalizationCheck.evaluate(value, in: ctx)
            if field.type.isText { MojibakeCheck.evaluate(value, in: ctx) }
        }

        switch field.type {
        case .text:
            break
        case .personName:
            NameCaseCheck.evaluate(value, in: ctx)
            NameCharactersCheck.evaluate(value, in: ctx)
        case .date:
            if let date = DateFormatCheck.evaluate(value, in: ctx) {
                ctx.state.setDate(slot, date)
                if !FutureDateCheck.evaluate(date, value, in: ctx) {
                    AgeRangeCheck.evaluate(date, value, in: ctx)
                    StaleRecordCheck.evaluate(date, value, in: ctx)
                }
            }
        case .timestamp:
            TimestampCheck.evaluate(value, in: ctx)
        case .year:
            YearCheck.evaluate(value, in: ctx)
        case .citizenID:
            CitizenIDFormatCheck.evaluate(value, in: ctx)
        case .phone:
            PhoneCheck.evaluate(value, in: ctx)
        case .email:
            EmailCheck.evaluate(value, in: ctx)
        case .code:
            CodeFormatCheck.evaluate(value, in: ctx)
        case .enumeration, .flag:
            ctx.state.setEntry(slot, AllowedValueCheck.evaluate(value, in: ctx))
        case .integer, .number:
            NumberCheck.evaluate(value, in: ctx)
        case .grade:
            ctx.state.setGrade(slot, GradeCheck.evaluateGrade(value, in: ctx))
        case .className:
            ctx.state.setGrade(slot, GradeCheck.evaluateClass(value, in: ctx))
        }

        if let position = uniquePosition[slot] {
            let key = DuplicateKeyCheck.key(value, in: ctx)
            if let first = uniqueIndices[position].insert(key, row: ctx.row, line: ctx.line) {
                DuplicateKeyCheck.report(value, first: first, in: ctx)
            }
        }
    }
}
