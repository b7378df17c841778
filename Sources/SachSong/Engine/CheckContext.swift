/// Everything a check needs while a row is checked: the run's settings, the row's place and
/// state, and where findings go.
final class CheckContext {
    let collector: FindingCollector
    let plan: FilePlan
    let settings: ProfileSettings
    let asOf: SimpleDate
    var row = 0
    var line = 0
    let state: RowState
    /// `state` without ownership, and the file column of each slot (-1: not in the file): reading
    /// a field of the row, as row checks do many times a row, then costs no reference counting.
    private unowned(unsafe) let rowState: RowState
    private let columnIndexBySlot: UnsafeMutablePointer<Int>
    /// Reusable buffer for match keys.
    var scratch: [UInt8] = []
    /// The row has an error finding.
    var rowHasError = false
    /// The row misses a required value (a "đủ" finding).
    var rowIncomplete = false
    /// Places of birth registration already read: fingerprint of the text → the ID codes it
    /// allows (nil: names no province). A school's places repeat, so each is read once.
    var placeCodes: [UInt64: Set<Int>?] = [:]
    /// Nationality values already read: fingerprint of the text → foreign.
    var foreignValues: [UInt64: Bool] = [:]

    init(collector: FindingCollector, plan: FilePlan, settings: ProfileSettings, asOf: SimpleDate) {
        self.collector = collector
        self.plan = plan
        self.settings = settings
        self.asOf = asOf
        state = RowState(slots: plan.recordType.fields.count)
        rowState = state
        let slots = plan.columnBySlot.count
        columnIndexBySlot = .allocate(capacity: max(slots, 1))
        for slot in 0..<slots { columnIndexBySlot[slot] = plan.columnBySlot[slot]?.index ?? -1 }
        scratch.reserveCapacity(256)
    }

    deinit { columnIndexBySlot.deallocate() }

    /// Reports a finding of check `C` at this row.
    func emit<C: Check>(
        _ check: C.Type, _ column: ColumnPlan?, value: @autoclosure () -> String?,
        message: @autoclosure () -> String, fix: @autoclosure () -> String? = nil,
        severity: Severity? = nil, firstSeen: Finding.FirstSeen? = nil
    ) {
        let recorded = collector.add(
            rule: C.id, dimension: C.dimension, severity: severity ?? C.severity,
            row: row, line: line, column: column, value: value(), message: message(), fix: fix(),
            firstSeen: firstSeen)
        if recorded == .error { rowHasError = true }
        // A missing required value makes the record incomplete; a placeholder in an optional field
        // (a warning) does not.
        if C.dimension == .du, recorded != nil, (severity ?? C.severity) == .error { rowIncomplete = true }
    }

    /// Reports a finding about one value.
    func emit<C: Check>(
        _ check: C.Type, _ value: FieldValue, message: @autoclosure () -> String,
        fix: @autoclosure () -> String? = nil, severity: Severity? = nil
    ) {
        emit(check, value.column, value: value.text, message: message(), fix: fix(), severity: severity)
    }

    /// The column holding a field, if the file has it.
    func column(_ fieldID: String) -> ColumnPlan? { plan.columnByField[fieldID] }

    /// The slot of a field in the record type.
    func slot(_ fieldID: String) -> Int? { plan.slotByField[fieldID] }

    /// The birth date of this row, if the record type has one and it was read.
    var birthDate: SimpleDate? { plan.rowFields.birth.flatMap { state.date($0.slot) } }

    /// The trimmed bytes of a field in this row (empty when the file has no such column).
    func bytes(_ slot: Int) -> UnsafeBufferPointer<UInt8> {
        let index = columnIndexBySlot[slot]
        guard index >= 0, let record = rowState.record, index < record.count else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return record[index].unpadded
    }

    /// The trimmed text of a field in this row (for messages).
    func text(_ slot: Int) -> String { String(decoding: bytes(slot), as: UTF8.self) }

    /// The canonical value of a field's code-list entry in this row.
    func canonical(_ fieldID: String) -> String? {
        guard let slot = slot(fieldID), let entry = state.entry(slot), let matcher = column(fieldID)?.matcher else { return nil }
        return matcher.value(entry)
    }
}
